/**
 * French word frequencies, handed to the engine by its adapter (the Node adapter reads
 * `rules/mot-difficile/data/frequences.tsv`; a browser page would fetch it).
 * Pure code: no Node-only API.
 */

/** Frequency of a word, per million words, and how it was found. */
export interface FrequencyHit {
  /** Occurrences per million words: max(subtitles, books, lemma). */
  pm: number;
  /** The form found in the list (the word itself, a part of it, or a guessed lemma). */
  via: string;
}

/** Verb and noun endings tried when a form is missing: ending → replacements, longest first. */
const ENDINGS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['eraient', ['er']],
  ['assions', ['er']],
  ['erions', ['er']],
  ['eriez', ['er']],
  ['erons', ['er']],
  ['eront', ['er']],
  ['erais', ['er']],
  ['erait', ['er']],
  ['issons', ['ir']],
  ['issez', ['ir']],
  ['issent', ['ir']],
  ['issant', ['ir']],
  ['aient', ['er']],
  ['èrent', ['er']],
  ['erai', ['er']],
  ['eras', ['er']],
  ['erez', ['er']],
  ['iez', ['er', 're', 'ir']],
  ['ions', ['er', 're', 'ir']],
  ['ait', ['er', 're', 'ir']],
  ['ais', ['er', 're', 'ir']],
  ['ant', ['er', 're', 'ir']],
  ['ons', ['er', 're', 'ir']],
  ['ent', ['er', 're', 'ir']],
  ['era', ['er']],
  ['ées', ['er']],
  ['és', ['er']],
  ['ée', ['er']],
  ['ez', ['er', 're', 'ir']],
  ['é', ['er']],
  ['es', ['er', 'e', '']],
  ['e', ['er', '']],
  // Verbs in -prendre, -tendre, -pendre: `entreprend` → `entreprendre`, `entreprennent` → `entreprendre`.
  ['ennent', ['endre']],
  ['ends', ['endre']],
  ['end', ['endre']],
  ['aux', ['al', 'ail']],
  ['eux', ['eu']],
  ['x', ['']],
  ['s', ['']],
];

/** Guesses of the base form of a missing word: `signerons` → `signer`, `domiciliées` → `domicilier`. */
export function baseForms(word: string): string[] {
  const forms: string[] = [];
  // « re- » verbs and nouns: `relisent` → `lisent`, `relecteur` → `lecteur`.
  const unprefixed = /^r[eé]/.test(word) && word.length >= 7 ? word.slice(2) : undefined;
  if (unprefixed) forms.push(unprefixed);
  for (const [ending, replacements] of ENDINGS) {
    if (!word.endsWith(ending) || word.length - ending.length < 3) continue;
    const stem = word.slice(0, -ending.length);
    for (const replacement of replacements) forms.push(stem + replacement);
  }
  if (unprefixed) for (const [ending, replacements] of ENDINGS) {
    if (!unprefixed.endsWith(ending) || unprefixed.length - ending.length < 3) continue;
    for (const replacement of replacements) forms.push(unprefixed.slice(0, -ending.length) + replacement);
  }
  return forms;
}

/** Lexique part of speech (`VER:inf`, `AUX`…) → its coarse form (`VER`). */
const COARSE_PARTS = new Map<string, string>();

/** What a frequency table reads: a Map, or a lookup in the frequency index (`frequency-index.ts`). */
export interface Lookup<V> {
  get(key: string): V | undefined;
  has(key: string): boolean;
  readonly size: number;
}

/** The four lookups of a frequency table. */
export interface FrequencyStore {
  /** form → frequency per million. */
  forms: Lookup<number>;
  /** form → lemma, when they differ. */
  lemmas: Lookup<string>;
  /** form → Lexique part of speech of its most frequent reading. */
  parts: Lookup<string>;
  /** lemma → largest frequency of its forms. */
  lemmaScores: Lookup<number>;
}

/** The lookups of a table read from the TSV: Maps, that `frequency-index.ts` writes as an index. */
export interface FrequencyMaps extends FrequencyStore {
  forms: Map<string, number>;
  lemmas: Map<string, string>;
  parts: Map<string, string>;
  lemmaScores: Map<string, number>;
}

/** A table of French word forms with their frequency per million words. */
export class FrequencyTable {
  /** form → frequency per million. */
  readonly forms: Lookup<number>;
  /** form → lemma, when they differ. */
  readonly lemmas: Lookup<string>;
  /** lemma → largest frequency of its forms. */
  readonly lemmaScores: Lookup<number>;

  /** form → Lexique part of speech of its most frequent reading (`VER`, `NOM`, `ADJ`, `ADV`…). */
  readonly parts: Lookup<string>;

  constructor(store: FrequencyStore) {
    this.forms = store.forms;
    this.lemmas = store.lemmas;
    this.parts = store.parts;
    this.lemmaScores = store.lemmaScores;
  }

  get size(): number {
    return this.forms.size;
  }

  /** The lemma of a listed form (`signé` → `signer`), or the form itself. */
  lemmaOf(form: string): string {
    return this.lemmas.get(form) ?? form;
  }

  /**
   * The part of speech of a listed form, coarse (`VER`, `NOM`, `ADJ`, `ADV`, `PRE`, `CON`, `PRO`, `ART`,
   * `AUX` → `VER`), or undefined when the form is not listed or has none.
   */
  partOf(form: string): string | undefined {
    const part = this.parts.get(form);
    if (!part) return undefined;
    // A few dozen distinct parts: their coarse form is made once each (no array per call).
    let coarse = COARSE_PARTS.get(part);
    if (coarse === undefined) {
      coarse = part.split(':')[0]!;
      if (coarse === 'AUX') coarse = 'VER';
      COARSE_PARTS.set(part, coarse);
    }
    return coarse;
  }

  /**
   * Frequency of a normalised word (lower case, `'` apostrophe). A missing inflected form is looked up
   * through its guessed base form (`signerons` → `signer`); only a base form that is itself in the list
   * counts. Returns undefined for a word that is not in the list at all.
   */
  lookup(word: string): FrequencyHit | undefined {
    // Computed once per form for the whole run: several rules ask about the same words.
    const known = this.hits.get(word);
    if (known !== undefined || this.hits.has(word)) return known;
    const hit = this.find(word);
    if (this.hits.size >= 100_000) this.hits.clear();
    this.hits.set(word, hit);
    return hit;
  }

  private readonly hits = new Map<string, FrequencyHit | undefined>();

  private find(word: string): FrequencyHit | undefined {
    const direct = this.forms.get(word) ?? this.forms.get(word.replace(/œ/g, 'oe'));
    if (direct !== undefined) return { pm: Math.max(direct, this.lemmaScores.get(this.lemmaOf(word)) ?? 0), via: word };
    // A lemma whose listed forms are all inflected (`électeur` from `électeurs`).
    const lemma = this.lemmaScores.get(word);
    if (lemma !== undefined) return { pm: lemma, via: word };
    for (const base of baseForms(word)) {
      const pm = this.forms.get(base);
      if (pm !== undefined) return { pm: Math.max(pm, this.lemmaScores.get(this.lemmaOf(base)) ?? 0), via: base };
    }
    return undefined;
  }
}

/**
 * Reads the text of `frequences.tsv`: comment lines start with `#`, then a header `word pm lemma pos`,
 * then one form per line (`lemma` and `pos` may be empty or missing). The frequency index holds what it
 * reads: a change here needs a new `FREQUENCY_INDEX_VERSION` (`frequency-index.ts`).
 */
export function parseFrequencyMaps(text: string): FrequencyMaps {
  const forms = new Map<string, number>();
  const lemmas = new Map<string, string>();
  const parts = new Map<string, string>();
  const scores = new Map<string, number>();
  const length = text.length;
  let header = true;
  let rows = 0;
  let start = 0;
  // Fields are cut straight from the text (no string per line): this runs at every start of `falc`.
  while (start < length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = length;
    const lineStart = start;
    start = end + 1;
    if (end === lineStart || text.charCodeAt(lineStart) === 35 /* # */) continue;
    if (header) {
      header = false;
      continue;
    }
    let tab = text.indexOf('\t', lineStart);
    if (tab >= end) tab = -1;
    let tab2 = tab < 0 ? -1 : text.indexOf('\t', tab + 1);
    if (tab2 >= end) tab2 = -1;
    let tab3 = tab2 < 0 ? -1 : text.indexOf('\t', tab2 + 1);
    if (tab3 >= end) tab3 = -1;
    // A line without a tab: the word is the line but its last character, as `slice(0, -1)` gives.
    const word = text.slice(lineStart, tab < 0 ? end - 1 : tab);
    const pm = Number(text.slice(tab < 0 ? lineStart : tab + 1, tab2 < 0 ? end : tab2));
    forms.set(word, pm);
    rows++;
    const lemma = tab2 < 0 ? '' : trimEnd(text.slice(tab2 + 1, tab3 < 0 ? end : tab3));
    if (lemma !== '') lemmas.set(word, lemma);
    const part = tab3 < 0 ? '' : trimEnd(text.slice(tab3 + 1, end));
    if (part !== '') parts.set(word, part);
    const key = lemma === '' ? word : lemma;
    const best = scores.get(key);
    if (best === undefined || pm > best || Number.isNaN(pm)) scores.set(key, best === undefined ? Math.max(0, pm) : Math.max(best, pm));
  }
  // A word listed twice: its last line wins, and the scores are made again from the final table.
  return { forms, lemmas, parts, lemmaScores: rows === forms.size ? scores : scoresOf(forms, lemmas) };
}

/** Reads the text of `frequences.tsv` (see `parseFrequencyMaps`). */
export function parseFrequencies(text: string): FrequencyTable {
  return new FrequencyTable(parseFrequencyMaps(text));
}

/** lemma → largest frequency of its forms. */
function scoresOf(forms: ReadonlyMap<string, number>, lemmas: ReadonlyMap<string, string>): Map<string, number> {
  const scores = new Map<string, number>();
  for (const [form, pm] of forms) {
    const lemma = lemmas.get(form) ?? form;
    scores.set(lemma, Math.max(scores.get(lemma) ?? 0, pm));
  }
  return scores;
}

/** `trimEnd` only when the field ends with a space (rare): no new string otherwise. */
function trimEnd(field: string): string {
  const last = field.charCodeAt(field.length - 1);
  return last <= 32 || last === 160 || last > 0x167f ? field.trimEnd() : field;
}
