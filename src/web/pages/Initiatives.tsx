/** Placeholder while the page is being built (issue 9). */
export default function InitiativesPage() {
  return <h1>Initiatives</h1>;
}
