/**
 * Opens and saves a guide or a glossary file with Keystatic's own code, as the editor does
 * (`npm run editer`): the same frontmatter loader, the same field parsers and serialisers, the same
 * YAML writer. Keystatic keeps these functions inside its UI bundle; its UI imports them from the two
 * chunks below, and so do we. The chunk names change with Keystatic's version: the version is pinned
 * in package.json and checked here.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const CORE = dirname(require.resolve('@keystatic/core/package.json'));
export const KEYSTATIC_VERSION = (require('@keystatic/core/package.json') as { version: string }).version;
export const TESTED_VERSION = '0.6.9';

type Schema = Record<string, unknown>;
interface Internals {
  object(schema: Schema): unknown;
  parseProps(schema: unknown, value: unknown, path: unknown[], slugPath: unknown[], parseField: (field: FieldLike, value: unknown, path: string[]) => unknown, validate: boolean): unknown;
  serializeProps(state: unknown, schema: unknown, slugField: string, slug: string, suggest: boolean): { value: unknown; extraFiles: { path: string; contents: Uint8Array }[] };
  loadDataFile(data: Uint8Array, format: unknown): { loaded: unknown; extraFakeFile?: { path: string; contents: Uint8Array } };
  dump(value: unknown): string;
}
interface FieldLike {
  formKind?: string;
  parse(value: unknown, extra?: unknown): unknown;
}

let internals: Promise<Internals> | undefined;

function load(file: string): Promise<Record<string, unknown>> {
  return import(pathToFileURL(join(CORE, 'dist', file)).href) as Promise<Record<string, unknown>>;
}

export function keystaticInternals(): Promise<Internals> {
  internals ??= (async () => {
    const [index, required, core, yaml] = await Promise.all([
      load('index-3c244051.js'),
      load('required-files-bd819871.js'),
      load('keystatic-core.js'),
      import(pathToFileURL(require.resolve('js-yaml', { paths: [CORE] })).href) as Promise<{ dump(value: unknown): string }>,
    ]);
    const fields = core.fields as { object(schema: Schema): unknown };
    return {
      object: (schema) => fields.object(schema),
      parseProps: index.p as Internals['parseProps'],
      serializeProps: index.c as Internals['serializeProps'],
      loadDataFile: required.l as Internals['loadDataFile'],
      dump: yaml.dump,
    };
  })();
  return internals;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * The file Keystatic writes when an author opens `text` in the editor and saves it without a change
 * (or with the change `edit` makes in the form's state).
 * `schema` is the collection's schema from keystatic.config.ts, `slugField` its slug field,
 * `contentField` the field that holds the MDX body.
 */
export async function openAndSave(
  text: string,
  options: { schema: Schema; slugField: string; contentField: string; slug: string; edit?: (state: Record<string, unknown>) => Record<string, unknown> },
): Promise<string> {
  const ks = await keystaticInternals();
  const format = { data: 'yaml', contentField: { path: [options.contentField], contentExtension: '.mdx' } };
  const { loaded, extraFakeFile } = ks.loadDataFile(encoder.encode(text), format);
  const root = ks.object(options.schema);
  const state = ks.parseProps(
    root,
    loaded,
    [],
    [],
    (field, value, path) => {
      if (path.length === 1 && path[0] === options.slugField) return field.parse(value, { slug: options.slug });
      if (field.formKind === 'content') return field.parse(value, { content: extraFakeFile?.contents, other: new Map(), external: new Map(), slug: options.slug });
      return field.parse(value, undefined);
    },
    false,
  );
  // `edit`: what the author changes in the form before saving (the form's state, field by field).
  const edited = options.edit ? options.edit(state as Record<string, unknown>) : state;
  const { value, extraFiles } = ks.serializeProps(edited, root, options.slugField, options.slug, true);
  const body = extraFiles.find((file) => file.path === `${options.contentField}.mdx`);
  if (!body) throw new Error('Keystatic did not write the body of the guide');
  return `---\n${ks.dump(value)}---\n${decoder.decode(body.contents)}`;
}
