import { describe, expect, it } from 'vitest';
import { compactHtml } from '../../src/site/compact-html.ts';

describe('compact HTML', () => {
  it('removes the line ends after a line break and between blocks', () => {
    expect(compactHtml('<p>Une phrase.<br/>\nUne autre phrase.</p>\n<ul>\n<li>un papier</li>\n<li>un autre</li>\n</ul>\n<h2>Où aller</h2>\n<p>Ici.</p>')).toBe(
      '<p>Une phrase.<br>Une autre phrase.</p><ul><li>un papier</li><li>un autre</li></ul><h2>Où aller</h2><p>Ici.</p>',
    );
  });

  it('keeps a line end inside a sentence, where it is a space', () => {
    expect(compactHtml('<p>Allez à la <strong>mairie</strong>\navec vos papiers.</p>')).toBe('<p>Allez à la <strong>mairie</strong>\navec vos papiers.</p>');
    expect(compactHtml('<a href="/">un</a>\n<a href="/b/">deux</a>')).toBe('<a href="/">un</a>\n<a href="/b/">deux</a>');
  });

  it('leaves code, text areas, scripts and styles as they are', () => {
    const code = '<pre><code>&lt;Etapes&gt;\n&lt;/Etapes&gt;</code></pre>\n<textarea>Une phrase.<br/>\n</textarea><script>"</p>\\n"</script><style>p{}</style>';
    expect(compactHtml(code)).toBe(code);
    expect(compactHtml('<pre>a</p>\nb</pre>\n<p>x</p>\n<pre>c</li>\nd</pre>')).toBe('<pre>a</p>\nb</pre>\n<p>x</p><pre>c</li>\nd</pre>');
  });
});
