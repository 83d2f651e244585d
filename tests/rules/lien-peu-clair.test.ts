import { describe, expect, it } from 'vitest';
import { messagesFor } from '../helpers.ts';

describe('lien-peu-clair', () => {
  it.each([
    'Pour remplir le formulaire, [cliquez ici](https://www.service-public.fr/formulaire).',
    'Le formulaire est [ici](https://www.service-public.fr/formulaire).',
    'Lisez la page du site. [En savoir plus](https://www.service-public.fr).',
    'Vous trouvez les horaires sur [ce lien](https://mairie.fr/horaires).',
    'Tout est expliqué [là](https://mairie.fr).',
    'Vous avez des questions ? [Plus d’infos](https://mairie.fr/aide).',
    'Le formulaire est sur https://www.service-public.fr/particuliers/vosdroits/F1234 pour vous.',
    'Le formulaire est <a href="https://mairie.fr">ici</a>.',
  ])('fires on %s', async (text) => {
    const messages = await messagesFor('lien-peu-clair', text);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.severity).toBe('error');
  });

  it('fires on an autolink in Markdown', async () => {
    expect(await messagesFor('lien-peu-clair', 'Allez sur <https://www.service-public.fr/particuliers>.', { format: 'md' })).toHaveLength(1);
  });

  it.each([
    'Allez sur [https://www.service-public.fr](https://www.service-public.fr).',
    'Le site www.service-public.fr vous aide.',
    // Fiche F2865 (eighth reading): the address of a site says where the link goes; the reader may type it.
    'Vous vous connectez à www.CVEC.etudiant.gouv.fr pour payer.',
    // The address between brackets after words that do not name the site.
    'Allez sur le site (www.service-public.fr) pour remplir la demande.',
  ])('gives advice, not an error, for the address of a site with no page: %s', async (text) => {
    const messages = await messagesFor('lien-peu-clair', text);
    expect(messages).toMatchObject([{ severity: 'info', reason: expect.stringContaining('Dites aussi le nom du site') }]);
  });

  it.each([
    // Fiche F2504 (eleventh reading): the site is named just before its address, as the advice asks.
    '- Caisse de Prévoyance et de Retraite des Notaires - **CPRN** (www.crn.fr)',
    '- **Banque de France** (www.bdfretraite.fr)',
    'Allez sur le site Service public (www.service-public.fr).',
  ])('says nothing when the site is named just before its address between brackets: %s', async (text) => {
    expect(await messagesFor('lien-peu-clair', text)).toEqual([]);
  });

  it.each([
    'Remplissez le [formulaire de demande de domiciliation](https://www.service-public.fr/formulaire).',
    'Lisez la page [Les horaires de la mairie](https://mairie.fr/horaires).',
    'Vous pouvez écrire à contact@mairie.fr pour poser une question.',
    'Le formulaire est ici, à l’accueil de la mairie.',
    'Cliquez ici sur le bouton vert, puis attendez.',
    'Lisez la page [Plus d’infos sur la domiciliation](https://mairie.fr/aide).',
  ])('stays silent: %s', async (text) => {
    expect(await messagesFor('lien-peu-clair', text)).toEqual([]);
  });

  it('takes the vague texts from the options', async () => {
    const config = { rules: { 'lien-peu-clair': { options: { vague: ['la page'] } } } };
    expect(await messagesFor('lien-peu-clair', 'Lisez [la page](https://mairie.fr).', { config })).toHaveLength(1);
    expect(await messagesFor('lien-peu-clair', 'Lisez [ici](https://mairie.fr).', { config })).toEqual([]);
  });
});
