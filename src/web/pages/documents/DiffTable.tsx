/** A unified diff with both line numbers; added and removed lines carry their sign as well as their colour. */
import type { RevisionDiff } from '../../api/types.js';

export type Hunk = RevisionDiff['hunks'][number];

const SIGN = { added: '+', removed: '−', context: ' ' } as const;
const SPOKEN = { added: 'Added', removed: 'Removed', context: 'Unchanged' } as const;

export function DiffTable({ hunks, label, oldName = 'Old', newName = 'New' }: { hunks: Hunk[]; label: string; oldName?: string; newName?: string }) {
  return (
    <div className="dc-diff" role="region" aria-label={label} tabIndex={0}>
      <table className="dc-diff-table">
        <thead className="visually-hidden">
          <tr>
            <th scope="col">{oldName} line</th>
            <th scope="col">{newName} line</th>
            <th scope="col">Change</th>
            <th scope="col">Text</th>
          </tr>
        </thead>
        {hunks.map((h, i) => (
          <tbody key={i} className="dc-hunk">
            <tr className="dc-hunk-head">
              <td colSpan={4} className="small muted num">
                Lines {h.oldStart} ({oldName.toLowerCase()}) and {h.newStart} ({newName.toLowerCase()})
              </td>
            </tr>
            {h.lines.map((l, j) => (
              <tr key={j} className={`dc-line dc-line-${l.kind}`}>
                <td className="dc-ln num">{l.oldLine ?? ''}</td>
                <td className="dc-ln num">{l.newLine ?? ''}</td>
                <td className="dc-sign">
                  <span aria-hidden="true">{SIGN[l.kind]}</span>
                  <span className="visually-hidden">{SPOKEN[l.kind]}</span>
                </td>
                <td className="dc-text">{l.text || '\u00a0'}</td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
