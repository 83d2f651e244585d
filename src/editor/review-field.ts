/**
 * The review by readers in the guide editor (`npm run editer`): the same `relecture:` block of the header
 * that `falc relecture` writes (date, names, consent, changes, fingerprint of the text read), written
 * from a form, for authors without a terminal. The fingerprint is the one of the guide's saved file: the
 * author saves the text the readers read, then clicks « Les lecteurs ont relu le texte enregistré ». The
 * dev server gives it with the guide's report (`/__falc/rapport`, field `empreinte`, computed by
 * src/engine/fingerprint.ts as `falc relecture` does), so the rule `relecture` accepts it.
 * Plain React without JSX (createElement), like src/editor/fields.ts. Only the editor imports it.
 */
import type { BasicFormField, FormFieldInputProps, FormFieldStoredValue } from '@keystatic/core';
import { createElement as h, useCallback, useEffect, useId, useState } from 'react';
import { slugFromEditorPath } from './report-field.ts';

/** The review as the form holds it. `other` keeps the keys of the block the form does not show. */
export interface ReviewValue {
  readonly date: string;
  /** One name per item; empty lines are dropped when the file is written. */
  readonly par: readonly string[];
  readonly consentement: boolean;
  readonly changements: string;
  readonly empreinte: string;
  readonly other: Readonly<Record<string, unknown>>;
}

export const EMPTY_REVIEW: ReviewValue = { date: '', par: [], consentement: false, changements: '', empreinte: '', other: {} };

export const REVIEW_LABEL = 'Relecture par les lecteurs';
export const RECORD_BUTTON = 'Les lecteurs ont relu le texte enregistré';

const FINGERPRINT = /^[0-9a-f]{16}$/;

function isoDate(value: unknown): string {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return typeof value === 'string' ? value : '';
}

function names(par: readonly string[]): string[] {
  return par.map((name) => name.trim()).filter((name) => name !== '');
}

/** The `relecture:` block of a file (as YAML gives it) in the form. */
export function parseReview(value: unknown): ReviewValue {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return EMPTY_REVIEW;
  const { date, par, consentement, changements, empreinte, ...other } = value as Record<string, unknown>;
  return {
    date: isoDate(date),
    par: Array.isArray(par) ? par.map(String) : typeof par === 'string' ? [par] : [],
    consentement: consentement === true,
    changements: typeof changements === 'string' ? changements : '',
    empreinte: typeof empreinte === 'string' ? empreinte : '',
    other,
  };
}

/** True when the author wrote nothing of a review: the file then has no `relecture:` block. */
export function isEmptyReview(review: ReviewValue): boolean {
  return names(review.par).length === 0 && review.empreinte === '' && review.changements.trim() === '' && Object.keys(review.other).length === 0;
}

/** The `relecture:` block written in the file, in the order `falc relecture` writes it. */
export function serializeReview(review: ReviewValue): Record<string, unknown> | undefined {
  if (isEmptyReview(review)) return undefined;
  const block: Record<string, unknown> = { date: review.date, par: names(review.par), consentement: review.consentement };
  if (review.changements.trim() !== '') block.changements = review.changements.trim();
  block.empreinte = review.empreinte;
  return { ...block, ...review.other };
}

/** What is missing in a review the author started, in French; undefined when it can be written. */
export function reviewProblem(review: ReviewValue): string | undefined {
  if (isEmptyReview(review)) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(review.date) || Number.isNaN(new Date(`${review.date}T00:00:00Z`).getTime())) {
    return 'Écrivez la date de la relecture (Date de la relecture).';
  }
  if (names(review.par).length === 0) return 'Écrivez qui a relu le guide : une personne ou un groupe (Qui a relu ?).';
  if (!review.consentement) {
    return 'Les noms des relecteurs sont publiés sur la page du guide. Demandez leur accord, puis cochez la case. Sans accord, écrivez le nom du groupe à la place des noms.';
  }
  if (!FINGERPRINT.test(review.empreinte)) return `Enregistrez le texte relu avec « Sauvegarder », puis cliquez sur « ${RECORD_BUTTON} ».`;
  return undefined;
}

const today = (): string => new Date().toISOString().slice(0, 10);

/**
 * The review by readers: a group of fields that writes the `relecture:` block of the header, or nothing
 * when it is empty. Keystatic refuses to save a started review with a missing part (the message says which).
 */
export function reviewField(): BasicFormField<ReviewValue> {
  return {
    kind: 'form',
    label: REVIEW_LABEL,
    defaultValue: () => EMPTY_REVIEW,
    parse: parseReview,
    // The block holds YAML values only (texts, a list of texts, a boolean, and the keys read from the file).
    serialize: (review) => ({ value: serializeReview(review) as FormFieldStoredValue }),
    validate(review) {
      const problem = reviewProblem(review);
      if (problem) throw new Error(problem);
      return review;
    },
    reader: { parse: parseReview },
    Input: (props) => h(ReviewInput, props),
  };
}

const labelStyle = { display: 'block', fontWeight: 600, margin: '10px 0 4px' } as const;
const helpStyle = { display: 'block', color: '#4b4b4b', fontSize: '0.9em', marginBottom: 6 } as const;
const inputStyle = { fontSize: '1em', fontFamily: 'inherit', padding: '6px 8px', width: '100%', maxWidth: '32em', boxSizing: 'border-box' } as const;

/** The fingerprint of the guide's saved file, from the dev server; null when the guide is not saved yet. */
async function savedFingerprint(slug: string): Promise<string | null> {
  const response = await fetch(`/__falc/rapport?guide=${encodeURIComponent(slug)}`, { cache: 'no-store' });
  const report = (await response.json()) as { empreinte?: string } | null;
  return report?.empreinte ?? null;
}

function ReviewInput(props: FormFieldInputProps<ReviewValue>) {
  const id = useId();
  const { value, onChange, forceValidation } = props;
  const slug = typeof location === 'undefined' ? undefined : slugFromEditorPath(location.pathname);
  const [saved, setSaved] = useState<string | null | undefined>(undefined);
  const [notice, setNotice] = useState('');
  const refresh = useCallback(async () => {
    if (!slug) return null;
    try {
      const fingerprint = await savedFingerprint(slug);
      setSaved(fingerprint);
      return fingerprint;
    } catch {
      return undefined;
    }
  }, [slug]);
  useEffect(() => {
    void refresh();
    const timer = setInterval(() => void refresh(), 2000);
    return () => clearInterval(timer);
  }, [refresh]);
  const set = (change: Partial<ReviewValue>) => onChange({ ...value, ...change });
  const record = async () => {
    const fingerprint = await refresh();
    if (!fingerprint) {
      setNotice('Enregistrez d’abord le guide avec « Sauvegarder », puis cliquez de nouveau sur ce bouton.');
      return;
    }
    set({ empreinte: fingerprint, date: value.date || today() });
    setNotice('C’est noté. Cliquez maintenant sur « Sauvegarder » pour écrire la relecture dans le guide.');
  };
  const problem = forceValidation ? reviewProblem(value) : undefined;
  const changedSince = value.empreinte !== '' && typeof saved === 'string' && saved !== value.empreinte;
  const state =
    value.empreinte === ''
      ? 'Aucune relecture n’est encore enregistrée pour ce guide.'
      : changedSince
        ? 'Le texte enregistré a changé depuis cette relecture. Faites relire les changements par les lecteurs, puis cliquez de nouveau sur le bouton.'
        : 'La relecture correspond au texte enregistré.';
  return h(
    'fieldset',
    { 'data-champ': 'relecture', style: { border: '1px solid #c8c8c8', borderRadius: 6, padding: '8px 12px', fontFamily: 'system-ui, sans-serif' } },
    h('legend', { style: { fontWeight: 700, padding: '0 4px' } }, REVIEW_LABEL),
    h('span', { style: helpStyle }, 'Des lecteurs ont relu le guide ? Écrivez leur relecture ici. Elle est demandée pour le statut « relu » ou « validé ».'),
    h(
      'ol',
      { style: { ...helpStyle, paddingLeft: '1.4em', margin: '0 0 6px' } },
      h('li', null, 'Faites les changements demandés par les lecteurs. Cliquez sur « Sauvegarder ».'),
      h('li', null, 'Remplissez les champs ci-dessous.'),
      h('li', null, `Cliquez sur « ${RECORD_BUTTON} ».`),
      h('li', null, 'Cliquez de nouveau sur « Sauvegarder ».'),
    ),
    h('label', { htmlFor: `${id}-date`, style: labelStyle }, 'Date de la relecture'),
    h('input', { id: `${id}-date`, type: 'date', value: value.date, style: inputStyle, onChange: (event: { target: { value: string } }) => set({ date: event.target.value }) }),
    h('label', { htmlFor: `${id}-par`, style: labelStyle }, 'Qui a relu ?'),
    h('span', { id: `${id}-par-aide`, style: helpStyle }, 'Une personne ou un groupe par ligne. Par exemple : Atelier FALC de l’ESAT des Tilleuls.'),
    h('textarea', {
      id: `${id}-par`,
      rows: 3,
      value: value.par.join('\n'),
      style: inputStyle,
      'aria-describedby': `${id}-par-aide`,
      onChange: (event: { target: { value: string } }) => set({ par: event.target.value.split('\n') }),
    }),
    h(
      'label',
      { style: { ...labelStyle, fontWeight: 400, display: 'flex', gap: 8, alignItems: 'flex-start' } },
      h('input', { type: 'checkbox', checked: value.consentement, onChange: (event: { target: { checked: boolean } }) => set({ consentement: event.target.checked }) }),
      'Les personnes nommées sont d’accord pour que leur nom soit publié sur la page du guide.',
    ),
    h('label', { htmlFor: `${id}-changements`, style: labelStyle }, 'Ce que les lecteurs ont changé (si vous voulez)'),
    h('input', { id: `${id}-changements`, type: 'text', value: value.changements, style: inputStyle, onChange: (event: { target: { value: string } }) => set({ changements: event.target.value }) }),
    h('p', { style: { margin: '10px 0 4px' } }, state),
    h('button', { type: 'button', onClick: () => void record(), style: { fontSize: '1em', fontFamily: 'inherit', padding: '6px 12px', cursor: 'pointer' } }, RECORD_BUTTON),
    h('p', { role: 'status', style: { margin: '6px 0 0' } }, notice),
    problem ? h('p', { role: 'alert', style: { color: '#a00000', margin: '6px 0 0' } }, problem) : null,
  );
}
