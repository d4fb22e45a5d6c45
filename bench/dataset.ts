/**
 * The benchmark's organisation and evidence, generated deterministically from a seed
 * (PRODUCT.md §8 "Benchmark query mix"): people in teams of 6–10 under managers, who report
 * to directors under one head of engineering; ~500 entries a person on average, skewed from
 * 50 to 3,000; audiences 60% manager, 20% private, 15% org, 5% mentors; Zipf-distributed text.
 */
import { PHRASES, VOCABULARY } from './vocabulary.js';
import { pick, prng, zipf } from './random.js';

export interface BenchPerson {
  id: string;
  name: string;
  email: string;
  managerId: string | null;
  teamIndex: number;
  entries: number;
}

export interface BenchEntry {
  id: string;
  ownerId: string;
  occurredOn: string;
  title: string;
  body: string;
  dimensions: string[];
  impact: string | null;
  teams: string[];
  audience: string[];
}

export interface BenchOrg {
  people: BenchPerson[];
  teams: { id: string; name: string; slug: string }[];
  /** mentor → active mentees */
  mentorships: { mentorId: string; menteeId: string }[];
  totalEntries: number;
}

const DIMENSIONS = ['scope', 'direction', 'communication', 'influence', 'mentoring', 'impact'];
const IMPACTS = ['cost', 'reliability', 'developer-speed', 'capability', 'risk', 'performance'];
const pad = (n: number, w: number) => String(n).padStart(w, '0');
export const personId = (i: number) => `p${pad(i, 6)}`;
export const entryId = (i: number) => `e${pad(i, 9)}`;

export function buildOrg(people: number, totalEntries: number, seed: number): BenchOrg {
  const rand = prng(seed);
  const list: BenchPerson[] = [];
  const teams: BenchOrg['teams'] = [];
  const add = (managerId: string | null, teamIndex: number, role: string): BenchPerson => {
    const i = list.length;
    const p = { id: personId(i), name: `${role} ${i}`, email: `person${i}@bench.example`, managerId, teamIndex, entries: 0 };
    list.push(p);
    return p;
  };
  const head = add(null, -1, 'Head');
  const directors: BenchPerson[] = [];
  const directorCount = Math.max(1, Math.round(people / 200));
  for (let d = 0; d < directorCount; d++) directors.push(add(head.id, -1, 'Director'));
  while (list.length < people) {
    const t = teams.length;
    teams.push({ id: `t${pad(t, 4)}`, name: `${pick(VOCABULARY.slice(20, 200), rand)} ${t}`, slug: '' });
    const manager = add(pick(directors, rand).id, t, 'Manager');
    const size = 6 + Math.floor(rand() * 5);
    for (let m = 0; m < size && list.length < people; m++) add(manager.id, t, 'Engineer');
  }
  for (const t of teams) t.slug = t.name.toLowerCase().replace(/[^a-z0-9]+/g, '-');

  // Skewed volumes: a log-normal draw clamped to [50, 3000], then scaled to the total.
  const raw = list.map(() => Math.min(3000, Math.max(50, Math.exp(5.6 + 0.9 * gaussian(rand)))));
  const scale = totalEntries / raw.reduce((a, b) => a + b, 0);
  let assigned = 0;
  list.forEach((p, i) => {
    p.entries = Math.max(1, Math.round((raw[i] as number) * scale));
    assigned += p.entries;
  });
  (list[list.length - 1] as BenchPerson).entries += totalEntries - assigned;

  const mentorships: BenchOrg['mentorships'] = [];
  for (let i = 0; i < Math.round(people * 0.15); i++) {
    const mentor = pick(list, rand);
    const mentee = pick(list, rand);
    if (mentor.id !== mentee.id) mentorships.push({ mentorId: mentor.id, menteeId: mentee.id });
  }
  return { people: list, teams, mentorships, totalEntries };
}

function gaussian(rand: () => number): number {
  return Math.sqrt(-2 * Math.log(rand() || 1e-12)) * Math.cos(2 * Math.PI * rand());
}

/** Entries in a fixed order; each owner's entries are contiguous. */
export function* entries(org: BenchOrg, seed: number): Generator<BenchEntry> {
  const rand = prng(seed + 1);
  const word = zipf(VOCABULARY.length, 1.05, rand);
  const sentence = (n: number): string => {
    const words: string[] = [];
    for (let i = 0; i < n; i++) {
      if (rand() < 0.04) words.push(pick(PHRASES, rand));
      else words.push(VOCABULARY[word()] as string);
    }
    return words.join(' ');
  };
  const start = Date.UTC(2023, 0, 1);
  const span = 3 * 365;
  let n = 0;
  for (const p of org.people) {
    const teamName = p.teamIndex >= 0 ? org.teams[p.teamIndex]?.name : undefined;
    for (let k = 0; k < p.entries; k++) {
      const a = rand();
      const audience = a < 0.6 ? ['manager'] : a < 0.8 ? [] : a < 0.95 ? ['org'] : ['mentors'];
      const dims = [pick(DIMENSIONS, rand)];
      if (rand() < 0.4) dims.push(pick(DIMENSIONS, rand));
      const teams = teamName ? [teamName] : [];
      if (rand() < 0.3) teams.push(pick(org.teams, rand).name);
      yield {
        id: entryId(n++),
        ownerId: p.id,
        occurredOn: new Date(start + Math.floor(rand() * span) * 86_400_000).toISOString().slice(0, 10),
        title: sentence(4 + Math.floor(rand() * 6)),
        body: `${sentence(12 + Math.floor(rand() * 20))}. ${sentence(8 + Math.floor(rand() * 20))}.`,
        dimensions: [...new Set(dims)],
        impact: rand() < 0.5 ? pick(IMPACTS, rand) : null,
        teams: [...new Set(teams)],
        audience,
      };
    }
  }
}
