// Builds the French spelling lookup (`rules/orthographe/data/formes.dawg`) from `dictionary-fr`: every
// inflected form (nspell applies the Hunspell affixes), stored as a minimal automaton (DAWG).
// Run at install (`prepare`) when the file is missing or made from another dictionary version:
//   node scripts/build-spelling.mjs [--force]
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT = fileURLToPath(new URL('../rules/orthographe/data/formes.dawg', import.meta.url));
const version = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.resolve('dictionary-fr'))), 'package.json'), 'utf8')).version;

/** The dictionary version the current file was made from, or undefined. */
function builtVersion() {
  if (!existsSync(OUT)) return undefined;
  const bytes = readFileSync(OUT);
  const length = bytes.readUInt32LE(0);
  try {
    return JSON.parse(bytes.subarray(4, 4 + length).toString('utf8')).dictionary;
  } catch {
    return undefined;
  }
}

if (!process.argv.includes('--force') && builtVersion() === version) process.exit(0);

const started = Date.now();
const { default: nspell } = await import('nspell');
const { default: dictionary } = await import('dictionary-fr');
const speller = nspell(dictionary);
const words = Object.keys(speller.data).filter((word) => word !== '').sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const iconv = speller.conversion.in.map(([pattern, to]) => [pattern.source.replace(/\\(.)/g, '$1'), to]);

// Incremental construction of a minimal automaton from sorted words (Daciuk et al., 2000).
const alphabet = [...new Set(words.join(''))].sort();
const code = new Map(alphabet.map((letter, index) => [letter, index]));
let ids = 0;
const newNode = () => ({ id: ids++, final: false, edges: new Map() });
const root = newNode();
const register = new Map();
const unchecked = [];
let previous = [];
const signature = (node) => {
  let key = node.final ? '1' : '0';
  for (const [letter, child] of node.edges) key += `${letter}:${child.id},`;
  return key;
};
const minimize = (downTo) => {
  for (let index = unchecked.length - 1; index >= downTo; index--) {
    const [parent, letter, child] = unchecked[index];
    const key = signature(child);
    const existing = register.get(key);
    if (existing) parent.edges.set(letter, existing);
    else register.set(key, child);
    unchecked.pop();
  }
};
for (const word of words) {
  const letters = [...word];
  let common = 0;
  while (common < letters.length && common < previous.length && letters[common] === previous[common]) common++;
  minimize(common);
  let node = unchecked.length === 0 ? root : unchecked[unchecked.length - 1][2];
  for (const letter of letters.slice(common)) {
    const child = newNode();
    node.edges.set(code.get(letter), child);
    unchecked.push([node, code.get(letter), child]);
    node = child;
  }
  node.final = true;
  previous = letters;
}
minimize(0);

// Lay the edges out: each node with edges gets a block; slot 0 means « no edge ».
const offsets = new Map();
const order = [];
let next = 1;
const stack = [root];
while (stack.length > 0) {
  const node = stack.pop();
  if (offsets.has(node) || node.edges.size === 0) continue;
  offsets.set(node, next);
  next += node.edges.size;
  order.push(node);
  for (const child of node.edges.values()) stack.push(child);
}
if (next >= 2 ** 22) throw new Error(`Too many edges for the format: ${next}`);
const edges = new Uint32Array(next);
for (const node of order) {
  let index = offsets.get(node);
  const entries = [...node.edges.entries()].sort((a, b) => a[0] - b[0]);
  entries.forEach(([letter, child], position) => {
    edges[index++] = letter | (child.final ? 1 << 8 : 0) | (position === entries.length - 1 ? 1 << 9 : 0) | ((offsets.get(child) ?? 0) << 10);
  });
}
const header = Buffer.from(JSON.stringify({ format: 'falc-dawg-1', dictionary: version, alphabet: alphabet.join(''), root: offsets.get(root), words: words.length, iconv }), 'utf8');
const padding = (4 - (header.length % 4)) % 4;
const length = Buffer.alloc(4);
length.writeUInt32LE(header.length);
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, Buffer.concat([length, header, Buffer.alloc(padding, 0x20), Buffer.from(edges.buffer)]));
process.stdout.write(`Dictionnaire d’orthographe : ${words.length} formes, ${(4 * next / 1e6).toFixed(1)} Mo, en ${((Date.now() - started) / 1000).toFixed(0)} s.\n`);
