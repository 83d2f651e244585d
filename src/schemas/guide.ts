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

/**
 * The review of a guide by its readers (people with an intellectual disability), as FALC asks.
 * The editor's review form (src/editor/review-field.ts) and `falc relecture` write it; `empreinte` is the fingerprint of the text they read.
 */
export const reviewSchema = z
  .object({
    date: z.coerce.date({ error: 'Écrivez la date de la relecture sous la forme 2026-11-25 (relecture, date).' }),
    par: z
      .array(z.string().min(1, 'Écrivez un nom ou un groupe (relecture, par).'), {
        error: 'Écrivez la liste des personnes ou du groupe qui ont relu le guide (relecture, par).',
      })
      .min(1, 'Écrivez au moins une personne ou un groupe (relecture, par).'),
    consentement: z.literal(true, {
      error: 'Les personnes qui ont relu doivent être d’accord pour que leur nom soit publié : écrivez consentement: true, ou écrivez le nom du groupe à la place des noms (relecture, consentement).',
    }),
    changements: z.string({ error: 'Écrivez en une phrase ce que les relecteurs ont changé (relecture, changements).' }).optional(),
    empreinte: z
      .string({ error: 'L’empreinte du texte relu manque. Enregistrez la relecture dans l’éditeur de guides (bouton « Les lecteurs ont relu le texte enregistré ») ou avec la commande falc relecture (relecture, empreinte).' })
      .regex(/^[0-9a-f]{16}$/, 'L’empreinte du texte relu est fausse. Enregistrez la relecture dans l’éditeur de guides (bouton « Les lecteurs ont relu le texte enregistré ») ou avec la commande falc relecture (relecture, empreinte).'),
  })
  .strict();

export type Review = z.infer<typeof reviewSchema>;

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
    relecture: reviewSchema.optional(),
    verifie: z.coerce.date({ error: 'Écrivez la date de la dernière vérification des faits sous la forme 2026-11-25 (verifie).' }).optional(),
    // « À savoir », at the top of the guide: what it costs, how long it takes, where to go. One short sentence each.
    cost: z.string({ error: 'Écrivez en une phrase courte ce que la démarche coûte, par exemple « C’est gratuit. » (cost).' }).min(3).max(120).optional(),
    delay: z.string({ error: 'Écrivez en une phrase courte le temps de la démarche, par exemple « Vous avez une réponse en 2 mois. » (delay).' }).min(3).max(120).optional(),
    where: z.string({ error: 'Écrivez en une phrase courte où aller, par exemple « Allez au CCAS de votre commune. » (where).' }).min(3).max(120).optional(),
  })
  .strict();

export type GuideFrontmatter = z.infer<typeof guideSchema>;

/**
 * A local office (`content/lieux/*.md`): a CCAS or another service describes itself once, and the site
 * builds a local edition of each guide it names, where `<Lieu local="…">` shows this office.
 */
export const placeSchema = z
  .object({
    nom: z.string({ error: 'Écrivez le nom du lieu (nom).' }).min(3, 'Le nom du lieu est trop court (nom).'),
    type: z
      .string({ error: 'Écrivez le type de service, par exemple ccas (type).' })
      .regex(/^[a-z][a-z0-9-]*$/, 'Le type de service s’écrit en minuscules, sans espace, par exemple ccas (type).'),
    commune: z.string({ error: 'Écrivez le nom de la commune (commune).' }).min(2),
    adresse: z.string({ error: 'Écrivez l’adresse du lieu (adresse).' }).min(5),
    telephone: z.string().regex(/^[0-9 +]{4,20}$/, 'Écrivez le numéro de téléphone avec des chiffres et des espaces (telephone).').optional(),
    horaires: z.string({ error: 'Écrivez les jours et les heures d’ouverture (horaires).' }).min(3).optional(),
    rendezVous: z.string({ error: 'Écrivez comment avoir un rendez-vous (rendezVous).' }).min(3).optional(),
    accessibilite: z.string({ error: 'Écrivez si le bâtiment est accessible, par exemple en fauteuil roulant (accessibilite).' }).min(3).optional(),
    lien: z.url({ error: 'Écrivez l’adresse web complète du lieu, qui commence par https:// (lien).' }).optional(),
    picto: picto.optional(),
    guides: z
      .array(z.string(), { error: 'Écrivez la liste des guides de cette édition locale, par exemple [domiciliation] (guides).' })
      .min(1, 'Écrivez au moins un guide pour cette édition locale (guides).'),
    exemple: z.boolean({ error: 'Écrivez exemple: true pour un lieu qui sert d’exemple, sinon supprimez la ligne (exemple).' }).default(false),
  })
  .strict();

export type Place = z.infer<typeof placeSchema>;

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
