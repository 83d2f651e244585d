import { describe, expect, it } from 'vitest';
import { COMPONENTS } from '../../src/components/contract.ts';
import { PICTO_NAMES } from '../../src/pictos/catalogue.ts';
import { VFile } from 'vfile';
import { guardGuide } from '../../src/engine/guard.ts';
import { checkFile, messagesFor } from '../helpers.ts';

describe('composant', () => {
  it.each([
    ['an unknown component', '<Etapes>\n<Etap titre="Signer" picto="signer">\nVous signez.\n</Etap>\n</Etapes>\n', /La balise <Etap> n’existe pas/],
    ['an unknown prop', '<Etapes>\n<Etape titre="Signer" picto="signer" couleur="rouge">\nVous signez.\n</Etape>\n</Etapes>\n', /n’a pas d’attribut « couleur »/],
    ['a prop on a component with no props', '<Etapes titre="Les étapes">\n<Etape titre="Signer" picto="signer" />\n</Etapes>\n', /n’a pas d’attribut « titre »/],
    ['a missing titre', '<Etapes>\n<Etape picto="signer">\nVous signez.\n</Etape>\n</Etapes>\n', /Il manque l’attribut « titre » à la balise <Etape>/],
    ['a missing question', '<Choix>\n<Reponse titre="Oui">\nVous allez à la mairie.\n</Reponse>\n</Choix>\n', /« question »/],
    ['an empty nom on Lieu', '<Lieu nom="" adresse="1 rue de la Paix" />\n', /« nom »/],
    ['an unknown pictogram', '<Etapes>\n<Etape titre="Rentrer" picto="maisonn">\nVous rentrez.\n</Etape>\n</Etapes>\n', /Le pictogramme « maisonn » de la balise <Etape> n’existe pas\. Choisissez un nom sur la page \/pictos\/\./],
    ['an unknown pictogram in Picto', 'Vous appelez. <Picto nom="telefone" />\n', /« telefone »/],
    ['a wrong size', '<Picto nom="telephone" taille="enorme" />\n', /petit, moyen, grand/],
    ['a Reponse outside Choix', '<Reponse titre="Oui">\nVous y allez.\n</Reponse>\n', /à l’intérieur d’une balise <Choix>/],
  ])('fires on %s', async (_label, text, reason) => {
    const messages = await messagesFor('composant', text);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.reason).toMatch(reason);
    expect(messages[0]!.severity).toBe('error');
  });

  it('gives the line and suggests the closest pictogram', async () => {
    const messages = await messagesFor('composant', 'Vous rentrez.\n\n<Etapes>\n<Etape titre="Rentrer" picto="maisonn">\nVous rentrez.\n</Etape>\n</Etapes>\n');
    expect(messages).toMatchObject([{ line: 4, actual: 'maisonn', expected: ['maison'] }]);
  });

  it.each([
    '<Etapes>\n<Etape titre="Signer" picto="signer">\nVous signez.\n</Etape>\n</Etapes>\n',
    '<Choix question="Vous avez un logement ?">\n<Reponse titre="Oui">\nVous donnez votre adresse.\n</Reponse>\n<Reponse titre="Non">\nVous allez au centre communal d’action sociale.\n</Reponse>\n</Choix>\n',
    '<Lieu nom="Mairie" adresse="1 place de la Mairie" telephone="01 23 45 67 89" horaires="Du lundi au vendredi" lien="https://mairie.fr" picto="mairie" />\n',
    'Vous gardez votre <Mot terme="attestation">attestation</Mot>. <Picto nom="papiers" taille="grand" />\n',
    '<Papiers titre="Les papiers à apporter">\n- votre carte d’identité\n</Papiers>\n\n<Important picto="attention">\nGardez une copie.\n</Important>\n',
    // Raw HTML is code-interdit's, not composant's.
    'Un texte avec <strong>du gras</strong> et <br /> une balise en minuscules.\n',
  ])('stays silent on components that follow the contract: %s', async (text) => {
    expect(await messagesFor('composant', text)).toEqual([]);
  });

  it('leaves a missing picto on Etape to etape-sans-picto and a missing nom on Picto to image-sans-alternative', async () => {
    expect(await messagesFor('composant', '<Etapes>\n<Etape titre="Signer">\nVous signez.\n</Etape>\n</Etapes>\n\n<Picto />\n')).toEqual([]);
  });

  it('reports an unknown attribute once, with what to do, and the build refuses it too', async () => {
    const text = 'Vous y allez.\n\n<Lieu nom="Mairie" couleur="rouge" />\n';
    const messages = await messagesFor('composant', text);
    expect(messages).toMatchObject([{ line: 3, actual: 'couleur', severity: 'error' }]);
    expect(messages[0]!.reason).toBe('La balise <Lieu> n’a pas d’attribut « couleur ». Ses attributs sont : nom, adresse, telephone, horaires, lien, picto, local. Vérifiez le nom ou supprimez cet attribut.');
    const file = new VFile({ path: 'content/guides/a.mdx', value: text });
    expect(guardGuide(file)).toBe(true);
    expect(file.messages.map((message) => [message.line, message.ruleId, message.reason])).toEqual([[3, 'composant', messages[0]!.reason]]);
  });

  it('allows the components given in the options', async () => {
    const config = { rules: { composant: { options: { allow: ['Carte'] } } } };
    expect(await messagesFor('composant', '<Carte ville="Lyon" />\n', { config })).toEqual([]);
  });

  it('uses pictogram names of the catalogue in the contract', () => {
    expect(Object.keys(COMPONENTS)).toEqual(['Etapes', 'Etape', 'Picto', 'Papiers', 'Lieu', 'Important', 'Choix', 'Reponse', 'Mot']);
    expect(PICTO_NAMES.has('maison')).toBe(true);
  });

  describe('markup mistakes (issue 9)', () => {
    it.each([
      ['<etapes>\n<Etape titre="Signer" picto="signer">\nVous signez.\n</Etape>\n</etapes>\n', '<etapes>', '<Etapes>', /n’a pas les bonnes majuscules\. Le site ne l’affiche pas\. Vouliez-vous écrire <Etapes> \?/],
      ['<Etapes>\n<ETAPE titre="Signer" picto="signer">\nVous signez.\n</ETAPE>\n</Etapes>\n', '<ETAPE>', '<Etape>', /Vouliez-vous écrire <Etape> \?/],
      ['<Etapes>\n<Etap titre="Signer" picto="signer">\nVous signez.\n</Etap>\n</Etapes>\n', '<Etap>', '<Etape>', /La balise <Etap> n’existe pas\. Le site ne sait pas l’afficher\. Vouliez-vous écrire <Etape> \?/],
      ['<papier>\n- votre carte d’identité\n</papier>\n', '<papier>', '<Papiers>', /Vouliez-vous écrire <Papiers> \?/],
    ])('says which component was meant: %s', async (text, actual, expected, reason) => {
      const messages = await messagesFor('composant', text);
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatchObject({ line: text.split('\n').findIndex((line) => line.startsWith(`${actual.slice(0, -1)} `) || line.startsWith(actual)) + 1, actual, expected: [expected], severity: 'error' });
      expect(messages[0]!.reason).toMatch(reason);
    });

    it('reports a lower-case component once, as composant, not also as code-interdit', async () => {
      const text = '<Etapes>\n<etape titre="Signer" picto="signer">\nVous signez.\n</etape>\n</Etapes>\n';
      const composant = await messagesFor('composant', text, { config: {} });
      const codeInterdit = await messagesFor('code-interdit', text, { config: {} });
      expect(composant.map((message) => message.actual)).toEqual(['<etape>']);
      expect(codeInterdit).toEqual([]);
    });

    it('fires on an Etape outside Etapes, at its line', async () => {
      const messages = await messagesFor('composant', 'Vous signez.\n\n<Etape titre="Signer" picto="signer">\nVous signez.\n</Etape>\n');
      expect(messages).toMatchObject([{ line: 3, column: 1, actual: '<Etape>' }]);
      expect(messages[0]!.reason).toMatch(/doit être à l’intérieur d’une balise <Etapes>\. .*Mettez-la entre <Etapes> et <\/Etapes>\./);
    });

    it.each([
      ['<Etapes>\n<Etape titre=“Signer” picto="signer">\nVous signez.\n</Etape>\n</Etapes>\n', 2, 14, '“'],
      ['<Lieu nom=«Mairie» />\n', 1, 11, '«'],
    ])('says to write straight quotes around an attribute value: %s', async (text, line, column, quote) => {
      const file = await checkFile(text, { allRules: true, config: {} });
      expect(file.messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([['syntaxe-mdx', line, column]]);
      expect(file.messages[0]!.reason).toBe(`La valeur d’un attribut commence par le guillemet « ${quote} ». Le site ne le comprend pas. Écrivez des guillemets droits, par exemple titre="Signer".`);
    });

    it.each([
      'Une liste <li>un</li> en HTML.\n',
      'Un <link rel="x" /> ici.\n',
      '<Important onclick="alert(1)">\nGardez une copie.\n</Important>\n',
      '<Lieu nom="Mairie" href="javascript:alert(1)" />\n',
      '<Important couleur={rouge}>\nGardez une copie.\n</Important>\n',
    ])(
      'leaves HTML and code to code-interdit, without a wrong suggestion: %s',
      async (text) => {
        expect(await messagesFor('composant', text)).toEqual([]);
      },
    );
  });
});
