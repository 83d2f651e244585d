import { describe, expect, it } from 'vitest';
import { readerFingerprint, readerText } from '../../src/engine/fingerprint.ts';
import { GUIDE_FRONTMATTER } from '../helpers.ts';

const GUIDE = `${GUIDE_FRONTMATTER}
Vous allez au centre communal d’action sociale.
Vous remplissez le formulaire.
`;

describe('the fingerprint of the text readers see', () => {
  it('is 16 hexadecimal digits and stable', () => {
    expect(readerFingerprint(GUIDE)).toMatch(/^[0-9a-f]{16}$/);
    expect(readerFingerprint(GUIDE)).toBe(readerFingerprint(GUIDE));
  });

  it.each([
    ['a word of the text', GUIDE.replace('le formulaire', 'la demande')],
    ['the title', GUIDE.replace('title: Avoir une adresse', 'title: Avoir une adresse postale')],
    ['the description', GUIDE.replace('Ce guide vous aide', 'Ce guide aide')],
    ['a source shown on the page', GUIDE.replace('label: Service public', 'label: Service-public.fr')],
    ['a bold word', GUIDE.replace('le formulaire', 'le **formulaire**')],
    ['an attribute of a component', `${GUIDE}<Lieu nom="La mairie">\nTexte.\n</Lieu>\n`.replace('nom="La mairie"', 'nom="La mairie de la ville"')],
  ])('changes when readers would see a change: %s', (_label, changed) => {
    expect(readerFingerprint(changed)).not.toBe(readerFingerprint(GUIDE));
  });

  it.each([
    ['the status', GUIDE.replace('status: brouillon', 'status: valide')],
    ['the update date', GUIDE.replace('updated: 2026-01-10', 'updated: 2026-11-30')],
    ['a review block', GUIDE.replace('status: brouillon', 'status: relu\nrelecture:\n  date: 2026-11-20\n  par: [Atelier]\n  consentement: true\n  empreinte: 0123456789abcdef')],
    ['the line breaks and spaces', GUIDE.replace('sociale.\nVous', 'sociale. Vous').replace('Vous remplissez', 'Vous  remplissez')],
    ['an MDX comment', GUIDE.replace('Vous remplissez', '{/* falc-ignore phrase-longue -- nom officiel */}\nVous remplissez')],
    ['a Markdown comment', GUIDE.replace('Vous remplissez', '<!-- note -->\nVous remplissez')],
    ['Windows line endings', GUIDE.replace(/\n/g, '\r\n')],
  ])('stays the same when readers see no change: %s', (_label, changed) => {
    expect(readerFingerprint(changed)).toBe(readerFingerprint(GUIDE));
  });

  const LIST = `${GUIDE}\n- un papier\n  - un autre papier\n`;
  const STAR = `${GUIDE}Le Cerfa 16029*01.\n`;
  const PLACE = `${GUIDE}<Lieu nom="La mairie" picto="mairie" horaires="Le matin.">\nTexte.\n</Lieu>\n`;
  it.each([
    ['list markers « * » for « - »', LIST, LIST.replace('\n- un papier\n  - un', '\n* un papier\n  * un')],
    ['a star escaped with no need', STAR, STAR.replace('16029*01', '16029\\*01')],
    ['the order of a component’s attributes', PLACE, PLACE.replace('nom="La mairie" picto="mairie" horaires="Le matin."', 'horaires="Le matin." nom="La mairie"  picto="mairie"')],
  ])('stays the same when the guide editor writes the same text another way: %s', (_label, text, written) => {
    expect(written).not.toBe(text);
    expect(readerFingerprint(written)).toBe(readerFingerprint(text));
  });

  it('reads a broken header as no header, without throwing', () => {
    expect(() => readerText('---\ntitle: [oups\n---\nTexte.\n')).not.toThrow();
    expect(readerText('Texte  simple.\n')).toBe('{}\nTexte simple.');
  });
});
