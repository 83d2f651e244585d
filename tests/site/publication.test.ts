import { describe, expect, it } from 'vitest';
import { isPublished, publicAddress, publicationSettings, shortAddress } from '../../src/site/publication.ts';
import { publicationNotes } from '../../src/site/publishing-integration.ts';
import { markExternalLinks } from '../../src/site/print-links.ts';

describe('which guides a build publishes', () => {
  it('publishes reviewed guides only, unless it is a preview', () => {
    const production = publicationSettings({});
    expect(isPublished('brouillon', production)).toBe(false);
    expect(isPublished('relu', production)).toBe(true);
    expect(isPublished('valide', production)).toBe(true);
    expect(isPublished('brouillon', publicationSettings({ FALC_PREVIEW: '1' }))).toBe(true);
    expect(isPublished('brouillon', publicationSettings({}, true))).toBe(true);
  });

  it('reads the statuses to publish from FALC_PUBLISH, and refuses an unknown one in French', () => {
    const onlyValid = publicationSettings({ FALC_PUBLISH: 'valide' });
    expect(isPublished('relu', onlyValid)).toBe(false);
    expect(isPublished('valide', onlyValid)).toBe(true);
    expect(() => publicationSettings({ FALC_PUBLISH: 'relu,publie' })).toThrow(/le statut « publie » n’existe pas/);
  });
});

describe('the public address of the site', () => {
  it('is none on this computer, so printed guides get no QR code and the build says so', () => {
    for (const site of [undefined, 'http://localhost:4321', 'http://127.0.0.1:4321/', 'http://guides.test/']) expect(publicAddress(site)).toBeUndefined();
    expect(publicAddress('https://guides.ccas-exemple.fr/')?.origin).toBe('https://guides.ccas-exemple.fr');
    const notes = publicationNotes('http://localhost:4321', {}, false);
    expect(notes.warn.join('\n')).toMatch(/pas d’adresse publique \(FALC_SITE_URL\).*ni QR code/);
    expect(publicationNotes('https://guides.ccas-exemple.fr', {}, false).warn).toEqual([]);
  });

  it('prints long addresses short', () => {
    expect(shortAddress('https://www.service-public.fr/particuliers/vosdroits/F17317')).toBe('service-public.fr/particuliers/vosdroits/F17317');
    expect(
      shortAddress('https://www.legifrance.gouv.fr/affichCode.do?idArticle=LEGIARTI000019869203&idSectionTA=LEGISCTA000006174382&cidTexte=LEGITEXT000006074069'),
    ).toBe('legifrance.gouv.fr');
    expect(markExternalLinks('<a href="https://www.legifrance.gouv.fr/a.do?x=1&amp;y=2">Code</a> <a href="/glossaire/">mot</a>')).toBe(
      '<a href="https://www.legifrance.gouv.fr/a.do?x=1&amp;y=2" data-adresse="legifrance.gouv.fr">Code</a> <a href="/glossaire/">mot</a>',
    );
    // The sources of a guide never print, and a link whose text is the address needs no other.
    const unprinted = '<a class="source" href="https://www.legifrance.gouv.fr/a.do?x=1">Code</a> <a class="lien-bloc url" href="https://lannuaire.service-public.fr">lannuaire.service-public.fr</a>';
    expect(markExternalLinks(unprinted)).toBe(unprinted);
  });
});
