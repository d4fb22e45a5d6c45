/** The shapes of outcomes (PRODUCT.md §9 "Outcomes"). */
import type { Impact } from '../evidence/types.js';
import type { Audience } from '../types.js';
import type { Direction } from './outcome-rules.js';

export interface Measurement {
  id: string;
  value: number;
  measuredOn: string;
  note: string;
}

export interface Outcome {
  id: string;
  ownerId: string;
  name: string;
  unit: string;
  direction: Direction;
  baseline: number;
  target: number;
  impact: Impact | null;
  initiativeId: string | null;
  audience: Audience[];
  /** Oldest first. */
  measurements: Measurement[];
  latest: { value: number; measuredOn: string } | null;
  /** (latest − baseline) / (target − baseline), not clamped; null without a measurement. */
  progress: number | null;
  createdAt: string;
  updatedAt: string;
}

export interface OutcomeInput {
  name?: string | undefined;
  unit?: string | undefined;
  direction?: Direction | undefined;
  baseline?: number | undefined;
  target?: number | undefined;
  impact?: Impact | null | undefined;
  initiativeId?: string | null | undefined;
  audience?: Audience[] | undefined;
}

export interface MeasurementInput {
  value: number;
  measuredOn: string;
  note?: string | undefined;
}
