/** The benchmark's query mix (PRODUCT.md §8): who asks, over whose entries, for what. */
import { PHRASES, VOCABULARY } from './vocabulary.js';
import { pick, prng } from './random.js';
import type { BenchOrg } from './dataset.js';

export type Scope = 'own' | 'reports' | 'org';
export type TermClass = 'rare' | 'common' | 'prefix' | 'phrase';

export interface BenchQuery {
  personId: string;
  scope: Scope;
  termClass: TermClass;
  q: string;
  owners: string[];
}

export function queryMix(org: BenchOrg, count: number, seed: number): BenchQuery[] {
  const rand = prng(seed + 7);
  const reportsOf = new Map<string, string[]>();
  for (const p of org.people) if (p.managerId) reportsOf.set(p.managerId, [...(reportsOf.get(p.managerId) ?? []), p.id]);
  const managers = [...reportsOf.keys()];
  const out: BenchQuery[] = [];
  for (let i = 0; i < count; i++) {
    const s = rand();
    const scope: Scope = s < 0.7 ? 'own' : s < 0.9 ? 'reports' : 'org';
    const t = rand();
    const termClass: TermClass = t < 0.4 ? 'rare' : t < 0.7 ? 'common' : t < 0.85 ? 'prefix' : 'phrase';
    const q =
      termClass === 'rare'
        ? (pick(VOCABULARY.slice(250), rand) as string)
        : termClass === 'common'
          ? (pick(VOCABULARY.slice(10, 40), rand) as string)
          : termClass === 'prefix'
            ? `${(pick(VOCABULARY.slice(40, 200).filter((w) => w.length >= 6), rand) as string).slice(0, 4)}*`
            : `"${pick(PHRASES, rand)}"`;
    if (scope === 'reports') {
      const manager = pick(managers, rand);
      out.push({ personId: manager, scope, termClass, q, owners: reportsOf.get(manager) ?? [] });
    } else {
      const person = pick(org.people, rand);
      out.push({ personId: person.id, scope, termClass, q, owners: scope === 'own' ? [person.id] : [] });
    }
  }
  return out;
}
