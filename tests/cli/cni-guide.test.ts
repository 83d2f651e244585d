import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.ts';

/**
 * The guide of issue 9, as a new author wrote it (« Faire sa première carte d'identité »): a title in
 * capitals with an abbreviation, a 26-word description, bullets « • » pasted in <Papiers>, a Cerfa
 * number with stars, an <etape> in lower case and an <Etape> outside <Etapes>. Each mistake is an
 * error at its line and column (counted in the whole file, header included), and the message names the fix.
 */
const GUIDE = fileURLToPath(new URL('../fixtures/cni-premiere-demande.mdx', import.meta.url));
const lines = readFileSync(GUIDE, 'utf8').split('\n');
/** Line and column (from 1) of the first occurrence of `text` in the guide. */
function placeOf(text: string): { line: number; column: number } {
  const index = lines.findIndex((line) => line.includes(text));
  expect(index, text).toBeGreaterThanOrEqual(0);
  return { line: index + 1, column: lines[index]!.indexOf(text) + 1 };
}

interface JsonMessage {
  ruleId: string;
  severity: string;
  line: number;
  column: number;
  message: string;
}

describe('the first identity card guide of issue 9', { timeout: 120_000 }, () => {
  it('gets an error for each mistake, at its place, with a message that names the fix', async () => {
    let stdout = '';
    const code = await runCli(['check', '--format', 'json', GUIDE], { stdout: (text) => (stdout += text), stderr: () => undefined });
    expect(code).toBe(1);
    const messages = (JSON.parse(stdout) as { files: Array<{ messages: JsonMessage[] }> }).files[0]!.messages;
    const errorAt = (ruleId: string, place: { line: number; column: number }) =>
      messages.find((message) => message.severity === 'error' && message.ruleId === ruleId && message.line === place.line && message.column === place.column);

    // The title: capitals (write it in small letters) and « 1ère » (write « première »).
    expect(errorAt('majuscules', placeOf('DÉLIVRANCE'))?.message).toContain('Écrivez en minuscules : « Délivrance de la CNI »');
    expect(errorAt('abreviation', placeOf('1ère'))?.message).toContain('« première »');
    // The description: one sentence of 26 words, at the first word of its value.
    expect(errorAt('phrase-longue', placeOf('Ce guide vous explique'))?.message).toMatch(/^Cette phrase a 26 mots\..*Coupez-la/);
    // Bullets pasted from a word processor: no list for the site.
    expect(errorAt('mise-en-forme', placeOf('• Votre acte'))?.message).toContain('Commencez chaque ligne par un tiret -');
    // The stars of the Cerfa numbers: said as stars, with how to write one.
    expect(errorAt('mise-en-forme', placeOf('*03'))?.message).toMatch(/étoiles \*.*écrivez \\\*/);
    // <etape> in lower case, and an <Etape> outside <Etapes>.
    expect(errorAt('composant', placeOf('<etape '))?.message).toContain('Vouliez-vous écrire <Etape> ?');
    expect(errorAt('composant', placeOf('<Etape titre="Aller'))?.message).toContain('Mettez-la entre <Etapes> et </Etapes>');
  });
});
