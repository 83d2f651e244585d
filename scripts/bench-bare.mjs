// The bare unified stack, for `npm run bench`: parse each Markdown file of a folder and turn it into
// French sentences and words (remark-parse → remark-retext + retext-latin), with no rule at all.
//   node scripts/bench-bare.mjs DIR
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkParse from 'remark-parse';
import remarkRetext from 'remark-retext';
import retextLatin from 'retext-latin';
import { unified } from 'unified';
import { VFile } from 'vfile';

const folder = process.argv[2];
const processor = unified().use(remarkParse).use(remarkRetext, unified().use(retextLatin)).freeze();
let words = 0;
for (const name of readdirSync(folder).filter((entry) => entry.endsWith('.md')).sort()) {
  const file = new VFile({ path: join(folder, name), value: readFileSync(join(folder, name), 'utf8') });
  const tree = processor.parse(file);
  await processor.run(tree, file);
  words++;
}
process.stdout.write(`${words} fichiers\n`);
