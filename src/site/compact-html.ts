/**
 * The line ends that Markdown leaves after a line break and between blocks (`<br/>` + new line,
 * `</li>` + new line…). The browser shows nothing for them: removing them makes the page lighter and
 * changes nothing on the screen or on paper. Only after these tags (never inside a sentence, where a
 * line end is a space); `<pre>`, `<textarea>`, `<script>` and `<style>` are left as they are.
 */
const AFTER_BLOCK = /(<br\s*\/?>|<\/(?:p|li|ul|ol|dl|dt|dd|h[1-6])>|<(?:ul|ol|dl)>)\n+/g;
const KEEP = /(<(pre|textarea|script|style)\b[\s\S]*?<\/\2>)/g;

export function compactHtml(html: string): string {
  return html
    .split(KEEP)
    .filter((_part, index) => index % 3 !== 2) // the tag name captured by KEEP
    .map((part, index) => (index % 2 === 0 ? part.replace(AFTER_BLOCK, (_match, tag: string) => (tag.startsWith('<br') ? '<br>' : tag)) : part))
    .join('');
}
