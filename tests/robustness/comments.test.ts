import { describe, expect, it } from 'vitest';
import { checkFile } from '../helpers.ts';

const LONG = 'Vous devez remplir le formulaire de demande avec votre nom, votre prénom et la date de votre naissance avant le rendez-vous.';

describe('comments never hide text silently', () => {
  it('an inline falc-ignore with an unknown rule is an error', async () => {
    const file = await checkFile(`Vous allez à la mairie {/* falc-ignore regle-inexistante -- test */} demain.\n`, { rule: 'phrase-longue' });
    expect(file.messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([['falc-ignore', 1, 24]]);
    expect(file.messages[0]!.reason).toMatch(/« regle-inexistante » n’existe pas/);
  });

  it('an inline falc-ignore silences the rule for the rest of its paragraph only', async () => {
    const file = await checkFile(`Avant. {/* falc-ignore phrase-longue -- citation */} ${LONG}\n\n${LONG}\n`, { rule: 'phrase-longue' });
    expect(file.messages.map((message) => message.line)).toEqual([3]);
    expect(file.data.falcIgnored).toHaveLength(1);
  });

  it('an unclosed <!-- in Markdown is an error at its line', async () => {
    const file = await checkFile('Vous allez à la mairie.\n\n<!-- une note\n\nLe texte caché.\n', { rule: 'phrase-longue', format: 'md' });
    expect(file.messages.map((message) => [message.ruleId, message.line, message.fatal])).toEqual([['commentaire-non-ferme', 3, true]]);
  });

  it('a closed <!-- comment --> is still fine', async () => {
    const file = await checkFile('Vous allez à la mairie.\n\n<!-- une note -->\n\nVous signez.\n', { rule: 'phrase-longue', format: 'md' });
    expect(file.messages).toEqual([]);
  });
});
