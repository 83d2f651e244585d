import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.ts';
import type { FalcSentence } from '../../src/engine/types.ts';
import { tokensOf } from '../_shared/tokens.ts';

export const options = z
  .object({
    /** The text must speak to the reader this many times with one person before a switch is reported. */
    minSentences: z.number().int().min(1).default(2),
  })
  .strict();

export type Options = z.infer<typeof options>;

type Person = 'vous' | 'je';

const YOU = new Set(['vous', 'votre', 'vos', 'vôtre', 'vôtres']);
const I = new Set(['je', "j'", 'me', "m'", 'moi', 'mon', 'ma', 'mes', 'mien', 'mienne']);

/**
 * The person a sentence uses for its reader: « vous » (« Vous remplissez… »), « je » (« Je remplis… »,
 * the voice of many FALC texts), or none. Quoted words (« Dites : “Je voudrais…” ») and words after a
 * colon (what the reader says) are not counted; a sentence with both (« Je vous explique ») speaks to
 * « vous »: its « je » is the writer. A question with « je » (« Je peux venir avec mon chien ? ») is the
 * reader's own question: it is not a switch.
 */
function personOf(sentence: FalcSentence): Person | undefined {
  let you = false;
  let me = false;
  let quoted = false;
  let afterColon = false;
  for (const token of tokensOf(sentence)) {
    if (token.kind === 'punct') {
      if (token.value === '«' || token.value === '“') quoted = true;
      else if (token.value === '»' || token.value === '”') quoted = false;
      else if (token.value === '"') quoted = !quoted;
      else if (token.value === ':') afterColon = true;
      continue;
    }
    if (quoted || token.kind !== 'word') continue;
    if (YOU.has(token.normal)) you = true;
    else if (!afterColon && I.has(token.normal)) me = true;
  }
  if (you) return 'vous';
  // « Je peux venir avec mon chien ? »: the reader's own question, as FALC guides ask them.
  if (me && sentence.text.trimEnd().endsWith('?')) return undefined;
  return me ? 'je' : undefined;
}

/**
 * `meme-personne`: the text speaks to its reader with one person all through: « vous » (or « je » in a text
 * written in the reader's voice). A text that switches (« Vous remplissez le formulaire. Je signe le
 * formulaire. ») loses the reader: who is « je »? The general « on » and the writers' « nous » are not counted.
 */
export default defineRule({
  id: 'meme-personne',
  title: 'Toujours la même personne',
  severity: 'warning',
  options,
  check({ facts, options, report }) {
    // The title of an answer (<Reponse titre="Je ne sais pas">) is what the reader says, like words after a colon.
    const persons = facts.sentences.map((sentence) => ({
      sentence,
      person: facts.blocks[sentence.block]?.field === 'Reponse.titre' ? undefined : personOf(sentence),
    }));
    const count = (person: Person): number => persons.filter((entry) => entry.person === person).length;
    const you = count('vous');
    const me = count('je');
    if (you === 0 || me === 0) return;
    // The person most used is the text's; the other is the switch. Equal counts: « vous », as FALC guides ask.
    const main: Person = me > you ? 'je' : 'vous';
    if ((main === 'vous' ? you : me) < options.minSentences) return;
    const other: Person = main === 'vous' ? 'je' : 'vous';
    for (const { sentence, person } of persons) {
      if (person !== other) continue;
      report(
        main === 'vous'
          ? `Cette phrase dit « je », mais le texte parle au lecteur avec « vous ». Le lecteur ne sait plus qui parle. Écrivez aussi cette phrase avec « vous ».`
          : `Cette phrase dit « vous », mais le texte parle avec « je », comme le lecteur. Le lecteur ne sait plus qui parle. Écrivez aussi cette phrase avec « je ».`,
        { place: sentence.position, actual: sentence.text, expected: [main] },
      );
    }
  },
});
