/**
 * The sweep: deletes what has run out, so that nothing waits for a user action to go.
 *
 * - Sessions past their expiry (authentication already refuses them).
 * - Evidence that has been in the trash for more than 30 days (`EvidenceService.purgeTrash`).
 *
 * Expired personal access tokens stay: Settings lists them, marked expired, until their owner
 * deletes them, and authentication refuses them already.
 *
 * Every delete is idempotent, so any number of app servers may sweep the same database at the
 * same time. The server runs it at start-up and then every `sweepIntervalMinutes`;
 * `staffpath sweep` runs it once.
 */
import type { Db } from '../../storage/database.js';
import { sweepRepository } from '../../storage/repositories/sweep.repository.js';
import type { EvidenceService } from '../evidence/evidence.service.js';

export interface SweepResult {
  /** Sessions deleted because they had expired */
  expiredSessions: number;
  /** Entries deleted for good after 30 days in the trash */
  purgedEntries: number;
}

export class SweepJob {
  constructor(
    private readonly db: Db,
    private readonly evidence: Pick<EvidenceService, 'purgeTrash'>,
  ) {}

  async run(now: number = Date.now()): Promise<SweepResult> {
    const expiredSessions = await sweepRepository.deleteExpiredSessions(this.db, new Date(now).toISOString());
    const purgedEntries = await this.evidence.purgeTrash(now);
    return { expiredSessions, purgedEntries };
  }
}

export interface SweepSchedule {
  /** Stops the timer and waits for a sweep in progress to finish. */
  stop(): Promise<void>;
}

export interface ScheduleOptions {
  intervalMs: number;
  onResult(result: SweepResult): void;
  onError(error: unknown): void;
}

/** The longest delay a Node timer takes (about 24.8 days); a longer one would fire at once. */
const LONGEST_TIMER_MS = 2 ** 31 - 1;

/**
 * Runs `job` now and then every `intervalMs` (at most about 24.8 days). A sweep still running
 * when the next is due is not doubled: that turn is skipped. The timer does not keep the
 * process alive.
 */
export function scheduleSweep(job: Pick<SweepJob, 'run'>, opts: ScheduleOptions): SweepSchedule {
  let running: Promise<void> | null = null;
  let stopped = false;
  const tick = (): void => {
    if (stopped || running) return;
    const current = (async () => {
      try {
        opts.onResult(await job.run());
      } catch (error) {
        opts.onError(error);
      }
    })();
    running = current;
    void current.finally(() => {
      if (running === current) running = null;
    });
  };
  tick();
  const timer = setInterval(tick, Math.min(Math.max(1, opts.intervalMs), LONGEST_TIMER_MS));
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
