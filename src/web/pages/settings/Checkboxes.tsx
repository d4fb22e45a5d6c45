/** Ticks for a set of options; a newly ticked one goes at the end. */
export interface CheckboxOption<T extends string> {
  id: T;
  label: string;
  hint: string;
}

export function Checkboxes<T extends string>({
  options,
  value,
  onChange,
}: {
  options: readonly CheckboxOption<T>[];
  value: readonly T[];
  onChange(update: (all: T[]) => T[]): void;
}) {
  return options.map((o) => (
    <label key={o.id} className="checkbox">
      <input
        type="checkbox"
        checked={value.includes(o.id)}
        onChange={(e) => onChange((all) => (e.target.checked ? [...all, o.id] : all.filter((x) => x !== o.id)))}
      />
      <span>
        {o.label}
        {o.hint && <span className="muted"> — {o.hint}</span>}
      </span>
    </label>
  ));
}
