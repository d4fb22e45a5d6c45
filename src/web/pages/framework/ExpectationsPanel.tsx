/** What a level expects, per dimension, with a level switcher and each dimension's extras. */
import { Check, FileText, Star } from 'lucide-react';
import type { ReactNode } from 'react';
import type { Dimension } from '../../api/types.js';
import type { LevelInfo } from '../../data/vocabulary.js';

function ExtraList({ items, ordered = false }: { items: { key: string; text: string }[]; ordered?: boolean }) {
  const List = ordered ? 'ol' : 'ul';
  return (
    <List className="fw-extra-list">
      {items.map((i) => (
        <li key={i.key}>{i.text}</li>
      ))}
    </List>
  );
}

function DimensionExtras({ dimension }: { dimension: Dimension }) {
  const parts: { key: string; title: string; body: ReactNode }[] = [];
  if (dimension.questions?.length) {
    parts.push({
      key: 'questions',
      title: dimension.questions.length === 5 ? 'The five scope questions' : 'Questions to ask',
      body: <ExtraList ordered items={dimension.questions.map((q) => ({ key: q.id, text: q.text }))} />,
    });
  }
  if (dimension.artifacts?.length) {
    parts.push({
      key: 'artifacts',
      title: 'Written artifacts',
      body: (
        <ul className="chips fw-chip-list">
          {dimension.artifacts.map((a) => (
            <li key={a.id} className="chip">
              <FileText size={12} aria-hidden="true" /> {a.name}
            </li>
          ))}
        </ul>
      ),
    });
  }
  if (dimension.practices?.length) {
    parts.push({ key: 'practices', title: 'Practices', body: <ExtraList items={dimension.practices.map((p) => ({ key: p, text: p }))} /> });
  }
  if (dimension.impactKinds?.length) {
    parts.push({
      key: 'impact',
      title: 'Kinds of impact',
      body: <ExtraList items={dimension.impactKinds.map((k) => ({ key: k.id, text: k.name }))} />,
    });
  }
  if (!parts.length) return null;
  return (
    <details className="fw-extras">
      <summary>
        More about {dimension.name.toLowerCase()}: {parts.map((p) => p.title.toLowerCase()).join(', ')}
      </summary>
      {parts.map((p) => (
        <div key={p.key} className="fw-extra">
          <h4 className="fw-extra-title">{p.title}</h4>
          {p.body}
        </div>
      ))}
    </details>
  );
}

export function Expectations({
  dimensions,
  levels,
  level,
  targetLevel,
  onLevel,
  frameworkLabel,
}: {
  dimensions: Dimension[];
  levels: readonly LevelInfo[];
  level: string;
  targetLevel: string | null;
  onLevel(level: string): void;
  frameworkLabel: string;
}) {
  const current = levels.find((l) => l.id === level);
  return (
    <section className="fw-section" aria-labelledby="expectations-heading">
      <div className="section-head fw-section-head">
        <h2 id="expectations-heading" className="fw-h2">
          What {current?.name ?? level} means here
        </h2>
        <span className="muted small">{frameworkLabel}</span>
      </div>
      <div className="segmented fw-levels" role="group" aria-label="Level to show">
        {levels.map((l) => (
          <button key={l.id} type="button" className="segmented-item" aria-pressed={l.id === level} onClick={() => onLevel(l.id)}>
            {l.name}
            {l.id === targetLevel && (
              <>
                <Star size={12} aria-hidden="true" className="fw-target-star" />
                <span className="visually-hidden"> (target)</span>
              </>
            )}
          </button>
        ))}
      </div>
      {current?.summary && <p className="fw-level-summary">{current.summary}</p>}
      <ul className="fw-dimensions" aria-label={`Expectations of ${current?.name ?? level} per dimension`}>
        {dimensions.map((d) => {
          const at = d.levels[level];
          return (
            <li key={d.id} className="card fw-dimension">
              <h3 className="fw-dimension-name">{d.name}</h3>
              <p className="muted small">{d.summary}</p>
              {d.principle && <blockquote className="fw-principle">{d.principle}</blockquote>}
              {at ? (
                <>
                  <p className="fw-description">{at.description}</p>
                  <h4 className="fw-signals-title">Signals</h4>
                  <ul className="fw-signals">
                    {at.signals.map((s) => (
                      <li key={s}>
                        <Check size={14} aria-hidden="true" className="fw-signal-icon" />
                        <span>{s}</span>
                      </li>
                    ))}
                  </ul>
                </>
              ) : (
                <p className="muted">This dimension does not describe this level.</p>
              )}
              <DimensionExtras dimension={d} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
