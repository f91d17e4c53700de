// The level the candidate practises for changes what a strong interviewer probes first, not only how hard: a mid
// candidate is asked whether the design works (what breaks, why each piece), a staff candidate how it gets built
// (what ships first, what brings in the next piece), with the four-part structure the senior bar in between.
import type { Level } from './types';

/** How much each level raises or lowers a gap kind's weight; kinds not named count 1. */
const LEVEL_EMPHASIS: Readonly<Record<Level, Readonly<Record<string, number>>>> = {
  mid: {
    'unjustified-components': 1.4,
    'missing-rollout-path': 0.6,
  },
  senior: {},
  staff: {
    'missing-rollout-path': 1.7,
    'missing-failure-mode': 0.85,
    'structure:failureMode': 0.85,
    'unjustified-components': 0.8,
  },
};

export function levelFactor(level: Level, gapKind: string): number {
  return LEVEL_EMPHASIS[level][gapKind] ?? 1;
}
