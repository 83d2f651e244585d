import type { Root as MdastRoot, Yaml } from 'mdast';
import type { VFile } from 'vfile';
import { isMap, LineCounter, parseDocument } from 'yaml';
import type { ZodType } from 'zod';
import { glossarySchema, guideSchema, placeSchema } from '../schemas/guide.ts';
import { inputError } from './messages.ts';
import type { DocumentKind } from './types.ts';

/** French names of frontmatter fields, for messages. */
const FIELD_NAMES: Record<string, string> = {
  title: 'titre',
  description: 'description',
  lang: 'langue',
  updated: 'date de mise à jour',
  status: 'statut',
  sources: 'sources',
  picto: 'pictogramme',
  term: 'mot',
  forms: 'formes',
  synonyms: 'synonymes',
  relecture: 'relecture par les lecteurs',
  verifie: 'date de vérification des faits',
  nom: 'nom du lieu',
  type: 'type de service',
  commune: 'commune',
  adresse: 'adresse',
  telephone: 'téléphone',
  horaires: 'horaires',
  rendezVous: 'rendez-vous',
  accessibilite: 'accessibilité du bâtiment',
  lien: 'site internet',
  guides: 'guides de l’édition locale',
  exemple: 'lieu d’exemple',
};

const SCHEMAS: Partial<Record<DocumentKind, ZodType>> = { guide: guideSchema, glossaire: glossarySchema, lieu: placeSchema };

export interface FrontmatterResult {
  data?: Record<string, unknown>;
  /** True when the YAML itself cannot be read. */
  broken: boolean;
}

/**
 * Reads the YAML frontmatter of a file and checks it against the schema of its kind
 * (guide or glossary entry). Each problem becomes an error at the field's line.
 */
export function checkFrontmatter(tree: MdastRoot, file: VFile, kind: DocumentKind): FrontmatterResult {
  const yamlNode = tree.children.find((node): node is Yaml => node.type === 'yaml');
  const schema = SCHEMAS[kind];
  if (!yamlNode) {
    if (schema) {
      const message = file.message(
        'Le fichier n’a pas d’en-tête. Ajoutez en haut du fichier un en-tête entre deux lignes --- avec le titre, la description et les sources.',
        { place: { line: 1, column: 1 }, ruleId: 'frontmatter', source: 'falc' },
      );
      message.fatal = true;
    }
    return { broken: false };
  }
  // Line of the YAML content: the line after the opening `---`.
  const firstLine = (yamlNode.position?.start.line ?? 1) + 1;
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlNode.value, { lineCounter, prettyErrors: false });
  if (document.errors.length > 0) {
    const error = document.errors[0]!;
    const place = lineCounter.linePos(error.pos[0]);
    inputError(
      file,
      'syntaxe-yaml',
      'L’en-tête du fichier (entre les lignes ---) est mal écrit. Vérifiez les deux-points et les guillemets.',
      { line: firstLine + place.line - 1, column: place.col },
    );
    return { broken: true };
  }
  const data: unknown = document.toJS();
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    inputError(file, 'syntaxe-yaml', 'L’en-tête du fichier doit être une liste de champs : « nom: valeur ».', { line: firstLine, column: 1 });
    return { broken: true };
  }
  if (!schema) return { data: data as Record<string, unknown>, broken: false };
  const result = schema.safeParse(data);
  if (result.success) return { data: result.data as Record<string, unknown>, broken: false };
  for (const issue of result.error.issues) {
    const path = issue.path.map(String);
    const field = path[0] ?? '';
    const node = path.length > 0 ? document.getIn(path, true) : undefined;
    const keyNode = isMap(document.contents) ? document.contents.items.find((item) => String((item.key as { value?: unknown })?.value) === field)?.key : undefined;
    const range = (node as { range?: [number, number] } | undefined)?.range ?? (keyNode as { range?: [number, number] } | undefined)?.range;
    const place = range ? lineCounter.linePos(range[0]) : { line: 1, col: 1 };
    let reason = issue.message;
    if (issue.code === 'unrecognized_keys') {
      const keys = (issue as { keys?: string[] }).keys ?? [];
      reason = `Le champ « ${keys.join(', ')} » n’est pas connu. Vérifiez son nom ou supprimez-le.`;
      const unknownKey = isMap(document.contents) ? document.contents.items.find((item) => keys.includes(String((item.key as { value?: unknown })?.value)))?.key : undefined;
      const unknownRange = (unknownKey as { range?: [number, number] } | undefined)?.range;
      if (unknownRange) Object.assign(place, lineCounter.linePos(unknownRange[0]));
    } else if (field) {
      const name = FIELD_NAMES[field] ?? field;
      reason = `Champ « ${path.join('.')} » (${name}) : ${issue.message}`;
    }
    const message = file.message(reason, {
      place: { line: firstLine + place.line - 1, column: place.col },
      ruleId: 'frontmatter',
      source: 'falc',
    });
    message.fatal = true;
  }
  return { data: data as Record<string, unknown>, broken: false };
}
