/**
 * Second evaluation (independent reviewer): per sentence-level rule, 6 sentences that must fire and
 * 6 traps that must stay silent. Styles: spoken French, letters from an administration, texts by
 * self-advocates, health leaflets, numbers in every form, quotes, headings, list items, bold, links.
 * None of these sentences comes from the rules' tests or from tests/evaluation/.
 */
import type { DocumentKind } from '../../src/engine/types.ts';

export interface RuleCases {
  fire: string[];
  silent: string[];
  kind?: DocumentKind;
  needs?: 'language';
}

export const CASES2: Record<string, RuleCases> = {
  'phrase-longue': {
    fire: [
      'Nous vous informons que votre demande de renouvellement de votre carte a bien été reçue par nos services le mois dernier.',
      'Alors moi je lui ai dit au monsieur de la mairie que je voulais juste savoir quand est-ce que je pouvais venir chercher mes papiers.',
      'Je m’appelle Paul et je travaille à l’ESAT de Rennes depuis 10 ans avec mes collègues de l’atelier de jardinage et de cuisine.',
      '- Vous devez apporter votre carte Vitale, votre ordonnance et la lettre de votre médecin traitant quand vous venez le matin à l’hôpital.',
      'Prenez 1 comprimé le matin, 1 comprimé le midi et 1 comprimé le soir pendant 5 jours, avec un grand verre d’eau et un peu de nourriture.',
      'Le guichet est ouvert du lundi au vendredi de 9 h à 12 h et de 14 h à 17 h sauf pendant les jours fériés et les vacances d’été.',
    ],
    silent: [
      'Je m’appelle Paul.',
      'Je travaille à l’ESAT.',
      'Appelez le 0 800 123 456.',
      'Le bureau est au 12 rue de la Paix, 75011 Paris.',
      '## Vos papiers à apporter',
      'Prenez ½ comprimé le soir.',
    ],
  },
  'une-idee': {
    fire: [
      'Le médecin qui vous soigne vous donne un papier que vous apportez à la pharmacie.',
      'Vous venez au rendez-vous parce que la personne qui vous aide n’est pas là.',
      'La dame, le monsieur, votre voisin, votre famille peuvent vous aider.',
      'Nous vous informons que le dossier que vous avez envoyé est complet.',
      'Apportez la lettre que vous avez reçue quand vous venez au guichet.',
      'Je vais au travail en bus, le matin, avec mon ami, sans mon éducateur.',
    ],
    silent: [
      'Je prends le bus tous les matins.',
      'Le médecin vous donne un papier.',
      'Vous avez 2 enfants ?',
      'Votre caisse vous répond dans les 2 mois.',
      'Le rendez-vous est à 14 h 30.',
      'Dites ce que vous voulez.',
    ],
  },
  'voix-passive': {
    fire: [
      'Votre dossier a été examiné par la commission.',
      'Le montant de votre aide est calculé par la caisse.',
      'Vous serez convoqué par courrier.',
      'La demande est instruite par le service social.',
      'Les papiers sont vérifiés par l’agent du guichet.',
      'Votre allocation a été suspendue par la caisse le mois dernier.',
    ],
    silent: [
      'Je suis content de mon travail.',
      'Vous êtes malade ?',
      'La mairie est fermée le dimanche.',
      'Vous êtes né en France ?',
      'Je suis allé à la mairie avec ma sœur.',
      'Le bureau est ouvert de 9 h à 12 h.',
    ],
  },
  negation: {
    fire: [
      'Ne mangez pas avant la prise de sang.',
      'Je ne sais pas lire les lettres de la caisse.',
      'Vous ne pouvez plus avoir cette aide.',
      'N’oubliez jamais votre carte Vitale.',
      'Ce médicament ne soigne pas la grippe.',
      'Vous venez sans rendez-vous.',
    ],
    silent: [
      'Apportez votre carte Vitale.',
      'Je sais lire les lettres de la caisse.',
      'Mangez après la prise de sang.',
      'Pascal travaille à la cuisine.',
      'Le rendez-vous est gratuit.',
      'Ce n’est **pas** grave.',
    ],
  },
  'temps-complexe': {
    fire: [
      'Nous vous serions reconnaissants de nous envoyer ce papier.',
      'Il faudrait que vous veniez avec votre carte.',
      'Vous devriez appeler votre médecin.',
      'Il faut que vous soyez à l’heure.',
      'Quand vous aurez fini le formulaire, signez-le.',
      'Je voudrais travailler dans un restaurant.',
      // Found by probing, after the first table: the passé simple of a -crire verb.
      'Le médecin prescrivit un traitement.',
    ],
    silent: [
      'Je veux travailler dans un restaurant.',
      'Vous pouvez appeler votre médecin.',
      'Le pharmacien vous donne le médicament.',
      'Je vis à Paris depuis 2 ans.',
      'Vous finissez le formulaire, puis vous le signez.',
      'Nous vous envoyons une lettre.',
    ],
  },
  'si-alors': {
    fire: [
      'Si vous avez de la fièvre, appelez le médecin.',
      'Si vous déménagez, prévenez la caisse.',
      'Si tu veux, je t’accompagne à la mairie.',
      'S’il pleut, le marché est dans la salle.',
      'Si votre enfant a moins de 6 ans, il voyage gratuitement.',
      'Si vous n’êtes pas d’accord, écrivez au juge.',
    ],
    silent: [
      'Vous avez de la fièvre ?',
      'Appelez le médecin.',
      'Je me demande si le bus passe.',
      'Oui, bien sûr.',
      'Ce papier est si important.',
      'Vous déménagez ?',
    ],
  },
  vous: {
    fire: [
      'Le demandeur remplit le formulaire.',
      'L’usager présente sa carte au guichet.',
      // The general « on » is not the reader named in the third person (issue 11): see silent.
      'L’intéressé apporte une photo.',
      'Le bénéficiaire reçoit son aide tous les mois.',
      'L’allocataire signale son changement d’adresse.',
      'Le patient prend son traitement le matin.',
    ],
    silent: [
      'Vous remplissez le formulaire.',
      'Je présente ma carte au guichet.',
      'Apportez une photo.',
      'Le médecin vous écoute.',
      'Le bus passe à 8 h.',
      'Ma sœur habite à Lille.',
      'On doit apporter une photo.',
    ],
  },
  ponctuation: {
    fire: [
      'Apportez vos papiers ; votre carte et votre photo.',
      'Le bureau (au 2e étage) est à gauche.',
      'Je travaille à la cuisine… et au jardin.',
      'Le bus passe — sauf le dimanche — toutes les heures.',
      'Apportez vos papiers [carte, photo].',
      'Vous avez 18 ans ; vous pouvez voter.',
    ],
    silent: [
      'Le bureau est au 2e étage.',
      'Ouvert de 9 h – 12 h.',
      'Votre rendez-vous : lundi 3 mars.',
      'Vous avez 18 ans ?',
      'Il m’a dit : « Reviens demain. »',
      'Le rendez-vous est un peu long, mais il est utile.',
    ],
  },
  'nombre-en-lettres': {
    fire: [
      'Prenez deux comprimés par jour.',
      'Je travaille trois jours par semaine.',
      'Vous avez quinze jours pour répondre.',
      'Le trajet dure vingt minutes.',
      'Venez avec vos deux derniers bulletins de salaire.',
      'Il a dix-huit ans.',
    ],
    silent: [
      'Prenez 2 comprimés par jour.',
      'Apportez une photo.',
      'Il a un frère et une sœur.',
      'Je travaille 3 jours par semaine.',
      'Vous avez 15 jours pour répondre.',
      'Un jour, je veux habiter seul.',
    ],
  },
  pourcentage: {
    fire: [
      'La caisse rembourse 70 % du prix.',
      'Le loyer augmente de 3,5 %.',
      'Vous payez 30 pour cent du prix.',
      'Votre taux d’incapacité est de 80%.',
      'La moitié des gens, soit 50 %, prend le bus.',
      'La mutuelle paie 100 % de vos lunettes.',
    ],
    silent: [
      'La caisse rembourse presque tout.',
      'Vous payez une petite partie du prix.',
      'La moitié des gens prend le bus.',
      'Prenez ½ comprimé.',
      'Vous payez 30 euros.',
      'Le loyer augmente un peu.',
    ],
  },
  'grand-nombre': {
    fire: [
      'Plus de 10 000 personnes ont voté dans la ville.',
      'La ville compte 250000 habitants.',
      'Il y a 2 500 places dans le stade.',
      'Nous avons reçu 1 200 demandes cette année.',
      'Le village a 1 500 habitants.',
      'Le stade accueille 45 000 personnes.',
    ],
    silent: [
      'Appelez le 0 800 123 456.',
      'Le bureau est au 75011 Paris.',
      'Je suis né en 1998.',
      'Vous recevez 1 200 euros par mois.',
      'Appelez le 01.23.45.67.89.',
      'Le formulaire Cerfa 16029\\*01 est à la mairie.',
    ],
  },
  date: {
    fire: [
      'Votre rendez-vous est le 03/04/2026.',
      'Répondez avant le 15/12/2026.',
      'Je suis né le 12.05.1990.',
      'Le courrier du 2026-01-15 est important.',
      'Venez le 3/4 à 10 h.',
      'La réunion a lieu le 05-06-2026.',
    ],
    silent: [
      'Votre rendez-vous est le jeudi 3 avril 2026.',
      'Prenez ½ comprimé le soir.',
      'Appelez le 01.23.45.67.89.',
      'Venez du lundi au vendredi.',
      'Vous avez 3/4 du dossier.',
      'La réunion a lieu le 1er juin.',
    ],
  },
  heure: {
    fire: [
      'Le bureau est ouvert de 14h à 17h.',
      'Venez à 09:30.',
      'Votre rendez-vous est à 10h30.',
      'Ouvert de 14h-17h.',
      'Le bus passe à 8H15.',
      'La pharmacie ferme à 19h00.',
      // Found by probing, after the first table: a time with a dot.
      'Le car arrive vers 17.45 le soir.',
    ],
    silent: [
      'Le bureau est ouvert de 14 h à 17 h.',
      'Venez à 9 h 30.',
      'Le bus passe à 8 heures 15.',
      'Le rendez-vous dure 1 heure.',
      'Appelez le 0 800 123 456.',
      'La pharmacie ferme à 19 h.',
    ],
  },
  'chiffre-romain': {
    fire: [
      'Le bureau est dans le XIe arrondissement.',
      'La loi date du XXe siècle.',
      'Lisez le chapitre IV du livret.',
      'Le roi Louis XIV habitait à Versailles.',
      'Le bureau est au IIe étage.',
      'Lisez la partie III de la lettre.',
    ],
    silent: [
      'Je m’appelle Paul.',
      'Le bureau est dans le 11e arrondissement.',
      'Le bureau est au 2e étage.',
      'La vitamine C aide le corps.',
      'Lisez la partie 3 de la lettre.',
      'Mon ami Yves habite à Lyon.',
    ],
  },
  'caractere-special': {
    fire: [
      'Apportez votre carte & votre photo.',
      'Le loyer + les charges font 500 euros.',
      'Suivez la mairie sur #MaVille.',
      'Lisez l’article § 3 de la loi.',
      'Prenez le bus et/ou le métro.',
      'Les cases marquées d’une * sont obligatoires.',
    ],
    silent: [
      'Apportez votre carte et votre photo.',
      'Prenez ½ comprimé le soir.',
      'Le formulaire Cerfa 16029\\*01 est à la mairie.',
      'Allez sur [le site de la mairie](https://www.mairie.fr/demarches).',
      'Vous avez 3/4 du dossier.',
      'Le prix est de 3,5 euros.',
    ],
  },
  majuscules: {
    fire: [
      'N’OUBLIEZ PAS votre carte.',
      'C’est TRÈS important.',
      'Venez AVANT midi.',
      'Je travaille à la CUISINE.',
      'ATTENTION : le bureau ferme à midi.',
      'Le rendez-vous est GRATUIT.',
    ],
    silent: [
      'N’oubliez **pas** votre carte.',
      'La CAF, la caisse d’allocations familiales, vous aide.',
      'Je travaille à l’ESAT.',
      'Le bureau est à Paris.',
      'Votre carte Vitale est verte.',
      'Le médecin vous donne un papier.',
    ],
  },
  abreviation: {
    fire: [
      'Mme Durand vous reçoit au bureau.',
      'Apportez vos papiers, ex. la carte.',
      'Vous écrivez au n° 12 de la rue.',
      'Apportez la carte, la photo, etc.',
      'M. Martin est votre éducateur.',
      'Cf. la lettre de la caisse.',
      // Found by probing, after the first table: an abbreviation before « ) », a saint's name.
      'Remplissez toutes les cases (nom, adresse, etc.).',
      'J’habite à St-Denis.',
    ],
    silent: [
      'Madame Durand vous reçoit au bureau.',
      'Monsieur Martin est votre éducateur.',
      'Vous écrivez au 12 de la rue.',
      'Le bureau est au 1er étage.',
      'Je vais au marché le matin.',
      'Prenez 1 comprimé à 8 h.',
    ],
  },
  sigle: {
    fire: [
      'Allez à la CPAM avec votre carte.',
      'La MDPH vous répond par lettre.',
      'Demandez l’AAH au guichet.',
      'Le SIAO vous trouve un logement.',
      'Votre dossier est à l’ANTS.',
      'Demandez la PCH à votre assistante sociale.',
    ],
    silent: [
      'La caisse primaire d’assurance maladie, la CPAM, vous aide.',
      'Appelez le 115.',
      'Le bureau est à Paris.',
      'Le médecin vous donne un papier.',
      'Je vais au travail le matin.',
      'Votre carte Vitale est verte.',
      // Found by probing, after the first table: capitals to shout are not acronyms.
      'Le rendez-vous est GRATUIT.',
    ],
  },
  italique: {
    fire: [
      'Apportez *votre carte*.',
      'Le rendez-vous est _gratuit_.',
      'Je travaille à la *cuisine*.',
      'Lisez la lettre *avant* le rendez-vous.',
      'Votre médecin s’appelle le *médecin traitant*.',
      'C’est _très_ important.',
    ],
    silent: [
      'Apportez **votre carte**.',
      'Le rendez-vous est gratuit.',
      'Le formulaire Cerfa 16029\\*01 est à la mairie.',
      'Je travaille à la cuisine.',
      'Prenez 1 comprimé.',
      'Votre médecin vous soigne.',
    ],
  },
  liste: {
    fire: [
      'Apportez votre carte, votre photo et votre avis d’impôt.',
      'Je travaille à la cuisine, au jardin, au ménage et à la laverie.',
      'Vous pouvez venir le lundi, le mardi ou le jeudi.',
      'Le centre aide les enfants, les parents et les grands-parents.',
      'Prenez votre ordonnance, votre carte Vitale et votre carte de mutuelle.',
      'Vous pouvez écrire, appeler ou venir au bureau.',
    ],
    silent: [
      'Apportez votre carte et votre photo.',
      'Je travaille à la cuisine.',
      'Venez le lundi ou le mardi.',
      'Le bureau est au 12 rue de la Paix, 75011 Paris.',
      'Oui, c’est possible.',
      'Le rendez-vous est lundi, à 9 h.',
    ],
  },
  'mot-difficile': {
    needs: 'language',
    fire: [
      'Nous vous prions de bien vouloir transmettre les pièces justificatives.',
      'Vous devez effectuer votre demande en ligne.',
      'Veuillez vous munir de votre carte.',
      'Votre dossier est irrecevable.',
      'Le traitement est contre-indiqué pendant la grossesse.',
      'Nous procédons au versement de votre aide.',
    ],
    silent: [
      'Apportez votre carte.',
      'Je travaille à la cuisine.',
      'Le médecin vous soigne.',
      'Vous faites votre demande sur internet.',
      'La caisse vous paie votre aide.',
      'Je prends le bus le matin.',
      // Found by probing, after the first table: the words of a web address.
      'Allez sur www.ameli.fr avec votre code.',
    ],
  },
};
