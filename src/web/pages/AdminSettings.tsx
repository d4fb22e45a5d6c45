/** Placeholder while the page is being built (issue 9). */
export default function AdminSettingsPage() {
  return <h1>AdminSettings</h1>;
}
