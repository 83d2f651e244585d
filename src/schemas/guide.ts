import { z } from 'zod';
import { PICTO_NAMES } from '../pictos/catalogue.ts';

/** French names of the frontmatter fields, for messages. */
const source = z.object({
  label: z.string({ error: 'Écrivez le nom de la source (label).' }).min(1, 'Écrivez le nom de la source (label).'),
  url: z.url({ error: 'Écrivez l’adresse web complète de la source, qui commence par https:// (url).' }),
});

const picto = z
  .string({ error: 'Écrivez le nom d’un pictogramme du catalogue (page /pictos/).' })
  .refine((name) => PICTO_NAMES.has(name), { error: 'Ce pictogramme n’existe pas. Choisissez un nom sur la page /pictos/.' });

/** Frontmatter of a guide (`content/guides/*.mdx`). Messages are for authors, in French. */
export const guideSchema = z
  .object({
    title: z
      .string({ error: 'Écrivez le titre du guide (title).' })
      .min(3, 'Le titre du guide est trop court.')
      .max(80, 'Le titre du guide est trop long : 80 signes au plus.'),
    description: z
      .string({ error: 'Écrivez en une phrase ce que le guide aide à faire (description).' })
      .min(10, 'La description est trop courte : écrivez une phrase.')
      .max(200, 'La description est trop longue : écrivez une seule phrase courte.'),
    lang: z.literal('fr', { error: 'La langue du guide doit être « fr » (lang).' }),
    updated: z.coerce.date({ error: 'Écrivez la date de mise à jour sous la forme 2026-11-25 (updated).' }),
    status: z.enum(['brouillon', 'relu', 'valide'], { error: 'Le statut doit être « brouillon », « relu » ou « valide » (status).' }),
    sources: z
      .array(source, { error: 'Donnez la liste des sources officielles (sources).' })
      .min(1, 'Donnez au moins une source officielle (sources).'),
    picto: picto.optional(),
    audience: z.string({ error: 'Écrivez pour qui est le guide (audience).' }).min(3).optional(),
    order: z.number({ error: 'L’ordre doit être un nombre (order).' }).int().optional(),
    // « À savoir », at the top of the guide: what it costs, how long it takes, where to go. One short sentence each.
    cost: z.string({ error: 'Écrivez en une phrase courte ce que la démarche coûte, par exemple « C’est gratuit. » (cost).' }).min(3).max(120).optional(),
    delay: z.string({ error: 'Écrivez en une phrase courte le temps de la démarche, par exemple « Vous avez une réponse en 2 mois. » (delay).' }).min(3).max(120).optional(),
    where: z.string({ error: 'Écrivez en une phrase courte où aller, par exemple « Allez au CCAS de votre commune. » (where).' }).min(3).max(120).optional(),
  })
  .strict();

export type GuideFrontmatter = z.infer<typeof guideSchema>;

/** Frontmatter of a glossary entry (`content/glossaire/*.mdx`). */
export const glossarySchema = z
  .object({
    term: z.string({ error: 'Écrivez le mot expliqué (term).' }).min(1),
    forms: z.array(z.string(), { error: 'Donnez les autres formes du mot : pluriel, verbe… (forms).' }).default([]),
    picto: picto.optional(),
    synonyms: z.array(z.string(), { error: 'Donnez la liste des mots à ne pas utiliser à la place (synonyms).' }).default([]),
  })
  .strict();

export type GlossaryFrontmatter = z.infer<typeof glossarySchema>;
