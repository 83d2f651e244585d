import { findPicto, pictoSvg } from '../pictos/catalogue.ts';

export type PictoSize = 'petit' | 'moyen' | 'grand';

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * The inline SVG of a pictogram. `decorative`: hidden from screen readers, because the same word
 * is written next to it. Otherwise the SVG is an image named by the catalogue's alt text.
 */
export function pictoHtml(name: string, options: { decorative?: boolean; size?: PictoSize } = {}): string {
  const picto = findPicto(name);
  if (!picto) throw new Error(`Le pictogramme « ${name} » n’existe pas. Choisissez un nom sur la page /pictos/.`);
  const size = options.size ?? 'moyen';
  const accessibility = options.decorative ? 'aria-hidden="true"' : `role="img" aria-label="${escapeAttribute(picto.alt)}"`;
  return pictoSvg(name)
    .replace('aria-hidden="true"', accessibility)
    .replace('<svg ', `<svg class="picto picto-${size}" `);
}
