#!/usr/bin/env node
// Copies the OpenMoji pictograms the guides use into src/pictos/svg/, then run
// `node scripts/build-pictos.mjs`. Usage: node scripts/copy-openmoji.mjs
// OpenMoji (https://openmoji.org), licence CC BY-SA 4.0, from the npm package @iconify-json/openmoji
// (a devDependency: only the pictograms below are copied into the project, with the licence).
// One meaning, one pictogram: each catalogue name has its own OpenMoji drawing, never shared.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const set = JSON.parse(readFileSync(require.resolve('@iconify-json/openmoji/icons.json'), 'utf8'));

/** Catalogue name → OpenMoji name. Concrete objects and people a non-reader recognises. */
export const OPENMOJI = {
  accord: 'thumbs-up',
  adresse: 'house-with-garden',
  aide: 'open-hands',
  argent: 'euro-banknote',
  attendre: 'hourglass-not-done',
  attention: 'warning',
  banque: 'bank',
  'carte-identite': 'identification-card',
  ccas: 'people-holding-hands',
  courrier: 'envelope',
  'courrier-recu': 'open-mailbox-with-raised-flag',
  date: 'tear-off-calendar',
  delai: 'timer-clock',
  droits: 'balance-scale',
  ecouter: 'ear',
  ecrire: 'writing-hand',
  email: 'e-mail',
  enfant: 'child',
  entretien: 'people-dialogue',
  famille: 'family-adult-adult-child',
  formulaire: 'memo',
  handicap: 'wheelchair-symbol',
  hopital: 'hospital',
  horloge: 'alarm-clock',
  imprimer: 'printer',
  lieu: 'round-pushpin',
  lire: 'open-book',
  logement: 'office-building',
  loi: 'scroll',
  mairie: 'classical-building',
  maison: 'house',
  medicament: 'pill',
  non: 'cross-mark',
  nourriture: 'fork-and-knife-with-plate',
  oui: 'check-mark-button',
  ordinateur: 'desktop-computer',
  papiers: 'page-facing-up',
  passeport: 'passport-control',
  personne: 'person',
  photo: 'camera',
  prefecture: 'flagged-building',
  question: 'red-question-mark',
  refus: 'prohibited',
  rencontrer: 'handshake',
  'rendez-vous': 'spiral-calendar',
  renouveler: 'counterclockwise-arrows-button',
  'sans-abri': 'tent',
  sante: 'stethoscope',
  signer: 'fountain-pen',
  telephone: 'mobile-phone',
  transport: 'bus',
  travail: 'briefcase',
  tribunal: 'judge',
  vote: 'ballot-box-with-ballot',
};

/**
 * The same drawing without `id`: a page shows a pictogram many times, and an id must be unique in a
 * page. Each `<use href="#id">` becomes a copy of the path it points to.
 */
function withoutIds(body) {
  const defs = new Map();
  const rest = body.replace(/<defs>([\s\S]*?)<\/defs>/g, (_all, inner) => {
    for (const [, id, attributes] of inner.matchAll(/<path id="([^"]+)"([^>]*?)\/>/g)) defs.set(id, attributes);
    return '';
  });
  const out = rest.replace(/<use href="#([^"]+)"([^>]*?)\/>/g, (all, id, attributes) => (defs.has(id) ? `<path${defs.get(id)}${attributes}/>` : all));
  if (/\sid=|<use\b|url\(#/.test(out)) throw new Error('Un dessin garde un id : copiez-le à la main.');
  return out;
}

const seen = new Map();
for (const [name, source] of Object.entries(OPENMOJI)) {
  if (seen.has(source)) throw new Error(`« ${source} » sert déjà pour « ${seen.get(source)} » : un dessin, un seul sens.`);
  seen.set(source, name);
  const icon = set.icons[source] ?? set.icons[set.aliases?.[source]?.parent];
  if (!icon) throw new Error(`OpenMoji n’a pas de dessin « ${source} » (pour « ${name} »).`);
  const width = icon.width ?? set.width ?? 72;
  const height = icon.height ?? set.height ?? 72;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" aria-hidden="true" focusable="false">${withoutIds(icon.body)}</svg>\n`;
  writeFileSync(join(root, 'src', 'pictos', 'svg', `${name}.svg`), svg);
}
console.log(`${seen.size} pictogrammes OpenMoji copiés dans src/pictos/svg/.`);
