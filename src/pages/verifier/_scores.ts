import { readabilityInWords as verdict } from '../../report/readability.ts';

/**
 * The readability scores said in words first, the figures second (Kandel–Moles: higher is easier; LIX,
 * « indice de difficulté »: lower is easier). The words come from the report's own verdict
 * (src/report/readability.ts), as in `falc check`: the page never says « facile » when the `lisibilite`
 * rule says the text is hard.
 */
export function readabilityInWords(stats: { words: number; kandelMoles?: number; lix?: number }): string {
  if (stats.words === 0 || stats.kandelMoles === undefined) return '';
  const words = verdict({ kandelMoles: stats.kandelMoles, lix: stats.lix });
  const short = stats.words < 50 ? ' Le texte est court : ce score peut changer beaucoup.' : '';
  const lix = stats.lix === undefined ? '' : `, indice de difficulté ${Math.round(stats.lix)}`;
  return `${words}. (Score de lisibilité ${Math.round(stats.kandelMoles)} sur 100${lix}.)${short}`;
}
