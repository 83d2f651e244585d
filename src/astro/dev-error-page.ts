/**
 * `astro dev` only: the French page shown instead of a guide that cannot be built (broken MDX, wrong
 * header). It names the file, the line counted in the whole file (header included) and the fix, and
 * reloads by itself each time the file is saved again: it shows the new errors, or the guide.
 */
import { ruleLinkText } from '../browser/message-item.ts';
import type { GuideReport } from './dev-report.ts';

const escape = (text: string): string => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

export function blockingPage(report: GuideReport, slug: string): string {
  const errors = report.messages.filter((message) => message.severity === 'error');
  const items = errors
    .map(
      (message) => `<li>
        ${message.ruleId === 'affichage' ? '' : `<p><strong>Ligne ${message.line}, colonne ${message.column}</strong> du fichier <code>${escape(report.file)}</code> :</p>`}
        <p>${escape(message.reason)}</p>
        ${message.quote ? `<p>Le texte à cet endroit :</p><blockquote>${escape(message.quote)}</blockquote>` : ''}
        ${message.url && !message.url.endsWith('/frontmatter/') && !/syntaxe|fichier/.test(message.ruleId) ? `<p><a href="${escape(message.url)}">${escape(ruleLinkText(message))}</a></p>` : ''}
      </li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<link rel="icon" href="/favicon.svg" type="image/svg+xml" />
<title>Le guide ne peut pas être affiché – Aperçu</title>
<style>
  body { font-family: Verdana, 'DejaVu Sans', sans-serif; font-size: 1.125rem; line-height: 1.6; max-width: 45rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; }
  blockquote { background: #f2f5fa; margin: 0.5rem 0; padding: 0.5rem; white-space: pre-wrap; }
  li { margin-bottom: 1.5rem; }
  .attention { background: #fff4d6; padding: 0.75rem; }
</style>
</head>
<body>
<main id="falc-erreur-guide" data-fichier="${escape(report.file)}">
<h1>Le guide ne peut pas être affiché</h1>
<p class="attention">Le fichier <code>${escape(report.file)}</code> a ${errors.length > 1 ? `${errors.length} erreurs` : 'une erreur'}.<br />Corrigez le fichier, puis enregistrez-le.<br />Cette page se met à jour toute seule.</p>
<ol>
${items}
</ol>
<p>Les lignes sont comptées depuis le début du fichier, avec l’en-tête.</p>
</main>
<script>
  // Reload the page when the guide is saved again: with other errors, this page shows them; without
  // errors, the guide is shown, once the page itself answers (on a busy machine the check can be ready
  // before Vite has compiled the fixed guide).
  const shown = ${JSON.stringify(report.version)};
  setInterval(async () => {
    try {
      const response = await fetch('/__falc/rapport?guide=' + encodeURIComponent(${JSON.stringify(slug)}), { cache: 'no-store' });
      const report = await response.json();
      if (!report) return;
      if (report.blocking) {
        if (report.version !== shown) location.reload();
        return;
      }
      const page = await fetch(location.href, { cache: 'no-store' });
      if (page.ok) location.reload();
    } catch {}
  }, 700);
</script>
</body>
</html>
`;
}
