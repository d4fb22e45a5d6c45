/** Whose outcomes the page lists: mine, or those my reports share with me. */
export type OwnerChoice = 'me' | 'reports';

const CHOICES: { value: OwnerChoice; label: string }[] = [
  { value: 'me', label: 'Mine' },
  { value: 'reports', label: 'My reports' },
];

export function OwnerSwitch({ value, onChange }: { value: OwnerChoice; onChange(value: OwnerChoice): void }) {
  return (
    <div className="segmented" role="group" aria-label="Whose outcomes">
      {CHOICES.map((c) => (
        <button key={c.value} type="button" className="segmented-item" aria-pressed={c.value === value} onClick={() => onChange(c.value)}>
          {c.label}
        </button>
      ))}
    </div>
  );
}
