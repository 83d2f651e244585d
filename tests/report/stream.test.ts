// `falc check` writes its report file by file (memory stays flat over thousands of files): the text
// must be exactly what the reporter gives for all the files at once.
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { REPORTERS, STREAM_REPORTERS } from '../../src/report/index.ts';
import { countMessages } from '../../src/report/summary.ts';

function sample(): VFile[] {
  const a = new VFile({ path: 'guides/a.mdx', value: 'x' });
  const message = a.message('La phrase est trop longue : 31 mots.', { place: { start: { line: 2, column: 1 }, end: { line: 2, column: 40 } }, ruleId: 'phrase-longue', source: 'falc' });
  message.fatal = true;
  message.actual = 'Une phrase\ntrès « longue »';
  message.expected = ['Coupez la phrase'];
  message.url = '/regles/phrase-longue/';
  const b = new VFile({ path: 'guides/b.mdx', value: 'y' });
  const c = new VFile({ path: 'guides/c.mdx', value: 'z' });
  c.message('Mot difficile : « dématérialisé ».', { place: { line: 1, column: 5 }, ruleId: 'mot-difficile', source: 'falc' });
  c.data.falcStats = { kandelMoles: 70, lix: 30 };
  return [a, b, c];
}

function streamed(format: string, files: VFile[], options = {}): string {
  const writer = STREAM_REPORTERS[format]!(options);
  return writer.start() + files.map((file) => writer.file(file)).join('') + writer.end(countMessages(files));
}

describe('the report written file by file', () => {
  for (const format of Object.keys(STREAM_REPORTERS)) {
    it(`is the same text as the ${format} report of all the files`, () => {
      for (const files of [sample(), sample().slice(1, 2), []]) {
        expect(streamed(format, files)).toBe(REPORTERS[format]!(files, {}));
        expect(streamed(format, files, { verbose: true, color: true })).toBe(REPORTERS[format]!(files, { verbose: true, color: true }));
      }
    });
  }

  it('is valid JSON with the summary at the end', () => {
    const report = JSON.parse(streamed('json', sample()));
    expect(report.files.map((file: { path: string }) => file.path)).toEqual(['guides/a.mdx', 'guides/b.mdx', 'guides/c.mdx']);
    expect(report.summary).toEqual({ files: 3, errors: 1, warnings: 1, infos: 0 });
    expect(JSON.parse(streamed('json', []))).toEqual({ files: [], summary: { files: 0, errors: 0, warnings: 0, infos: 0 } });
  });
});
