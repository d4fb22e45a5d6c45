/** `staffpath outcome record <outcome> <value>`: feed an outcome from a script or a cron job. Thin: parse, call, print. */
import type { Command } from 'commander';
import { matchOutcome, progressWords } from '../../core/outcomes/outcome-rules.js';
import { isIsoDate } from '../../shared/dates.js';
import { CliError, type StaffpathClient } from '../client.js';

type WithClient = <T>(cmd: Command, fn: (c: StaffpathClient) => Promise<T>) => Promise<T>;
type Print = (cmd: Command, data: unknown, text: string) => void;

const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

export function registerOutcomeCommands(program: Command, withClient: WithClient, print: Print): void {
  const outcome = program.command('outcome').description('track outcome metrics');
  outcome
    .command('record')
    .description('record a measurement of one of your outcomes')
    .argument('<outcome>', 'the outcome: its id, or its name as written ("p99 latency of checkout")')
    .argument('<value>', 'the measured value, a number (e.g. 420 or 0.93)')
    .option('--at <YYYY-MM-DD>', 'the day it was measured (default: today where you live)')
    .option('--note <text>', 'a note kept with the measurement')
    .action(async (ref: string, raw: string, o: { at?: string; note?: string }, cmd: Command) => {
      if (!NUMBER.test(raw.trim())) throw new CliError(`“${raw}” is not a number; give the measured value, like 420 or 0.93.`);
      if (o.at !== undefined && !isIsoDate(o.at)) throw new CliError(`--at “${o.at}” is not a date; use YYYY-MM-DD, like 2026-11-02.`);
      const r = await withClient(cmd, async (c) => {
        const found = matchOutcome(await c.ownOutcomes(), ref);
        if ('problem' in found) throw new CliError(found.problem);
        return c.recordMeasurement(found.outcome.id, { value: Number(raw.trim()), measuredOn: o.at, note: o.note });
      });
      const unit = r.outcome.unit ? ` ${r.outcome.unit}` : '';
      print(cmd, r, `Recorded ${r.measurement.value}${unit} for “${r.outcome.name}” on ${r.measurement.measuredOn}. ${progressWords(r.outcome.progress)}.`);
    });
}
