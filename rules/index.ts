import type { AnyFalcRule } from '../src/engine/types.ts';
import italique from './italique/index.ts';
import phraseLongue from './phrase-longue/index.ts';
import sigle from './sigle/index.ts';

/** Every FALC rule, in the order of the catalogue. Add a new rule here. */
export const RULES: readonly AnyFalcRule[] = [
  phraseLongue,
  sigle,
  italique,
];
