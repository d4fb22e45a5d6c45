import { useFramework } from '../../data/framework.js';

/** The active framework's dimensions as toggles; ids it does not know stay, marked unmapped. */
export function DimensionToggles({
  value,
  onChange,
  legend = 'Dimensions',
  error,
}: {
  value: string[];
  onChange(value: string[]): void;
  legend?: string;
  error?: string | undefined;
}) {
  const { dimensions, isKnownDimension, dimensionName } = useFramework();
  const unmapped = value.filter((id) => !isKnownDimension(id));
  return (
    <fieldset className={`fieldset ${error ? 'field-invalid' : ''}`}>
      <legend className="field-label">{legend}</legend>
      <div className="toggle-chips">
        {dimensions.map((d) => {
          const on = value.includes(d.id);
          return (
            <label key={d.id} className={`toggle-chip ${on ? 'toggle-chip-on' : ''}`} title={d.summary}>
              <input
                type="checkbox"
                checked={on}
                onChange={(e) => onChange(e.target.checked ? [...value, d.id] : value.filter((v) => v !== d.id))}
              />
              {d.name}
            </label>
          );
        })}
        {unmapped.map((id) => (
          <label key={id} className="toggle-chip toggle-chip-on" title="Not a dimension of the current framework; kept as it was">
            <input type="checkbox" checked onChange={() => onChange(value.filter((v) => v !== id))} />
            {dimensionName(id)} (unmapped)
          </label>
        ))}
      </div>
      {error && <p className="field-error">{error}</p>}
    </fieldset>
  );
}
