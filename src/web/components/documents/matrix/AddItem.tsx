/** "Add an option" / "Add a criterion": a name and a button (no <form>, so it can sit inside the editor's form). */
import { Plus } from 'lucide-react';
import { useId, useState } from 'react';
import { DOCUMENT_LIMITS } from '../../../../shared/staff-work-limits.js';

export function AddItem({ label, button, placeholder, onAdd, disabled }: { label: string; button: string; placeholder: string; onAdd(name: string): void; disabled?: boolean }) {
  const [name, setName] = useState('');
  const id = useId();
  const add = () => {
    if (!name.trim()) return;
    onAdd(name.trim());
    setName('');
  };
  return (
    <div className="dr-matrix-add">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <div className="input-group">
        <input
          id={id}
          value={name}
          maxLength={DOCUMENT_LIMITS.matrixName}
          placeholder={placeholder}
          autoComplete="off"
          disabled={disabled}
          onChange={(e) => setName(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <button type="button" className="btn btn-small" onClick={add} disabled={disabled || !name.trim()}>
          <Plus size={14} aria-hidden="true" /> {button}
        </button>
      </div>
    </div>
  );
}
