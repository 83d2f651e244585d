// Prints the findings on the FALC excerpts, to judge them by hand: `npx tsx tests/evaluation-real/dump.ts`.
import { falcFindings, realLanguage } from './findings.ts';
import { readJudgements } from './judgements.ts';

const judged = readJudgements();
const results = await falcFindings(await realLanguage());
let total = 0;
for (const result of results) {
  for (const finding of result.findings) {
    total++;
    const verdict = judged.get(finding.key)?.verdict ?? '?';
    if (process.argv.includes('--new') && verdict !== '?') continue;
    console.log(`${verdict}\t${finding.key}\t${finding.severity}\t${finding.actual.replace(/\s+/g, " ").slice(0, 60)}\t${finding.reason.replace(/\s+/g, " ").slice(0, 110)}`);
  }
}
console.log(`${total} findings, ${results.reduce((sum, result) => sum + result.sentences, 0)} sentences`);
