import { describe, expect, it } from 'vitest';
import { guideFacts } from '../../src/site/guide-facts.ts';

const GUIDE = `
<Etapes>
<Etape titre="Remplissez le formulaire" picto="formulaire">
<Papiers>
- votre carte d’identité
</Papiers>
</Etape>
<Etape titre="Attendez la réponse" picto="attendre">
<Choix question="Vous avez des enfants ?">
<Reponse titre="Oui, vous avez des enfants">
<Papiers titre="Apportez aussi">
- le livret de famille
- votre carte d’identité
</Papiers>
</Reponse>
</Choix>
</Etape>
</Etapes>

<Lieu nom="Le CCAS de votre commune" picto="ccas">
Allez au CCAS.
</Lieu>
`;

describe('the facts at the top of a guide', () => {
  it('lists every paper once, also the papers asked inside a <Choix>', () => {
    expect(guideFacts(GUIDE).papers).toEqual(['votre carte d’identité', 'le livret de famille']);
  });

  it('lists the steps with their number, title and pictogram, and the places to go', () => {
    const facts = guideFacts(GUIDE);
    expect(facts.steps).toBe(2);
    expect(facts.stepList).toEqual([
      { number: 1, title: 'Remplissez le formulaire', picto: 'formulaire' },
      { number: 2, title: 'Attendez la réponse', picto: 'attendre' },
    ]);
    expect(facts.places).toEqual(['Le CCAS de votre commune']);
  });
});
