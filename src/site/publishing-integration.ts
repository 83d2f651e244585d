import type { AstroIntegration } from 'astro';
import { publicAddress, publicationSettings } from './publication.ts';

/** The lines the build writes about publication: what readers will see, and the printed address. */
export function publicationNotes(site: string | URL | undefined, env: Record<string, string | undefined>, dev: boolean): { info: string[]; warn: string[] } {
  const settings = publicationSettings(env, dev);
  const info: string[] = [];
  const warn: string[] = [];
  info.push(
    settings.preview
      ? 'Publication : aperçu pour les auteurs, tous les guides sont construits, avec leur statut.'
      : `Publication : seuls les guides au statut ${settings.statuses.map((status) => `« ${status} »`).join(' ou ')} sont publiés (FALC_PUBLISH, FALC_PREVIEW=1 pour un aperçu).`,
  );
  const address = publicAddress(site);
  if (address) info.push(`Adresse publique du site : ${address.origin}. Les guides imprimés montrent un QR code vers cette adresse.`);
  else warn.push('Le site n’a pas d’adresse publique (FALC_SITE_URL) : les guides imprimés n’auront ni QR code ni adresse du guide.');
  return { info, warn };
}

/** Publication: French typography and print links on every page, and the notes above. */
export default function publishingIntegration(): AstroIntegration {
  return {
    name: 'falc-publishing',
    hooks: {
      'astro:config:setup': ({ addMiddleware, command, config, logger }) => {
        addMiddleware({ entrypoint: new URL('./typography-middleware.ts', import.meta.url), order: 'post' });
        if (command !== 'build') return;
        const notes = publicationNotes(config.site, process.env, false);
        for (const line of notes.info) logger.info(line);
        for (const line of notes.warn) logger.warn(line);
      },
    },
  };
}
