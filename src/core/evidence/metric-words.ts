/** Word lists the metric extractor reads sentences with. All lower case. */

const forms = (...words: string[]): string[] => words.flatMap((w) => w.split('/'));

/** Verbs that make a quantity smaller. */
export const DOWN_VERBS = new Set(
  forms(
    'cut/cuts/cutting', 'reduced/reduce/reduces/reducing', 'lowered/lower/lowers/lowering',
    'decreased/decrease/decreases/decreasing', 'saved/save/saves/saving', 'dropped/drop/drops',
    'slashed/slash/slashes', 'trimmed/trim/trims', 'shrank/shrunk/shrink/shrinks', 'shaved/shave',
    'halved/halve/halves', 'minimised/minimized', 'fell/fall/falls', 'declined/decline/declines',
    'compressed', 'eliminated', 'removed', 'dropping', 'lessened',
  ),
);

/** Verbs that make a quantity larger. */
export const UP_VERBS = new Set(
  forms(
    'increased/increase/increases/increasing', 'raised/raise/raises/raising', 'grew/grow/grows/growing',
    'boosted/boost/boosts', 'expanded/expand/expands', 'lifted/lift/lifts', 'doubled/double/doubles',
    'tripled/triple', 'quadrupled', 'rose/rise/rises', 'climbed', 'scaled', 'multiplied', 'jumped',
  ),
);

/** Verbs whose direction depends on the quantity: "improved latency" lowers it. */
export const BETTER_VERBS = new Set(
  forms('improved/improve/improves/improving', 'optimised/optimized/optimise/optimize', 'enhanced', 'sped/speeded', 'accelerated'),
);

/** Other verbs that can open the phrase before a metric's name ("brought p99 down ..."). */
const OTHER_VERBS = forms(
  'brought/bring', 'took/take', 'got/get', 'went/go/goes', 'moved/move', 'made/make', 'kept/keep', 'drove/drive',
  'led/lead', 'ran/run', 'spent/spend', 'worked', 'shipped', 'built', 'delivered', 'launched', 'migrated',
  'upgraded', 'updated', 'bumped', 'ported', 'switched', 'changed', 'helped', 'fixed', 'tuned', 'refactored',
  'rewrote', 'redesigned', 'automated', 'achieved', 'reached', 'pushed', 'pulled', 'turned',
);

export const VERBS = new Set([...DOWN_VERBS, ...UP_VERBS, ...BETTER_VERBS, ...OTHER_VERBS]);

const IRREGULAR_PAST = new Set(forms('cut/grew/rose/fell/shrank/shrunk/brought/took/got/went/made/kept/drove/led/ran/spent/built/rewrote/sped'));

/**
 * Past-tense verbs: they open or close a metric's name ("cut checkout p99", "costs dropped").
 * Present forms are left out because they double as nouns ("lead time", "hosting spend").
 */
export const PAST_VERBS = new Set([...VERBS].filter((w) => w.endsWith('ed') || IRREGULAR_PAST.has(w)));

/** Words between a name and its numbers that are not part of the name. */
export const LINKING = new Set(
  forms('is/was/were/are/be/been/being/has/have/had/now/went/go/goes/got/get/gets/came/come/comes/all/the/way', 'down/up/over/from/to', 'by/at/around/about', 'currently/finally/then'),
);

/** Words that end a name when reading backwards from a number. */
export const NAME_BREAKS = new Set(
  forms('and/or/but/while/which/that/who/so/then/after/before/because/since/when/where/plus/also/thus/thereby/whilst/as/if/than/via'),
);

/** Leading words a name drops ("the build time" is "build time"). */
export const DETERMINERS = new Set(forms('the/a/an/our/my/their/its/his/her/your/this/these/those/we/i/they/us/me/team’s/team\'s'));

/** Prepositions that start a name's context rather than the name ("in checkout" ends "errors"). */
export const PREPOSITIONS = new Set(forms('for/across/at/within/during/over/throughout/with/by/from/to/per/into/onto/via/through/using/under/after/since'));

/** Words that end a name when reading forwards ("halved build time for checkout"). */
export const AFTER_STOPS = new Set([...PREPOSITIONS, ...NAME_BREAKS, 'in', 'on', 'off', 'of', 'than']);

/** Words that say a version or a product release, not a measurement, is being counted. */
export const VERSION_WORDS = new Set(
  forms(
    'upgraded/upgrade/upgrading/migrated/migrate/migrating/bumped/bump/updated/update/ported/moved/switched/version/versions/release/releases',
    'node/nodejs/node.js/python/java/jdk/golang/ruby/rails/react/postgres/postgresql/mysql/kubernetes/k8s/typescript/ios/android/macos/ubuntu/debian/redis/kafka/elasticsearch/spring/angular/vue/django/php/dotnet/scala/kotlin/swift/rust/gcc/clang/llvm/terraform/helm/webpack/vite/babel/eslint/jest/gradle/maven',
  ),
);

/**
 * Quantities where lower is better; "improved X by N%" lowers these. A name matches when any
 * of its words is listed or ends in "time" (build time, runtime, downtime).
 */
export const LOWER_IS_BETTER = new Set(
  forms(
    'latency/latencies/p50/p75/p90/p95/p99/p999/tp99/ttfb/tti/lcp/fcp/inp/cls',
    'cost/costs/spend/spending/bill/bills/price/expenses/expense/waste/overhead/debt',
    'duration/durations/delay/delays/lag/wait/waits/queue/backlog',
    'error/errors/incident/incidents/outage/outages/mttr/mttd/mtta/toil/page/pages/paging/alert/alerts',
    'bug/bugs/defect/defects/failure/failures/flakiness/flaky/flakes/churn/crashes/crash/timeouts/retries/regressions/rollbacks',
    'tickets/escalations/complaints/vulnerabilities/cves/risk/memory/cpu/size/footprint/steps/handoffs/toil',
  ),
);

export function lowerIsBetter(name: string): boolean {
  return name
    .toLowerCase()
    .split(/[\s/-]+/)
    .some((w) => LOWER_IS_BETTER.has(w) || w.endsWith('time') || w.endsWith('times'));
}

/** Nouns that state a relative change: "a 30% reduction in ...". */
export const CHANGE_NOUNS: ReadonlyMap<string, 'down' | 'up' | 'better'> = new Map([
  ...forms('reduction/reductions/decrease/drop/cut/cuts/decline/saving/savings/shrinkage').map((w) => [w, 'down'] as const),
  ...forms('increase/rise/gain/gains/growth/boost/jump/uplift/lift').map((w) => [w, 'up'] as const),
  ...forms('improvement/improvements/speedup/speed-up').map((w) => [w, 'better'] as const),
]);

/** Comparatives that state a relative change: "40% fewer pages". */
export const COMPARATIVES: ReadonlyMap<string, 'down' | 'up'> = new Map([
  ...forms('fewer/less/lower/smaller/cheaper/shorter').map((w) => [w, 'down'] as const),
  ...forms('more/higher/greater/larger/bigger/longer').map((w) => [w, 'up'] as const),
]);

/** Verbs that multiply: "halved build time". */
export const FACTOR_VERBS: ReadonlyMap<string, number> = new Map([
  ['halved', 0.5], ['halve', 0.5], ['halves', 0.5], ['doubled', 2], ['double', 2], ['doubles', 2],
  ['tripled', 3], ['triple', 3], ['quadrupled', 4],
]);

/** Words that soften a number ("by about 30%"); skipped. */
export const APPROXIMATORS = new Set(forms('about/around/roughly/approximately/approx/nearly/almost/over/some/~/≈/circa/ca/more/than/just/under/less/at/least/up'));

export const PERIODS: ReadonlyMap<string, string> = new Map([
  ...forms('second/sec/s').map((w) => [w, 'second'] as const),
  ...forms('minute/min').map((w) => [w, 'minute'] as const),
  ...forms('hour/hr/h').map((w) => [w, 'hour'] as const),
  ...forms('day/d').map((w) => [w, 'day'] as const),
  ...forms('week/wk').map((w) => [w, 'week'] as const),
  ...forms('month/mo').map((w) => [w, 'month'] as const),
  ...forms('quarter/qtr/q').map((w) => [w, 'quarter'] as const),
  ...forms('year/yr/annum').map((w) => [w, 'year'] as const),
  ['sprint', 'sprint'], ['release', 'release'], ['deploy', 'deploy'], ['build', 'build'], ['request', 'request'],
]);

/** "weekly" and friends, said after a number. */
export const PERIOD_ADVERBS: ReadonlyMap<string, string> = new Map([
  ['daily', 'day'], ['weekly', 'week'], ['monthly', 'month'], ['quarterly', 'quarter'], ['yearly', 'year'], ['annually', 'year'],
]);
