import { describe, expect, it } from 'vitest';
import { frenchSpaces, frenchSpacesHtml, NARROW_NBSP as N, NBSP as S } from '../../src/site/french-spaces.ts';

describe('French no-break spaces', () => {
  it('keeps ? ! ; : and » with the word before them', () => {
    expect(frenchSpaces('Vous demandez l’asile en France ?')).toBe(`Vous demandez l’asile en France${N}?`);
    expect(frenchSpaces('Attention ! Venez ; merci')).toBe(`Attention${N}! Venez${N}; merci`);
    expect(frenchSpaces('Adresse : la mairie')).toBe(`Adresse${S}: la mairie`);
    expect(frenchSpaces('le mot « Brouillon »')).toBe(`le mot «${N}Brouillon${N}»`);
  });

  it('keeps a number with its unit, a form number with its name, a phone number whole', () => {
    expect(frenchSpaces('1 fois tous les 3 mois, 2 € et 10 %')).toBe(`1${S}fois tous les 3${S}mois, 2${S}€ et 10${S}%`);
    expect(frenchSpaces('Votre adresse est valable 1 an.')).toBe(`Votre adresse est valable 1${S}an.`);
    expect(frenchSpaces('le formulaire Cerfa 16029*01')).toBe(`le formulaire Cerfa${S}16029*01`);
    expect(frenchSpaces('Appelez le 09 69 39 00 00.')).toBe(`Appelez le 09${S}69${S}39${S}00${S}00.`);
  });

  it('leaves alone what is not French punctuation: web addresses, times, words after a number', () => {
    expect(frenchSpaces('https://www.service-public.fr/a?b=1')).toBe('https://www.service-public.fr/a?b=1');
    expect(frenchSpaces('à 10:30')).toBe('à 10:30');
    expect(frenchSpaces('les 2 manières')).toBe('les 2 manières');
    expect(frenchSpaces('3 mois')).toBe(frenchSpaces(frenchSpaces('3 mois')));
  });

  it('changes the text of an HTML page, never its tags, scripts or code', () => {
    const html = '<p title="a ?">Le CCAS est <a href="/x?y=1">d’accord</a> ?</p><script>if (a ? b : c) x();</script><code>a ; b</code><p>3 mois</p>';
    expect(frenchSpacesHtml(html)).toBe(
      `<p title="a ?">Le CCAS est <a href="/x?y=1">d’accord</a>${N}?</p><script>if (a ? b : c) x();</script><code>a ; b</code><p>3${S}mois</p>`,
    );
  });
});

describe('French no-break spaces in a whole page', () => {
  it('finds the end of a style sheet that uses « < » in a media query', () => {
    const html = '<style>@media (width<=30em){main{padding:0}}</style><p>Vous demandez l’asile en France ?</p>';
    expect(frenchSpacesHtml(html)).toContain('France\u202f?');
    expect(frenchSpacesHtml(html)).toContain('(width<=30em)');
  });
});
