// Catalogue des pictogrammes des guides FALC.
// Règle : un sens = un pictogramme, toujours le même, dans tous les guides.
// Les dessins viennent d'OpenMoji (licence CC BY-SA 4.0), voir README.md et LICENSE-openmoji.txt.
// Ils sont copiés par scripts/copy-openmoji.mjs.
// Ce module n'utilise aucune API Node : il marche aussi dans le navigateur.
import { SVG } from './svg-data.ts';

export interface Picto {
  /** Nom du pictogramme : kebab-case, en français, sans accent. */
  name: string;
  /** Texte court lu par le lecteur d'écran. */
  alt: string;
  /** Une phrase FALC : ce que le dessin veut toujours dire dans nos guides. */
  meaning: string;
  /** Nom du dessin OpenMoji utilisé (https://openmoji.org). */
  source: string;
}

const ENTRIES: readonly Picto[] = [
  { name: 'mairie', alt: 'Mairie', meaning: 'Ce dessin veut dire : la mairie de votre commune.', source: 'classical-building' },
  { name: 'ccas', alt: 'CCAS', meaning: "Ce dessin veut dire : le CCAS, le service de la mairie qui aide les personnes en difficulté.", source: 'people-holding-hands' },
  { name: 'courrier', alt: 'Courrier', meaning: 'Ce dessin veut dire : une lettre à envoyer par la poste.', source: 'envelope' },
  { name: 'courrier-recu', alt: 'Courrier reçu', meaning: 'Ce dessin veut dire : une lettre que vous recevez dans votre boîte aux lettres.', source: 'open-mailbox-with-raised-flag' },
  { name: 'formulaire', alt: 'Formulaire à remplir', meaning: 'Ce dessin veut dire : un formulaire, une feuille à remplir.', source: 'memo' },
  { name: 'rendez-vous', alt: 'Rendez-vous', meaning: 'Ce dessin veut dire : un rendez-vous, à un jour et à une heure.', source: 'spiral-calendar' },
  { name: 'telephone', alt: 'Téléphone', meaning: 'Ce dessin veut dire : appeler au téléphone.', source: 'mobile-phone' },
  { name: 'carte-identite', alt: "Carte d'identité", meaning: "Ce dessin veut dire : votre carte d'identité.", source: 'identification-card' },
  { name: 'argent', alt: 'Argent', meaning: "Ce dessin veut dire : de l'argent, une somme à payer ou à recevoir.", source: 'euro-banknote' },
  { name: 'date', alt: 'Date', meaning: 'Ce dessin veut dire : une date, un jour précis.', source: 'tear-off-calendar' },
  { name: 'attendre', alt: 'Attendre', meaning: 'Ce dessin veut dire : vous devez attendre.', source: 'hourglass-not-done' },
  { name: 'signer', alt: 'Signer', meaning: 'Ce dessin veut dire : vous devez signer le papier.', source: 'fountain-pen' },
  { name: 'papiers', alt: 'Papiers', meaning: 'Ce dessin veut dire : les papiers à préparer ou à donner.', source: 'page-facing-up' },
  { name: 'maison', alt: 'Maison', meaning: 'Ce dessin veut dire : chez vous, là où vous habitez.', source: 'house' },
  { name: 'sans-abri', alt: 'Sans logement', meaning: "Ce dessin veut dire : une personne qui n'a pas de logement.", source: 'tent' },
  { name: 'sante', alt: 'Santé', meaning: 'Ce dessin veut dire : votre santé.', source: 'stethoscope' },
  { name: 'famille', alt: 'Famille', meaning: 'Ce dessin veut dire : votre famille.', source: 'family-adult-adult-child' },
  { name: 'travail', alt: 'Travail', meaning: 'Ce dessin veut dire : le travail, votre emploi.', source: 'briefcase' },
  { name: 'question', alt: 'Question', meaning: 'Ce dessin veut dire : une question.', source: 'red-question-mark' },
  { name: 'attention', alt: 'Attention', meaning: 'Ce dessin veut dire : attention, cette information est importante.', source: 'warning' },
  { name: 'adresse', alt: 'Adresse', meaning: "Ce dessin veut dire : l'adresse où vous habitez.", source: 'house-with-garden' },
  { name: 'email', alt: 'Adresse e-mail', meaning: 'Ce dessin veut dire : un e-mail, un message envoyé par internet.', source: 'e-mail' },
  { name: 'ordinateur', alt: 'Ordinateur', meaning: 'Ce dessin veut dire : faire la démarche sur un ordinateur, sur internet.', source: 'desktop-computer' },
  { name: 'imprimer', alt: 'Imprimer', meaning: 'Ce dessin veut dire : imprimer un papier.', source: 'printer' },
  { name: 'photo', alt: 'Photo', meaning: "Ce dessin veut dire : une photo d'identité.", source: 'camera' },
  { name: 'enfant', alt: 'Enfant', meaning: 'Ce dessin veut dire : un enfant.', source: 'child' },
  { name: 'personne', alt: 'Personne', meaning: 'Ce dessin veut dire : une personne.', source: 'person' },
  { name: 'aide', alt: 'Aide', meaning: "Ce dessin veut dire : quelqu'un peut vous aider.", source: 'open-hands' },
  { name: 'oui', alt: 'Oui', meaning: 'Ce dessin veut dire : oui.', source: 'check-mark-button' },
  { name: 'non', alt: 'Non', meaning: 'Ce dessin veut dire : non.', source: 'cross-mark' },
  { name: 'refus', alt: 'Refus', meaning: 'Ce dessin veut dire : la demande est refusée.', source: 'prohibited' },
  { name: 'accord', alt: 'Accord', meaning: 'Ce dessin veut dire : la demande est acceptée.', source: 'thumbs-up' },
  { name: 'tribunal', alt: 'Tribunal', meaning: 'Ce dessin veut dire : le tribunal, le lieu où travaille le juge.', source: 'judge' },
  { name: 'loi', alt: 'Loi', meaning: 'Ce dessin veut dire : la loi, les règles écrites que tout le monde doit respecter.', source: 'scroll' },
  { name: 'banque', alt: 'Banque', meaning: 'Ce dessin veut dire : votre banque, votre compte en banque.', source: 'bank' },
  { name: 'vote', alt: 'Vote', meaning: 'Ce dessin veut dire : voter aux élections.', source: 'ballot-box-with-ballot' },
  { name: 'passeport', alt: 'Passeport', meaning: 'Ce dessin veut dire : votre passeport.', source: 'passport-control' },
  { name: 'hopital', alt: 'Hôpital', meaning: "Ce dessin veut dire : l'hôpital.", source: 'hospital' },
  { name: 'medicament', alt: 'Médicament', meaning: 'Ce dessin veut dire : un médicament.', source: 'pill' },
  { name: 'renouveler', alt: 'Renouveler', meaning: 'Ce dessin veut dire : refaire la demande, par exemple pour avoir un nouveau papier.', source: 'counterclockwise-arrows-button' },
  { name: 'delai', alt: 'Délai', meaning: 'Ce dessin veut dire : vous avez un temps limité pour faire la démarche.', source: 'timer-clock' },
  { name: 'entretien', alt: 'Entretien', meaning: 'Ce dessin veut dire : un entretien, une discussion avec une personne.', source: 'people-dialogue' },
  { name: 'rencontrer', alt: 'Rencontrer', meaning: 'Ce dessin veut dire : rencontrer une personne.', source: 'handshake' },
  { name: 'ecrire', alt: 'Écrire', meaning: 'Ce dessin veut dire : écrire.', source: 'writing-hand' },
  { name: 'lire', alt: 'Lire', meaning: 'Ce dessin veut dire : lire.', source: 'open-book' },
  { name: 'ecouter', alt: 'Écouter', meaning: 'Ce dessin veut dire : écouter.', source: 'ear' },
  { name: 'horloge', alt: 'Heure', meaning: 'Ce dessin veut dire : une heure précise.', source: 'alarm-clock' },
  { name: 'lieu', alt: 'Lieu', meaning: 'Ce dessin veut dire : le lieu où vous devez aller.', source: 'round-pushpin' },
  { name: 'transport', alt: 'Transport', meaning: 'Ce dessin veut dire : prendre le bus ou un autre transport.', source: 'bus' },
  { name: 'prefecture', alt: 'Préfecture', meaning: "Ce dessin veut dire : la préfecture, le bureau de l'État dans votre département.", source: 'flagged-building' },
  { name: 'droits', alt: 'Droits', meaning: 'Ce dessin veut dire : vos droits, ce que vous pouvez demander.', source: 'balance-scale' },
  { name: 'handicap', alt: 'Handicap', meaning: 'Ce dessin veut dire : le handicap.', source: 'wheelchair-symbol' },
  { name: 'logement', alt: 'Logement', meaning: 'Ce dessin veut dire : un logement, un appartement.', source: 'office-building' },
  { name: 'nourriture', alt: 'Nourriture', meaning: 'Ce dessin veut dire : la nourriture, les repas.', source: 'fork-and-knife-with-plate' },
];

/** Tous les pictogrammes, triés par nom. */
export const PICTOS: readonly Picto[] = Object.freeze(
  [...ENTRIES]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((p) => Object.freeze({ ...p })),
);

const BY_NAME: ReadonlyMap<string, Picto> = new Map(PICTOS.map((p) => [p.name, p]));

/** Les noms de tous les pictogrammes. */
export const PICTO_NAMES: ReadonlySet<string> = new Set(BY_NAME.keys());

/** Trouve un pictogramme par son nom. */
export function findPicto(name: string): Picto | undefined {
  return BY_NAME.get(name);
}

/**
 * Le code SVG du pictogramme. Le SVG est décoratif (aria-hidden="true") :
 * afficher le texte `alt` à côté, ou le mettre dans un aria-label.
 * Lève une erreur si le nom est inconnu.
 */
export function pictoSvg(name: string): string {
  const svg = BY_NAME.has(name) ? SVG[name] : undefined;
  if (svg === undefined) throw new Error(`Pictogramme inconnu : « ${name} »`);
  return svg;
}
