// Catalogue des pictogrammes des guides FALC.
// Règle : un sens = un pictogramme, toujours le même, dans tous les guides.
// Les dessins viennent de Lucide (licence ISC), voir README.md et LICENSE-lucide.txt.
// Ce module n'utilise aucune API Node : il marche aussi dans le navigateur.
import { SVG } from './svg-data.ts';

export interface Picto {
  /** Nom du pictogramme : kebab-case, en français, sans accent. */
  name: string;
  /** Texte court lu par le lecteur d'écran. */
  alt: string;
  /** Une phrase FALC : ce que le dessin veut toujours dire dans nos guides. */
  meaning: string;
  /** Nom de l'icône Lucide utilisée. */
  source: string;
}

const ENTRIES: readonly Picto[] = [
  { name: 'mairie', alt: 'Mairie', meaning: 'Ce dessin veut dire : la mairie de votre commune.', source: 'landmark' },
  { name: 'ccas', alt: 'CCAS', meaning: "Ce dessin veut dire : le CCAS, le service de la mairie qui aide les personnes en difficulté.", source: 'hand-heart' },
  { name: 'courrier', alt: 'Courrier', meaning: 'Ce dessin veut dire : une lettre à envoyer par la poste.', source: 'mail' },
  { name: 'courrier-recu', alt: 'Courrier reçu', meaning: 'Ce dessin veut dire : une lettre que vous recevez dans votre boîte aux lettres.', source: 'mailbox' },
  { name: 'formulaire', alt: 'Formulaire à remplir', meaning: 'Ce dessin veut dire : un formulaire, une feuille à remplir.', source: 'clipboard-pen-line' },
  { name: 'rendez-vous', alt: 'Rendez-vous', meaning: 'Ce dessin veut dire : un rendez-vous, à un jour et à une heure.', source: 'calendar-clock' },
  { name: 'telephone', alt: 'Téléphone', meaning: 'Ce dessin veut dire : appeler au téléphone.', source: 'phone' },
  { name: 'carte-identite', alt: "Carte d'identité", meaning: "Ce dessin veut dire : votre carte d'identité.", source: 'id-card' },
  { name: 'argent', alt: 'Argent', meaning: "Ce dessin veut dire : de l'argent, une somme à payer ou à recevoir.", source: 'banknote' },
  { name: 'date', alt: 'Date', meaning: 'Ce dessin veut dire : une date, un jour précis.', source: 'calendar-days' },
  { name: 'attendre', alt: 'Attendre', meaning: 'Ce dessin veut dire : vous devez attendre.', source: 'hourglass' },
  { name: 'signer', alt: 'Signer', meaning: 'Ce dessin veut dire : vous devez signer le papier.', source: 'signature' },
  { name: 'papiers', alt: 'Papiers', meaning: 'Ce dessin veut dire : les papiers à préparer ou à donner.', source: 'files' },
  { name: 'maison', alt: 'Maison', meaning: 'Ce dessin veut dire : chez vous, là où vous habitez.', source: 'house' },
  { name: 'sans-abri', alt: 'Sans logement', meaning: "Ce dessin veut dire : une personne qui n'a pas de logement.", source: 'tent' },
  { name: 'sante', alt: 'Santé', meaning: 'Ce dessin veut dire : votre santé.', source: 'heart-pulse' },
  { name: 'famille', alt: 'Famille', meaning: 'Ce dessin veut dire : votre famille.', source: 'users' },
  { name: 'travail', alt: 'Travail', meaning: 'Ce dessin veut dire : le travail, votre emploi.', source: 'briefcase' },
  { name: 'question', alt: 'Question', meaning: 'Ce dessin veut dire : une question.', source: 'circle-question-mark' },
  { name: 'attention', alt: 'Attention', meaning: 'Ce dessin veut dire : attention, cette information est importante.', source: 'triangle-alert' },
  { name: 'adresse', alt: 'Adresse', meaning: "Ce dessin veut dire : l'adresse où vous habitez.", source: 'map-pin-house' },
  { name: 'email', alt: 'Adresse e-mail', meaning: 'Ce dessin veut dire : un e-mail, un message envoyé par internet.', source: 'at-sign' },
  { name: 'ordinateur', alt: 'Ordinateur', meaning: 'Ce dessin veut dire : faire la démarche sur un ordinateur, sur internet.', source: 'monitor' },
  { name: 'imprimer', alt: 'Imprimer', meaning: 'Ce dessin veut dire : imprimer un papier.', source: 'printer' },
  { name: 'photo', alt: 'Photo', meaning: "Ce dessin veut dire : une photo d'identité.", source: 'camera' },
  { name: 'enfant', alt: 'Enfant', meaning: 'Ce dessin veut dire : un enfant.', source: 'baby' },
  { name: 'personne', alt: 'Personne', meaning: 'Ce dessin veut dire : une personne.', source: 'user' },
  { name: 'aide', alt: 'Aide', meaning: "Ce dessin veut dire : quelqu'un peut vous aider.", source: 'hand-helping' },
  { name: 'oui', alt: 'Oui', meaning: 'Ce dessin veut dire : oui.', source: 'circle-check' },
  { name: 'non', alt: 'Non', meaning: 'Ce dessin veut dire : non.', source: 'circle-x' },
  { name: 'refus', alt: 'Refus', meaning: 'Ce dessin veut dire : la demande est refusée.', source: 'ban' },
  { name: 'accord', alt: 'Accord', meaning: 'Ce dessin veut dire : la demande est acceptée.', source: 'thumbs-up' },
  { name: 'tribunal', alt: 'Tribunal', meaning: 'Ce dessin veut dire : le tribunal, le lieu où travaille le juge.', source: 'gavel' },
  { name: 'loi', alt: 'Loi', meaning: 'Ce dessin veut dire : la loi, les règles écrites que tout le monde doit respecter.', source: 'book-text' },
  { name: 'banque', alt: 'Banque', meaning: 'Ce dessin veut dire : votre banque, votre compte en banque.', source: 'credit-card' },
  { name: 'vote', alt: 'Vote', meaning: 'Ce dessin veut dire : voter aux élections.', source: 'vote' },
  { name: 'passeport', alt: 'Passeport', meaning: 'Ce dessin veut dire : votre passeport.', source: 'book-user' },
  { name: 'hopital', alt: 'Hôpital', meaning: "Ce dessin veut dire : l'hôpital.", source: 'hospital' },
  { name: 'medicament', alt: 'Médicament', meaning: 'Ce dessin veut dire : un médicament.', source: 'pill' },
  { name: 'renouveler', alt: 'Renouveler', meaning: 'Ce dessin veut dire : refaire la demande, par exemple pour avoir un nouveau papier.', source: 'refresh-cw' },
  { name: 'delai', alt: 'Délai', meaning: 'Ce dessin veut dire : vous avez un temps limité pour faire la démarche.', source: 'timer' },
  { name: 'entretien', alt: 'Entretien', meaning: 'Ce dessin veut dire : un entretien, une discussion avec une personne.', source: 'messages-square' },
  { name: 'rencontrer', alt: 'Rencontrer', meaning: 'Ce dessin veut dire : rencontrer une personne.', source: 'handshake' },
  { name: 'ecrire', alt: 'Écrire', meaning: 'Ce dessin veut dire : écrire.', source: 'pencil-line' },
  { name: 'lire', alt: 'Lire', meaning: 'Ce dessin veut dire : lire.', source: 'book-open' },
  { name: 'ecouter', alt: 'Écouter', meaning: 'Ce dessin veut dire : écouter.', source: 'ear' },
  { name: 'horloge', alt: 'Heure', meaning: 'Ce dessin veut dire : une heure précise.', source: 'clock' },
  { name: 'lieu', alt: 'Lieu', meaning: 'Ce dessin veut dire : le lieu où vous devez aller.', source: 'map-pin' },
  { name: 'transport', alt: 'Transport', meaning: 'Ce dessin veut dire : prendre le bus ou un autre transport.', source: 'bus' },
  { name: 'prefecture', alt: 'Préfecture', meaning: "Ce dessin veut dire : la préfecture, le bureau de l'État dans votre département.", source: 'flag' },
  { name: 'droits', alt: 'Droits', meaning: 'Ce dessin veut dire : vos droits, ce que vous pouvez demander.', source: 'scale' },
  { name: 'handicap', alt: 'Handicap', meaning: 'Ce dessin veut dire : le handicap.', source: 'accessibility' },
  { name: 'logement', alt: 'Logement', meaning: 'Ce dessin veut dire : un logement, un appartement.', source: 'building' },
  { name: 'nourriture', alt: 'Nourriture', meaning: 'Ce dessin veut dire : la nourriture, les repas.', source: 'utensils' },
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
