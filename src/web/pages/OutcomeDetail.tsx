/** Placeholder while the page is being built (issue 9). */
export default function OutcomeDetailPage() {
  return <h1>OutcomeDetail</h1>;
}
