/** Your goal: name, target level (changeable here), manager and teams. */
import type { Person } from '../../api/types.js';
import { Select, type SelectOption } from '../../components/controls/index.js';
import { useFramework } from '../../data/framework.js';
import { usePerson, useTeams } from '../../data/people.js';
import { useTargetLevel } from './useTargetLevel.js';

function TargetLevelSelect({ me }: { me: Person }) {
  const { levels, isKnownLevel } = useFramework();
  const target = useTargetLevel();
  const current = me.targetLevel ?? '';
  const options: SelectOption[] = [
    ...(isKnownLevel(me.targetLevel) ? [] : [{ value: current, label: me.targetLevel ? `${me.targetLevel} (not in the framework)` : 'Not set', disabled: true }]),
    ...levels.map((l) => ({ value: l.id, label: l.name })),
  ];
  return (
    <Select
      id="home-target-level"
      className="select-inline"
      value={current}
      options={options}
      disabled={target.saving}
      onChange={(level) => void target.change(level)}
    />
  );
}

function ManagerName({ managerId }: { managerId: string }) {
  const manager = usePerson(managerId);
  return <>{manager.data ? manager.data.name : manager.loading ? '…' : 'Unknown'}</>;
}

function MyTeams({ teamIds }: { teamIds: string[] }) {
  const { teams, loading } = useTeams();
  const mine = teams.filter((t) => teamIds.includes(t.id));
  if (!mine.length) return <span className="muted">{loading ? '…' : 'None yet'}</span>;
  return (
    <span className="chips">
      {mine.map((t) => (
        <span key={t.id} className="chip">
          {t.name}
        </span>
      ))}
    </span>
  );
}

export function GoalCard({ me }: { me: Person }) {
  return (
    <section className="card" aria-labelledby="goal-heading">
      <h2 id="goal-heading" className="card-title">
        Your goal
      </h2>
      <dl className="facts">
        <div>
          <dt>Name</dt>
          <dd>{me.name}</dd>
        </div>
        <div>
          <dt>
            <label htmlFor="home-target-level">Target level</label>
          </dt>
          <dd>
            <TargetLevelSelect me={me} />
          </dd>
        </div>
        <div>
          <dt>Manager</dt>
          <dd>{me.managerId ? <ManagerName managerId={me.managerId} /> : <span className="muted">None yet</span>}</dd>
        </div>
        <div>
          <dt>Teams</dt>
          <dd>{me.teamIds.length ? <MyTeams teamIds={me.teamIds} /> : <span className="muted">None yet</span>}</dd>
        </div>
      </dl>
    </section>
  );
}
