/** Placeholder while the page is being built (issue 9). */
export default function InitiativeDetailPage() {
  return <h1>InitiativeDetail</h1>;
}
