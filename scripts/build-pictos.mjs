#!/usr/bin/env node
// Génère src/pictos/svg-data.ts à partir des fichiers src/pictos/svg/*.svg.
// Usage : node scripts/build-pictos.mjs
// Node ESM sans dépendance. Le fichier généré est versionné : il permet à
// pictoSvg() de marcher partout (Astro/Vite, Node via tsx, navigateur).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const svgDir = join(root, 'src', 'pictos', 'svg');
const outFile = join(root, 'src', 'pictos', 'svg-data.ts');
const NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const files = readdirSync(svgDir)
  .filter((f) => f.endsWith('.svg'))
  .sort();

const errors = [];
const entries = [];
for (const file of files) {
  const name = file.slice(0, -'.svg'.length);
  if (!NAME.test(name)) errors.push(`${file} : le nom doit être en kebab-case sans accent`);
  const svg = readFileSync(join(svgDir, file), 'utf8')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/>\s+</g, '><')
    .trim();
  if (!svg.startsWith('<svg') || !svg.endsWith('</svg>')) errors.push(`${file} : ce n'est pas un SVG`);
  if (!svg.includes('viewBox="0 0 72 72"')) errors.push(`${file} : viewBox="0 0 72 72" manquant (dessins OpenMoji)`);
  if (/\sid=/.test(svg)) errors.push(`${file} : retirer les id (un dessin peut être plusieurs fois dans une page)`);
  if (!svg.includes('aria-hidden="true"')) errors.push(`${file} : aria-hidden="true" manquant`);
  if (/<svg[^>]*\s(width|height|class)=/.test(svg)) errors.push(`${file} : retirer width, height et class`);
  entries.push([name, svg]);
}

if (errors.length > 0) {
  console.error(errors.join('\n'));
  process.exit(1);
}

// Guillemets simples quand c'est possible : le fichier généré reste lisible.
const quote = (s) => (/['\\\n]/.test(s) ? JSON.stringify(s) : `'${s}'`);
const body = entries.map(([name, svg]) => `  ${quote(name)}: ${quote(svg)},`).join('\n');
const out = `// Fichier généré par scripts/build-pictos.mjs : ne pas modifier à la main.
// Dessins : OpenMoji (https://openmoji.org), licence CC BY-SA 4.0, voir LICENSE-openmoji.txt.

export const SVG: Readonly<Record<string, string>> = {
${body}
};
`;
writeFileSync(outFile, out);
console.log(`${entries.length} pictogrammes écrits dans src/pictos/svg-data.ts`);
