/**
 * Form fields of the guide editor (`npm run editer`, Keystatic) that Keystatic does not have: a
 * pictogram chosen from the project's catalogue with its drawing, and a status that only moves forward.
 * Plain React without JSX (createElement), so that the site's TypeScript setup needs no JSX option.
 * Only the editor imports this module: the published site never does (tests/editor/production.test.ts).
 */
import type { BasicFormField, FormFieldInputProps } from '@keystatic/core';
import { createElement as h, useId } from 'react';
import { PICTOS, PICTO_NAMES, findPicto, pictoSvg } from '../pictos/catalogue.ts';

const labelStyle = { display: 'block', fontWeight: 600, marginBottom: 4 } as const;
const helpStyle = { display: 'block', color: '#4b4b4b', fontSize: '0.9em', marginBottom: 6 } as const;
const selectStyle = { fontSize: '1em', padding: '6px 8px', minWidth: '18em' } as const;

/** A field's label and, when there is one, its help text: the start of every field of this module. */
function labelAndHelp(id: string, label: string, description: string | undefined) {
  return [h('label', { htmlFor: id, style: labelStyle }, label), description ? h('span', { style: helpStyle }, description) : null];
}

function svgUrl(name: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(pictoSvg(name))}`;
}

interface PictoFieldOptions {
  label: string;
  description?: string;
  /** The author must choose a pictogram. */
  required?: boolean;
}

/**
 * A pictogram of the catalogue (src/pictos/catalogue.ts): a list with the short name of each drawing,
 * and the chosen drawing beside it. Empty (« Pas de pictogramme ») writes nothing in the file.
 */
export function pictoField({ label, description, required = false }: PictoFieldOptions): BasicFormField<string> {
  return {
    kind: 'form',
    label,
    defaultValue: () => '',
    parse: (value) => (typeof value === 'string' ? value : ''),
    serialize: (value) => ({ value: value === '' ? undefined : value }),
    validate(value) {
      if (value === '' && required) throw new Error(`Choisissez un pictogramme (${label}).`);
      if (value !== '' && !PICTO_NAMES.has(value)) throw new Error(`Le pictogramme « ${value} » n’est pas dans le catalogue. Choisissez-en un dans la liste.`);
      return value;
    },
    reader: { parse: (value) => (typeof value === 'string' ? value : '') },
    Input: (props) => h(PictoInput, { ...props, label, description, required }),
  };
}

function PictoInput(props: FormFieldInputProps<string> & PictoFieldOptions) {
  const id = useId();
  const { value, onChange, label, description, required, forceValidation } = props;
  const known = value === '' || PICTO_NAMES.has(value);
  const picto = value === '' ? undefined : findPicto(value);
  const missing = required && value === '' && forceValidation;
  return h(
    'div',
    { 'data-champ': 'picto' },
    ...labelAndHelp(id, label, description),
    h(
      'div',
      { style: { display: 'flex', alignItems: 'center', gap: 12 } },
      h(
        'select',
        { id, value, style: selectStyle, onChange: (event: { target: { value: string } }) => onChange(event.target.value), 'aria-invalid': missing || !known ? true : undefined },
        h('option', { value: '' }, required ? '— Choisissez un pictogramme —' : 'Pas de pictogramme'),
        known ? null : h('option', { value }, `${value} (inconnu)`),
        ...PICTOS.map((p) => h('option', { key: p.name, value: p.name }, `${p.alt} (${p.name})`)),
      ),
      picto ? h('img', { src: svgUrl(picto.name), alt: picto.alt, width: 48, height: 48 }) : null,
    ),
    picto ? h('span', { style: helpStyle }, picto.meaning) : null,
    missing ? h('span', { role: 'alert', style: { color: '#a00000' } }, 'Choisissez un pictogramme.') : null,
    known ? null : h('span', { role: 'alert', style: { color: '#a00000' } }, `Le pictogramme « ${value} » n’est pas dans le catalogue.`),
  );
}

/** The statuses of a guide, in the order of the review. */
export const STATUSES = [
  { value: 'brouillon', label: 'Brouillon : le guide est en cours d’écriture' },
  { value: 'relu', label: 'Relu : des lecteurs ont relu le guide' },
  { value: 'valide', label: 'Validé : le guide est prêt à publier' },
] as const;

export type Status = (typeof STATUSES)[number]['value'];

/** The value of the status field: the status read from the file, and the one chosen in the form. */
export interface StatusValue {
  readonly from: string;
  readonly value: string;
}

function statusRank(status: string): number {
  return STATUSES.findIndex((s) => s.value === status);
}

/** The statuses the form offers for a guide whose file says `from`: this one and the next ones. */
export function statusChoices(from: string): readonly (typeof STATUSES)[number][] {
  const rank = statusRank(from);
  return rank < 0 ? STATUSES : STATUSES.slice(rank);
}

/**
 * The status of a guide (brouillon → relu → valide). The form offers only the status of the saved
 * file and the next ones: it cannot go backwards. « relu » and « valide » also need a review recorded
 * in the form below it (src/editor/review-field.ts) or with `falc relecture`; the FALC report beside the form says so (rule `relecture`).
 */
export function statusField({ label, description }: { label: string; description?: string }): BasicFormField<StatusValue> {
  return {
    kind: 'form',
    label,
    defaultValue: () => ({ from: 'brouillon', value: 'brouillon' }),
    parse: (value) => {
      const status = typeof value === 'string' ? value : 'brouillon';
      return { from: status, value: status };
    },
    serialize: (status) => ({ value: status.value }),
    validate(status) {
      const from = statusRank(status.from);
      const to = statusRank(status.value);
      if (to < 0) throw new Error('Le statut doit être « brouillon », « relu » ou « valide ».');
      if (from >= 0 && to < from) throw new Error('Le statut ne peut pas revenir en arrière.');
      return status;
    },
    reader: { parse: (value) => ({ from: String(value), value: String(value) }) },
    Input: (props) => h(StatusInput, { ...props, label, description }),
  };
}

function StatusInput(props: FormFieldInputProps<StatusValue> & { label: string; description?: string }) {
  const id = useId();
  const { value, onChange, label, description } = props;
  return h(
    'div',
    { 'data-champ': 'statut' },
    ...labelAndHelp(id, label, description),
    h(
      'select',
      { id, value: value.value, style: selectStyle, onChange: (event: { target: { value: string } }) => onChange({ from: value.from, value: event.target.value }) },
      ...statusChoices(value.from).map((s) => h('option', { key: s.value, value: s.value }, s.label)),
    ),
  );
}
