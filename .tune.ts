import { readFileSync } from 'node:fs';
import { VFile } from 'vfile';
import { createFalcChecker } from './src/falc.ts';
import { loadResources } from './src/node/load-resources.ts';
const threshold = Number(process.env.T ?? 1);
const ids = ['mot-difficile','mot-long','lisibilite','meme-mot','mot-non-explique'];
const rules = Object.fromEntries((await import('./rules/index.ts')).RULES.map(r => [r.id, ids.includes(r.id) ? (r.id==='mot-difficile'? {options:{threshold}}: r.severity) : 'off']));
const c = createFalcChecker({ rules }, await loadResources({ spelling: false }));
for (const p of process.argv.slice(2)) {
  const f = await c.check(new VFile({ path: p, value: readFileSync(p, 'utf8') }));
  console.log(`== ${p} words=${f.data.falc?.words.length} stats=${JSON.stringify(f.data.falcStats)}`);
  for (const m of f.messages) console.log(`  ${m.ruleId} ${m.actual ?? ''} ${m.expected ? '→ '+m.expected.join('|') : ''} ${m.ruleId==='lisibilite'? m.reason:''}`);
}
