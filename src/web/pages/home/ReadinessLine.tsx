import { ChevronDown } from 'lucide-react';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import type { DimensionReadiness } from '../../api/types.js';
import { StatusIcon } from '../../components/FrameworkBits.js';
import { STATUS_LABELS } from '../../lib/assessments.js';

/** One line per dimension, coloured by status; the reasons on hover or focus, and on click for touch. */
export function ReadinessLine({ item }: { item: DimensionReadiness }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const reasons = item.reasons.map((r) => r.text);
  return (
    <li className={`ready-line ready-line-${item.status} ${open ? 'ready-line-open' : ''}`}>
      <button
        type="button"
        className="ready-line-button"
        aria-expanded={open}
        aria-controls={`${id}-reasons`}
        aria-describedby={`${id}-pop`}
        onClick={() => setOpen((o) => !o)}
      >
        <StatusIcon status={item.status} />
        <span className="ready-line-name">{item.name}</span>
        <span className="ready-line-status">{STATUS_LABELS[item.status]}</span>
        <ChevronDown size={14} aria-hidden="true" className="ready-line-chevron" />
      </button>
      <div id={`${id}-pop`} role="tooltip" className="ready-pop">
        {reasons.join(' ')}
      </div>
      <div id={`${id}-reasons`} className="ready-reasons" hidden={!open}>
        <ul>
          {reasons.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
        <Link to={`/evidence?dimension=${encodeURIComponent(item.id)}`} className="small">
          Your {item.name.toLowerCase()} evidence
        </Link>
      </div>
    </li>
  );
}
