import { VFile } from '/work/wt/s8/node_modules/vfile/index.js';
import { createFalcChecker } from '/work/wt/s8/src/falc.ts';
import { violations } from '/work/wt/s8/tests/fuzz/properties.ts';
import { loadResources } from '/work/wt/s8/src/node/load-resources.ts';
const lang = await loadResources({ cwd: '/work/wt/s8' });
const checker = createFalcChecker({}, lang);
const samples = [
  'Vous allez à la mairie avec Tom&amp;Jerry et vos papiers.\n',
  'Vous allez à la mairie&amp;préfecture et vous donnez vos papiers.\n',
  'Vous ne\u200b venez pas demain à la mairie.\n',
  'Vous allez à la mai\u200brie demain.\n',
  'Vous allez à la mai\u00adrie demain.\n',
  'Un <u>mot</u> ici et là.\n',
  'Vous ne venez pas demain, et vous ne partez jamais.\n',
  'Vous allez à la mairie https://www.exemple.fr/une/page/tres/longue avec vos papiers et votre carte et votre livret de famille et votre facture.\n',
  'Vous n’&amp; venez pas.\n',
];
for (const value of samples) {
  const file = new VFile({ path: 'a.md', value });
  await checker.check(file);
  for (const v of violations(file)) console.log(JSON.stringify(value), v.detail);
}
