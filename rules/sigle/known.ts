/**
 * Acronyms often met in French social procedures, with their words in full.
 * Used to fill `expected` so that authors can copy the explanation. A body that exists once in France takes a capital
 * (« Agence nationale des titres sécurisés », eighth reading); one of many local offices does not (« caisse
 * d’allocations familiales »).
 */
export const KNOWN_ACRONYMS: Readonly<Record<string, string>> = {
  AAH: 'allocation aux adultes handicapés',
  ALS: 'allocation de logement sociale',
  ALF: 'allocation de logement familiale',
  ANTS: 'Agence nationale des titres sécurisés',
  APA: 'allocation personnalisée d’autonomie',
  APL: 'aide personnalisée au logement',
  ASPA: 'allocation de solidarité aux personnes âgées',
  ASS: 'allocation de solidarité spécifique',
  C2S: 'complémentaire santé solidaire',
  CAF: 'caisse d’allocations familiales',
  CASF: 'code de l’action sociale et des familles',
  CCAS: 'centre communal d’action sociale',
  CHRS: 'centre d’hébergement et de réinsertion sociale',
  CIAS: 'centre intercommunal d’action sociale',
  CMU: 'couverture maladie universelle',
  CNI: 'carte nationale d’identité',
  CPAM: 'caisse primaire d’assurance maladie',
  MDPH: 'maison départementale des personnes handicapées',
  MSA: 'Mutualité sociale agricole',
  PCH: 'prestation de compensation du handicap',
  RIB: 'relevé d’identité bancaire',
  RSA: 'revenu de solidarité active',
  SDF: 'sans domicile fixe',
  SIAO: 'service intégré d’accueil et d’orientation',
  URSSAF: 'union de recouvrement des cotisations de sécurité sociale et d’allocations familiales',
  UDAF: 'union départementale des associations familiales',
  UDAPEI: 'union départementale des associations de parents d’enfants inadaptés',
  FALC: 'facile à lire et à comprendre',
};
