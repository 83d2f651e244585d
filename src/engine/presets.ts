import type { RuleEntry } from './config.ts';

export interface Preset {
  /** What the preset is for, in French. */
  description: string;
  rules: Record<string, RuleEntry>;
}

/**
 * `falc`: the default, strict, for texts in FALC (Facile à lire et à comprendre).
 * `langage-clair`: for texts for the general public (plain language): longer sentences and
 * fewer structural requirements.
 */
export const PRESETS = {
  falc: {
    description: 'Règles strictes du FALC (Facile à lire et à comprendre). C’est le réglage par défaut.',
    rules: {},
  },
  'langage-clair': {
    description: 'Règles du langage clair, pour les textes destinés à tout le monde.',
    rules: {
      'phrase-longue': { options: { max: 20, warnAt: 15 } },
    },
  },
} satisfies Record<string, Preset>;

export type PresetName = keyof typeof PRESETS;
