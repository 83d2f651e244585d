import { shortAddress } from './publication.ts';

/**
 * Links that leave the site get their short address in `data-adresse`: the print style sheet
 * writes it after the link (`legifrance.gouv.fr` rather than 3 lines of code). Links whose text
 * already is the address (`class="url"`) and links that never print (`class="source"`: the sources
 * of a guide stay on the screen) are left alone.
 */
export function markExternalLinks(html: string): string {
  return html.replace(/<a\s([^>]*\bhref="(https?:\/\/[^"]+)"[^>]*)>/g, (tag, attributes: string, href: string) => {
    if (/\bdata-adresse=/.test(attributes) || /\bclass="(?:[^"]*\s)?(?:url|source)(?:\s[^"]*)?"/.test(attributes)) return tag;
    const address = shortAddress(href.replace(/&amp;/g, '&')).replace(/"/g, '&quot;');
    return `<a ${attributes} data-adresse="${address}">`;
  });
}
