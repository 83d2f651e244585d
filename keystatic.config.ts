/**
 * The guide editor (`npm run editer`): Keystatic in local mode, on `content/guides/` and
 * `content/glossaire/`. Every MDX component a guide may use (src/components/contract.ts) has its form
 * here, with French labels and help. Only the editor's Astro configuration (astro.editeur.config.mjs)
 * loads this file: the published site never does.
 */
import { collection, config, fields } from '@keystatic/core';
import { block, mark, repeating, wrapper } from '@keystatic/core/content-components';
import { createElement } from 'react';
import { COMPONENTS } from './src/components/contract.ts';
import { NOTE_COMPONENT, commentsToNotes, notesToComments } from './src/editor/comments.ts';
import { pictoField, statusField } from './src/editor/fields.ts';
// For its effect: Keystatic's page does not reload after a save (src/editor/keep-form.ts).
import './src/editor/keep-form.ts';
import { reportField } from './src/editor/report-field.ts';
import { reviewField } from './src/editor/review-field.ts';

/** The French help of a prop, from the contract shared with the checker and the site. */
function help(component: keyof typeof COMPONENTS, prop: string): string {
  const props = COMPONENTS[component].props as Record<string, { description: string }>;
  return props[prop]?.description ?? '';
}

function optionalText(label: string, description: string, multiline = false) {
  return fields.text({ label, description, multiline });
}

function requiredText(label: string, description: string) {
  return fields.text({ label, description, validation: { isRequired: true, length: { min: 1 } } });
}

/** The components of a guide, as Keystatic forms. Their names and props are those of the contract. */
export const guideComponents = {
  Etapes: repeating({
    label: 'Étapes',
    description: COMPONENTS.Etapes.description,
    children: ['Etape'],
    validation: { children: { min: 1 } },
    schema: {},
  }),
  Etape: wrapper({
    label: 'Étape',
    description: COMPONENTS.Etape.description,
    forSpecificLocations: true,
    schema: {
      titre: requiredText('Titre de l’étape', help('Etape', 'titre')),
      picto: pictoField({ label: 'Pictogramme de l’étape', description: help('Etape', 'picto'), required: true }),
    },
  }),
  Papiers: wrapper({
    label: 'Papiers à préparer',
    description: COMPONENTS.Papiers.description,
    schema: { titre: optionalText('Titre de la liste', help('Papiers', 'titre')) },
  }),
  Lieu: wrapper({
    label: 'Lieu où aller',
    description: COMPONENTS.Lieu.description,
    schema: {
      nom: requiredText('Nom du lieu', help('Lieu', 'nom')),
      adresse: optionalText('Adresse', help('Lieu', 'adresse')),
      telephone: optionalText('Téléphone', help('Lieu', 'telephone')),
      horaires: optionalText('Horaires', help('Lieu', 'horaires')),
      lien: optionalText('Site internet', help('Lieu', 'lien')),
      picto: pictoField({ label: 'Pictogramme du lieu', description: help('Lieu', 'picto') }),
      local: optionalText('Type de service local', help('Lieu', 'local')),
    },
  }),
  Important: wrapper({
    label: 'Message important',
    description: COMPONENTS.Important.description,
    schema: { picto: pictoField({ label: 'Pictogramme', description: help('Important', 'picto') }) },
  }),
  Choix: repeating({
    label: 'Choix',
    description: COMPONENTS.Choix.description,
    children: ['Reponse'],
    validation: { children: { min: 1 } },
    schema: { question: requiredText('Question', help('Choix', 'question')) },
  }),
  Reponse: wrapper({
    label: 'Réponse',
    description: COMPONENTS.Reponse.description,
    forSpecificLocations: true,
    schema: { titre: requiredText('Réponse', help('Reponse', 'titre')) },
  }),
  Mot: mark({
    label: 'Mot du glossaire',
    icon: createElement('span', { 'aria-hidden': true, style: { fontWeight: 700 } }, 'G'),
    tag: 'mark',
    schema: { terme: optionalText('Mot du glossaire, s’il est écrit autrement', help('Mot', 'terme')) },
  }),
  [NOTE_COMPONENT]: block({
    label: 'Note pour les auteurs',
    description: 'Une note pour les personnes qui écrivent le guide. Elle n’est pas publiée.',
    schema: { texte: fields.text({ label: 'Note pour les auteurs (pas publiée)', multiline: false }) },
  }),
  Picto: block({
    label: 'Pictogramme',
    description: COMPONENTS.Picto.description,
    schema: {
      nom: pictoField({ label: 'Pictogramme', description: help('Picto', 'nom'), required: true }),
      taille: fields.select({
        label: 'Taille',
        description: help('Picto', 'taille'),
        options: [
          { label: 'Moyen', value: 'moyen' },
          { label: 'Petit', value: 'petit' },
          { label: 'Grand', value: 'grand' },
        ],
        defaultValue: 'moyen',
      }),
    },
  }),
};

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/** Keystatic's MDX field, reading and writing the MDX comments of a guide (src/editor/comments.ts). */
function withAuthorNotes<Field extends ReturnType<typeof fields.mdx>>(field: Field): Field {
  return {
    ...field,
    parse: (value, args) => field.parse(value, { ...args, content: encoder.encode(commentsToNotes(decoder.decode(args.content))) }),
    serialize(value, args) {
      const out = field.serialize(value, args);
      return { ...out, content: encoder.encode(notesToComments(decoder.decode(out.content))) };
    },
  };
}

export const guideBody = withAuthorNotes(fields.mdx({
  label: 'Texte du guide',
  description: 'Une phrase par ligne. Les étapes, les papiers, les lieux et les mots du glossaire se placent avec le bouton +.',
  extension: 'mdx',
  options: { image: false, codeBlock: false, code: false, table: false, strikethrough: false, divider: false },
  components: guideComponents,
}));

export const glossaryBody = fields.mdx({
  label: 'Explication du mot',
  description: 'Une ou deux phrases courtes qui expliquent le mot.',
  extension: 'mdx',
  options: { image: false, codeBlock: false, code: false, table: false, heading: false, strikethrough: false, divider: false },
});

export const guideSchema = {
  // First in the side column: the messages of the checker, then the header fields.
  rapport: reportField(),
  title: fields.slug({
    name: { label: 'Titre du guide', description: 'Ce que le guide aide à faire, en quelques mots. 80 signes au plus.', validation: { length: { min: 3, max: 80 } } },
    slug: { label: 'Nom du fichier', description: 'Le nom du fichier du guide et de sa page : des minuscules et des tirets, sans accent.' },
  }),
  description: fields.text({ label: 'Description', description: 'Une phrase : ce que le guide aide à faire.', validation: { length: { min: 10, max: 200 } } }),
  lang: fields.select({ label: 'Langue', description: 'Les guides sont écrits en français.', options: [{ label: 'Français', value: 'fr' }], defaultValue: 'fr' }),
  updated: fields.date({ label: 'Date de mise à jour', description: 'Le jour de la dernière modification du texte.', defaultValue: { kind: 'today' }, validation: { isRequired: true } }),
  status: statusField({
    label: 'Statut',
    description: 'Le statut avance seulement : brouillon, puis relu, puis validé. Pour « relu » et « validé », écrivez d’abord la relecture par les lecteurs, dans la partie « Relecture par les lecteurs » juste en dessous.',
  }),
  // The `relecture:` block that `falc relecture` writes, from a form (src/editor/review-field.ts).
  relecture: reviewField(),
  picto: pictoField({ label: 'Pictogramme du guide', description: 'Le dessin du guide, sur la page d’accueil.' }),
  audience: optionalText('Pour qui ?', 'Les personnes pour qui est le guide, en une phrase.'),
  cost: optionalText('Combien ça coûte ?', 'Une phrase courte, par exemple « C’est gratuit. »'),
  delay: optionalText('Combien de temps ?', 'Une phrase courte, par exemple « Vous avez une réponse en 2 mois. »'),
  where: optionalText('Où aller ?', 'Une phrase courte, par exemple « Allez au CCAS de votre commune. »'),
  order: fields.ignored(),
  verifie: fields.ignored(),
  sources: fields.array(
    fields.object({
      label: fields.text({ label: 'Nom de la source', description: 'Par exemple « Service-public.fr : fiche F17317 ».', validation: { length: { min: 1 } } }),
      url: fields.url({ label: 'Adresse de la source', description: 'L’adresse web complète, qui commence par https://.', validation: { isRequired: true } }),
    }),
    { label: 'Sources officielles', description: 'Au moins une source officielle.', itemLabel: (props) => props.fields.label.value || 'Nouvelle source', validation: { length: { min: 1 } } },
  ),
  contenu: guideBody,
};

export default config({
  storage: { kind: 'local' },
  // Keystatic's own words (Sauvegarder, Créer, Supprimer…) in French; the rest of its interface stays
  // in English (README « Éditeur de guides »).
  locale: 'fr-FR',
  ui: {
    brand: { name: 'Guides FALC' },
    navigation: { Contenu: ['guides', 'glossaire'] },
  },
  collections: {
    guides: collection({
      label: 'Guides',
      slugField: 'title',
      path: 'content/guides/*',
      format: { contentField: 'contenu' },
      entryLayout: 'content',
      columns: ['title'],
      schema: guideSchema,
    }),
    glossaire: collection({
      label: 'Glossaire',
      slugField: 'term',
      path: 'content/glossaire/*',
      format: { contentField: 'definition' },
      schema: {
        term: fields.slug({ name: { label: 'Mot expliqué', validation: { length: { min: 1 } } }, slug: { label: 'Nom du fichier', description: 'Des minuscules et des tirets, sans accent.' } }),
        forms: fields.array(fields.text({ label: 'Forme' }), { label: 'Autres formes du mot', description: 'Le pluriel, le verbe… Le vérificateur reconnaît aussi ces formes.', itemLabel: (props) => props.value }),
        picto: pictoField({ label: 'Pictogramme', description: 'Le dessin du mot, s’il en a un.' }),
        synonyms: fields.array(fields.text({ label: 'Mot' }), { label: 'Mots à ne pas utiliser', description: 'Les mots qui veulent dire la même chose : le vérificateur propose ce mot à leur place.', itemLabel: (props) => props.value }),
        definition: glossaryBody,
      },
    }),
  },
});
