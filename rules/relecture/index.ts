import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.ts';
import { readerFingerprint } from '../../src/engine/fingerprint.ts';
import { applySeverity } from '../../src/engine/messages.ts';
import { dateInWords } from '../../src/site/format.ts';
import { headerFieldPlace } from '../_shared/frontmatter-place.ts';

export const options = z
  .object({
    /** Statuses that say readers checked the guide: they need a review whose fingerprint matches. */
    reviewedStatuses: z.array(z.string()).default(['relu', 'valide']),
  })
  .strict();

export type Options = z.infer<typeof options>;

interface ReviewHeader {
  date?: Date;
  empreinte?: string;
}

/**
 * `relecture`: a guide marked « relu » or « valide » has a review by its readers recorded in its
 * header (from the editor's review form, src/editor/review-field.ts, or `falc relecture`), and the text has not changed since. A change after the review is
 * a warning: the guide is « à relire » again.
 */
export default defineRule({
  id: 'relecture',
  title: 'Relecture par les lecteurs',
  severity: 'error',
  options,
  check({ facts, file, options, settings, report }) {
    if (facts.kind !== 'guide' || !facts.frontmatter) return;
    const status = String(facts.frontmatter.status ?? '');
    const review = facts.frontmatter.relecture as ReviewHeader | undefined;
    if (!review) {
      if (!options.reviewedStatuses.includes(status)) return;
      report(
        `Le statut du guide est « ${status} », mais aucune relecture par les lecteurs n’est enregistrée. Faites relire le guide par des lecteurs. Puis écrivez la relecture dans l’éditeur de guides, partie « Relecture par les lecteurs », ou avec la commande falc relecture. Sinon, écrivez le statut « brouillon ».`,
        { place: headerFieldPlace(facts.mdast, 'status'), actual: status, expected: ['brouillon'] },
      );
      return;
    }
    if (!review.empreinte) return;
    const current = readerFingerprint(String(file.value));
    if (current === review.empreinte) return;
    const when = review.date instanceof Date ? ` du ${dateInWords(review.date)}` : '';
    const message = report(
      `Le texte a changé depuis la relecture${when}. Le guide est de nouveau « à relire ». Faites relire les changements par les lecteurs. Puis enregistrez la nouvelle relecture : dans l’éditeur de guides, bouton « Les lecteurs ont relu le texte enregistré », ou avec la commande falc relecture.`,
      { place: headerFieldPlace(facts.mdast, 'relecture'), actual: review.empreinte },
    );
    // A changed text is a warning (the guide goes back to « à relire »), never more.
    if (settings.severity === 'error') applySeverity(message, 'warning');
  },
});
