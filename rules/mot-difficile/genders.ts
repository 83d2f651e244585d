/**
 * Gender and number of the noun replacements of jargon.ts (« somme d'argent » is feminine, « paiement »
 * masculine, « étapes » feminine plural). After an article or a possessive, a replacement takes the place
 * of a noun: it must be a noun of the gender that the article shows (« le montant » → « le prix », never
 * « le somme d'argent »). A replacement missing from this list is not a noun (« chez vous », « du contrat »)
 * and is not offered after an article.
 */
export type Gender = 'm' | 'f' | 'mp' | 'fp';

const MASCULINE = [
  'accueil', 'achat', 'appel vidéo', 'argent à payer', "argent qu'on vous doit", 'argent que vous gagnez', 'argent que vous recevez',
  'argent reçu en trop', 'arrêt', 'arrêt pour un temps', 'bureau', 'changement du contrat', 'code', 'conflit', 'conseil', 'contact',
  'contrat de location', 'danger', 'désaccord', 'devant de la feuille', 'dommage', 'don', 'dos de la feuille', 'droit',
  'droit de ne pas faire', 'envoi', 'envoi par internet', 'formulaire', 'grand-parent', 'groupe de personnes qui décide', 'handicap',
  'héritage', 'impôt', 'lien entre parent et enfant', 'logement', 'mail', 'mari', 'membre', 'message', 'nom', "nom d'utilisateur",
  'ordre', 'paiement', 'paiement automatique', 'paiement de chaque mois', 'paiement en plusieurs fois', 'papier ajouté',
  'papier officiel', 'papier qui prouve', "papier qui prouve que c'est reçu", 'parent', 'passage sur internet', 'premier paiement',
  'prix', 'prix fixe', 'problème', 'propriétaire', 'refus', 'remboursement', 'retour', 'retour au travail', 'retour dans la société',
  'reçu', 'salaire', 'service', 'service sur internet', 'tableau des prix', 'temps', 'temps à attendre avant de partir', 'texte', 'titre',
  'tort', 'transport', 'tribunal', 'compagnon', 'habitant', 'numéro', "fait d'avoir",
];

const FEMININE = [
  'adresse', 'aide', 'aide en argent', 'amende', 'annulation', 'augmentation', 'autorisation spéciale', 'avance', 'baisse',
  "baisse d'impôt", 'chose à faire', 'compagne', 'copie', 'correction', 'date limite', 'décision', 'déclaration sur internet', 'demande',
  'demande de paiement', 'demande pour changer une décision', 'dette', 'entreprise qui fait le travail', 'étape', 'exception',
  'façon de faire', 'femme', 'fin', 'fin du contrat', 'grande pauvreté', 'grille', 'inscription', 'interdiction', 'lettre',
  'lettre pour vous demander de venir', 'mise à jour', 'mise en ordre', 'mort', 'page en plus', 'participation', 'pauvreté', 'paye',
  'plainte', 'promesse', 'punition', 'rapidité', 'raison', 'réduction', 'règle du contrat', 'remise', 'signature', 'signature courte',
  'signature du contrat', 'situation difficile', 'somme à payer', 'somme à payer en plus', "somme d'argent", "somme d'argent pour réparer",
  'somme en plus', 'somme fixe', 'somme pas encore payée', 'somme payée chaque mois', 'somme reçue en trop', 'somme retirée', 'totalité',
  'usure', 'vente', 'vérification de votre identité', 'victime', 'vie en couple sans être mariés', 'personne', 'personne morte', 'preuve',
  'règle', 'condition',
];

const MASCULINE_PLURAL = ['8 jours', '15 jours', '3 mois', '6 mois'];
const FEMININE_PLURAL = ['étapes', 'règles', 'initiales', "heures d'accueil"];

const GENDERS = new Map<string, Gender>([
  ...MASCULINE.map((value) => [value, 'm'] as const),
  ...FEMININE.map((value) => [value, 'f'] as const),
  ...MASCULINE_PLURAL.map((value) => [value, 'mp'] as const),
  ...FEMININE_PLURAL.map((value) => [value, 'fp'] as const),
]);

/** The gender and number of a noun replacement, or undefined when it is not a noun of the list. */
export function genderOf(replacement: string): Gender | undefined {
  return GENDERS.get(replacement.toLowerCase().replace(/’/g, "'"));
}

/** The gender and number an article or a possessive shows: « le » → masculine singular, « cette » → feminine singular. */
export const DETERMINER_GENDER: Readonly<Record<string, Gender | 'singular' | 'plural'>> = {
  le: 'm', un: 'm', du: 'm', au: 'm', ce: 'm', cet: 'm', aucun: 'm', "d'un": 'm', "qu'un": 'm',
  la: 'f', une: 'f', cette: 'f', sa: 'f', ma: 'f', ta: 'f', aucune: 'f', "d'une": 'f', "qu'une": 'f',
  // « son », « mon », « ton » are also feminine before a vowel (« son attribution »).
  son: 'singular', mon: 'singular', ton: 'singular', votre: 'singular', notre: 'singular', leur: 'singular', chaque: 'singular',
  les: 'plural', des: 'plural', aux: 'plural', ces: 'plural', ses: 'plural', mes: 'plural', tes: 'plural', nos: 'plural', vos: 'plural', leurs: 'plural',
};

/**
 * The gender of a jargon noun from its ending, or undefined when the ending does not tell it: nouns in
 * -tion, -sion, -ité, -ure, -ance, -ence are feminine (« l'acquisition »), nouns in -ment, -age, -isme masculine.
 * After « l' » the article does not show the gender: only a replacement of the same gender keeps the
 * words that agree with it right (« l'acquisition est définitive » → « l'achat est définitive » is wrong).
 */
export function genderOfNoun(noun: string): 'm' | 'f' | undefined {
  if (/(?:tion|sion|ité|ure|ance|ence)s?$/u.test(noun)) return 'f';
  if (/(?:ment|age|isme)s?$/u.test(noun)) return 'm';
  return undefined;
}
