// The quick tests that some rules run before their costly work must be necessary: a quick test never says
// no to a word or a sentence that the full test would accept. Checked over the rules' own lists, the
// frequency list of the project (30,000 words) and the sentences of the guides, fixtures and rule READMEs.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FalcSentence } from '../../src/engine/types.ts';
import { normalizeWord, splitElision } from '../../src/engine/normalize.ts';
import { mainPart } from '../../src/language/word-kinds.ts';
import { syllablesOf } from '../../src/language/syllables.ts';
import { isPlainLower, quotedFlags, tokensOf, type Token } from '../../rules/_shared/tokens.ts';
import { CANDIDATE_FORMS, isCandidate, mayBeCandidate } from '../../rules/abreviation/index.ts';
import { mayHaveTime } from '../../rules/heure/index.ts';
import { isLongWord, mayBeLongWord } from '../../rules/lisibilite/index.ts';
import { hasComma, runs } from '../../rules/_shared/enumeration.ts';
import { mayNamePerson, readPerson } from '../../rules/meme-personne/index.ts';
import { longPartFinder, mayBeLong } from '../../rules/mot-long/index.ts';
import { findNegations, mayHaveNegation } from '../../rules/negation/index.ts';
import { isNumberStart, mayBeNumberWord, NUMBER_WORDS, ORDINAL_STEMS } from '../../rules/nombre-en-lettres/parse.ts';
import { mayHaveCapital, shapeOf } from '../../rules/sigle/index.ts';
import { KNOWN_ACRONYMS } from '../../rules/sigle/known.ts';
import { isComplexTenseForm, mayBeComplexTenseQuick } from '../../rules/temps-complexe/index.ts';
import { AVOIR_FUTURE, ETRE_FUTURE, PASSE_SIMPLE, PASSE_SIMPLE_A, PASSE_SIMPLE_ERENT, SUBJUNCTIVE } from '../../rules/temps-complexe/verbs.ts';
import { coordinators, subordinators, SUBORDINATOR_FORMS } from '../../rules/une-idee/index.ts';
import { checkFile } from '../helpers.ts';

/** Texts of the repository: guides, fixtures, rule READMEs (their examples fire and stay silent). */
function texts(): Array<{ text: string; format: 'md' | 'mdx' }> {
  const files: string[] = [];
  const walk = (folder: string, keep: (name: string) => boolean): void => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path, keep);
      else if (keep(name)) files.push(path);
    }
  };
  walk('content/guides', (name) => name.endsWith('.mdx'));
  walk('tests/fixtures', (name) => name.endsWith('.md') || name.endsWith('.mdx'));
  walk('rules', (name) => name === 'README.md');
  return files.map((path) => ({ text: readFileSync(path, 'utf8'), format: path.endsWith('.mdx') ? ('mdx' as const) : ('md' as const) }));
}

/** Words of the frequency list (lower case). */
function frequencyWords(): string[] {
  return readFileSync('rules/mot-difficile/data/frequences.tsv', 'utf8')
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'))
    .slice(1)
    .map((line) => line.split('\t')[0]!);
}

let sentences: FalcSentence[] = [];
/** Written forms and normal forms of every word of the texts, and of the frequency list (several cases). */
const written = new Set<string>();
const normals = new Set<string>();

beforeAll(async () => {
  let read = 0;
  for (const { text, format } of texts()) {
    const file = await checkFile(text, { rule: 'phrase-longue', format });
    const facts = file.data.falc as { sentences: FalcSentence[] } | undefined;
    if (!facts) continue;
    read++;
    sentences = sentences.concat(facts.sentences);
  }
  expect(read).toBeGreaterThan(40);
  for (const sentence of sentences) {
    for (const word of sentence.words) {
      written.add(word.value);
      normals.add(word.normal);
    }
    for (const token of tokensOf(sentence)) {
      written.add(token.value);
      normals.add(token.normal);
    }
  }
  for (const word of frequencyWords()) {
    for (const form of [word, word.toUpperCase(), word.charAt(0).toUpperCase() + word.slice(1), `l’${word}`, `L'${word.toUpperCase()}`]) {
      written.add(form);
      normals.add(normalizeWord(form));
    }
  }
}, 120_000);

describe('quick tests before costly work', () => {
  it('reads enough words and sentences', () => {
    expect(sentences.length).toBeGreaterThan(1000);
    expect(normals.size).toBeGreaterThan(30_000);
  });

  it('tokens: a plain word is its own normal form, with no elision', () => {
    for (const value of written) {
      if (!isPlainLower(value)) continue;
      expect(normalizeWord(value)).toBe(value);
      expect(splitElision(normalizeWord(value))).toEqual([value]);
    }
  });

  it('tokens: the quotation flags made with the tokens are the ones computed from them', () => {
    for (const sentence of sentences) {
      const tokens = tokensOf(sentence);
      // A copy is not known to the cache: its flags are computed from the tokens.
      expect(quotedFlags(tokens)).toEqual(quotedFlags([...tokens]));
    }
  });

  it('mot-long: every word with a long part passes the quick test', () => {
    const finder = longPartFinder(5, 14);
    for (const normal of [...normals, 'f17317', 'a2026', 'x1', '12345']) {
      // Letters give at most one syllable each (digits are read as numbers: the quick test lets them through).
      if (!/\d/.test(normal)) expect(syllablesOf(normal), normal).toBeLessThanOrEqual(normal.length);
      if (finder(mainPart(normal)) !== undefined) expect(mayBeLong(normal, 5, 14), normal).toBe(true);
    }
    // Other limits: the smaller one decides.
    const strict = longPartFinder(2, 5);
    for (const normal of normals) if (strict(mainPart(normal)) !== undefined) expect(mayBeLong(normal, 2, 5), normal).toBe(true);
  });

  it('lisibilite: every long word passes the length test', () => {
    for (const normal of normals) if (isLongWord(normal)) expect(mayBeLongWord(normal), normal).toBe(true);
  });

  it('sigle: every capital letter of Unicode, and every acronym or name, passes the capital test', () => {
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const character = String.fromCodePoint(code);
      if (/\p{Lu}/u.test(character)) expect(mayHaveCapital(character), code.toString(16)).toBe(true);
    }
    const forms = [...written, ...Object.keys(KNOWN_ACRONYMS), 'C2S', 'l’APL', 'd’IME', 'Caf', 'Ÿvon', 'ÉTAT'];
    for (const value of forms) {
      const shape = shapeOf(value);
      if (shape.acronym || shape.nameLike) expect(mayHaveCapital(value), value).toBe(true);
    }
  });

  it('abreviation: every candidate form, as written in a text, passes the quick test', () => {
    const variants = (form: string): string[] => {
      const cased = [form, form.toUpperCase(), form.charAt(0).toUpperCase() + form.slice(1), form.replace(/'/g, '’')];
      return cased.flatMap((text) => ['', '(', '«', '"', '“', '[', '(«'].flatMap((lead) => ['', '.', ',', ')', ').', ';', ':', '»', '!', '...'].map((tail) => lead + text + tail)));
    };
    const forms = [...CANDIDATE_FORMS, 'etc', 'etc.', 'etc…', 'n°3', 'N°12504', 'nº4', 'St-Denis', 'Ste-Marie', 'St', '1ère', '2ème', '21eme', '3', '12'];
    let candidates = 0;
    for (const text of [...forms.flatMap(variants), ...written]) {
      if (!isCandidate(text)) continue;
      candidates++;
      expect(mayBeCandidate(text), text).toBe(true);
    }
    expect(candidates).toBeGreaterThan(1000);
  });

  it('heure: the character test answers as the pattern /\\d[hH:]/', () => {
    for (const text of [...written, '9h30', '(14h)', '09:30', 'A4h', 'h9', '9', 'H', ':9', '12H', '1:']) {
      expect(mayHaveTime(text), text).toBe(/\d[hH:]/.test(text));
    }
  });

  it('nombre-en-lettres: every number word passes the quick test', () => {
    const simple = [...Object.keys(NUMBER_WORDS), ...Object.keys(ORDINAL_STEMS), ...Object.keys(ORDINAL_STEMS).map((word) => `${word}s`)];
    const compounds = simple.flatMap((first) => simple.slice(0, 30).flatMap((second) => [`${first}-${second}`, `${first}-et-${second}`]));
    for (const word of [...simple, ...compounds, ...normals]) {
      if (isNumberStart(word)) expect(mayBeNumberWord(word), word).toBe(true);
    }
  });

  it('temps-complexe: every form of a complex tense passes the length test', () => {
    const forms = [AVOIR_FUTURE, ETRE_FUTURE, SUBJUNCTIVE, PASSE_SIMPLE, PASSE_SIMPLE_ERENT, PASSE_SIMPLE_A].flatMap((set) => [...set]);
    for (const word of [...forms, 'iez', 'ions', 'aurait', 'écrivit', ...normals]) {
      if (isComplexTenseForm(word)) expect(mayBeComplexTenseQuick(word), word).toBe(true);
    }
  });

  it('sentence rules: a sentence that the quick test leaves out has nothing to report', () => {
    let subordinated = 0;
    for (const sentence of sentences) {
      const tokens: Token[] = tokensOf(sentence);
      const words = tokens.filter((token) => token.kind === 'word').map((token) => token.normal);
      // une-idee
      if (subordinators(tokens).length > 0) {
        subordinated++;
        expect(words.some((word) => SUBORDINATOR_FORMS.has(word)), sentence.text).toBe(true);
      }
      if (coordinators(tokens).length > 0) expect(words.some((word) => word === 'et' || word === 'mais'), sentence.text).toBe(true);
      // negation
      if (findNegations(tokens).length > 0) expect(mayHaveNegation(tokens), sentence.text).toBe(true);
      // meme-personne
      const reading = readPerson(sentence);
      if (reading.person !== undefined || reading.writers) expect(mayNamePerson(sentence), sentence.text).toBe(true);
      // liste
      if (runs(tokens).some((run) => run.length >= 2)) expect(hasComma(tokens), sentence.text).toBe(true);
    }
    expect(subordinated).toBeGreaterThan(100);
  });
});
