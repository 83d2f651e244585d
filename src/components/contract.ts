/**
 * The contract of the MDX components that guides may use: their names, their props, which props are
 * required and which props take a pictogram name. Pure data and types (no Astro, no Node API): the
 * site's components and the `composant` rule share it.
 */

export interface PropContract {
  /** The prop must be given, with a value that is not empty. */
  required?: boolean;
  /** The value is the name of a pictogram of the catalogue (src/pictos/catalogue.ts). */
  picto?: boolean;
  /** The only values allowed, when the prop is a choice. */
  values?: readonly string[];
  /** Id of another rule that already reports this prop when it is missing (no double message). */
  missingReportedBy?: string;
  /** What the prop is for, in French, for authors. */
  description: string;
}

export interface ComponentContract {
  /** What the component is for, in French, for authors. */
  description: string;
  props: Readonly<Record<string, PropContract>>;
  /** The component is only used inside this one. */
  parent?: string;
}

export const COMPONENTS = {
  Etapes: {
    description: 'La liste des étapes, dans l’ordre.',
    props: {},
  },
  Etape: {
    description: 'Une étape, avec son titre et son pictogramme.',
    parent: 'Etapes',
    props: {
      titre: { required: true, description: 'Le titre de l’étape.' },
      picto: { required: true, picto: true, missingReportedBy: 'etape-sans-picto', description: 'Le nom du pictogramme de l’étape.' },
    },
  },
  Picto: {
    description: 'Un pictogramme du catalogue.',
    props: {
      nom: { required: true, picto: true, missingReportedBy: 'image-sans-alternative', description: 'Le nom du pictogramme.' },
      taille: { values: ['petit', 'moyen', 'grand'], description: 'La taille du pictogramme : petit, moyen ou grand.' },
    },
  },
  Papiers: {
    description: 'La liste des papiers à préparer.',
    props: {
      titre: { description: 'Le titre de la liste.' },
    },
  },
  Lieu: {
    description: 'Un lieu où aller, avec son adresse et ses horaires.',
    props: {
      nom: { required: true, description: 'Le nom du lieu.' },
      adresse: { description: 'L’adresse du lieu.' },
      telephone: { description: 'Le numéro de téléphone.' },
      horaires: { description: 'Les jours et les heures d’ouverture.' },
      lien: { description: 'L’adresse du site internet.' },
      picto: { picto: true, description: 'Le nom du pictogramme du lieu.' },
      local: {
        description: 'Le type de service de ce lieu, par exemple ccas. Dans l’édition locale d’un guide, le lieu local de ce type remplace ce lieu.',
      },
    },
  },
  Important: {
    description: 'Une information importante, mise en valeur.',
    props: {
      picto: { picto: true, description: 'Le nom du pictogramme.' },
    },
  },
  Choix: {
    description: 'Une question, puis une réponse pour chaque cas.',
    props: {
      question: { required: true, description: 'La question posée au lecteur.' },
    },
  },
  Reponse: {
    description: 'Une réponse possible à la question d’un choix.',
    parent: 'Choix',
    props: {
      titre: { required: true, description: 'La réponse, par exemple « Oui » ou « Non ».' },
    },
  },
  Mot: {
    description: 'Un mot expliqué dans le glossaire.',
    props: {
      terme: { description: 'Le mot du glossaire, quand le mot écrit est différent.' },
    },
  },
} as const satisfies Readonly<Record<string, ComponentContract>>;

export type ComponentName = keyof typeof COMPONENTS;

/** Names of the components that guides may use. */
export const COMPONENT_NAMES: ReadonlySet<string> = new Set(Object.keys(COMPONENTS));

/** The contract of a component, or undefined for an unknown name. */
export function componentContract(name: string): ComponentContract | undefined {
  return Object.hasOwn(COMPONENTS, name) ? (COMPONENTS as Record<string, ComponentContract>)[name] : undefined;
}
