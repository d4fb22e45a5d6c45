/** Placeholder while the page is being built (issue 9). */
export default function OutcomesPage() {
  return <h1>Outcomes</h1>;
}
