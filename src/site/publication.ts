/**
 * What readers may see: which guides a build publishes, and the site's public address.
 * Pure functions (no Astro, no Node API), read by the pages, the build integration and the tests.
 */

export const GUIDE_STATUSES = ['brouillon', 'relu', 'valide'] as const;
export type GuideStatus = (typeof GUIDE_STATUSES)[number];

/** By default a production build publishes the guides a person has read again (`relu`) or readers tested (`valide`). */
export const DEFAULT_PUBLISHED_STATUSES: readonly GuideStatus[] = ['relu', 'valide'];

export interface PublicationSettings {
  /** Preview (authors): every guide, with its status shown. `astro dev` and `FALC_PREVIEW=1`. */
  preview: boolean;
  /** The statuses a production build publishes (`FALC_PUBLISH=relu,valide`). */
  statuses: readonly GuideStatus[];
}

type Env = Record<string, string | undefined>;

/** The settings from the environment: `FALC_PREVIEW=1` for a preview build, `FALC_PUBLISH` for the statuses. */
export function publicationSettings(env: Env, dev = false): PublicationSettings {
  const preview = dev || /^(1|true|oui|yes)$/i.test(env.FALC_PREVIEW ?? '');
  const asked = (env.FALC_PUBLISH ?? '')
    .split(',')
    .map((value) => value.trim())
    .filter(Boolean);
  const unknown = asked.filter((value) => !(GUIDE_STATUSES as readonly string[]).includes(value));
  if (unknown.length > 0) {
    throw new Error(`FALC_PUBLISH : le statut « ${unknown.join(', ')} » n’existe pas. Écrivez une liste parmi : ${GUIDE_STATUSES.join(', ')}.`);
  }
  return { preview, statuses: asked.length > 0 ? (asked as GuideStatus[]) : DEFAULT_PUBLISHED_STATUSES };
}

/** True when the build shows this guide. */
export function isPublished(status: GuideStatus, settings: PublicationSettings): boolean {
  return settings.preview || settings.statuses.includes(status);
}

const LOCAL_HOSTS = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\]|0\.0\.0\.0)$|\.localhost$|\.local$|\.test$|\.invalid$/i;

/**
 * The site's public address, or undefined when there is none: no address, or an address on this
 * computer (localhost…). A printed guide shows a QR code only for a real address.
 */
export function publicAddress(site: string | URL | undefined): URL | undefined {
  if (!site) return undefined;
  let url: URL;
  try {
    url = new URL(String(site));
  } catch {
    return undefined;
  }
  if (!/^https?:$/.test(url.protocol) || LOCAL_HOSTS.test(url.hostname)) return undefined;
  return url;
}

/**
 * An address short enough to copy by hand from paper: without `https://`, `www.`, the query and
 * the anchor. When it stays longer than `max` signs, only the name of the site is kept.
 */
export function shortAddress(address: string, max = 50): string {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return address;
  }
  const host = url.hostname.replace(/^www\./, '');
  const path = url.pathname === '/' ? '' : url.pathname.replace(/\/$/, '');
  const full = `${host}${path}`;
  return full.length <= max && url.search === '' ? full : host;
}
