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
    // Only rules of the registry: a test checks it.
    rules: {
      'une-idee': 'warning',
      'si-alors': 'off',
      // Plain language speaks to the reader with « vous » too.
      'meme-personne': 'warning',
      'nombre-en-lettres': 'info',
      negation: 'info',
      'gras-excessif': 'info',
      'paragraphe-long': { options: { maxSentences: 6, maxWords: 100 } },
      'phrase-longue': { options: { max: 20, warnAt: 15 } },
      // Plain language discourages italics without forbidding them.
      italique: 'warning',
      // Pictograms and the parts of a FALC guide are not required for the general public.
      'etape-sans-picto': 'off',
      'but-en-premier': 'info',
      contact: 'warning',
      titre: { options: { maxWordsWithPeriod: 10 } },
    },
  },
} satisfies Record<string, Preset>;

export type PresetName = keyof typeof PRESETS;
