import { parseArgs } from 'node:util';
import { recordReview, ReviewError } from '../node/record-review.ts';
import type { CliIo } from './main.ts';

export const REVIEW_USAGE = `Utilisation : falc relecture <guide.mdx> --par "Nom" [--par "Nom 2"] --consentement [options]

Enregistre dans l’en-tête du guide la relecture faite par des lecteurs : la date, les personnes ou le
groupe, ce qu’ils ont changé, et l’empreinte du texte relu. Quand le texte change après la relecture,
falc check le dit : le guide est de nouveau « à relire ».

Options :
  --par <nom>             une personne ou un groupe qui a relu (répétez l’option pour plusieurs noms)
  --consentement          les personnes nommées sont d’accord pour que leur nom soit publié (obligatoire)
  --date <AAAA-MM-JJ>     le jour de la relecture (par défaut : aujourd’hui)
  --changements <texte>   ce que les relecteurs ont changé, en une phrase
  --help                  affiche cette aide`;

/** `falc relecture`: records a review by readers in a guide's header. Returns the exit code. */
export async function runReview(args: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        par: { type: 'string', multiple: true },
        consentement: { type: 'boolean', default: false },
        date: { type: 'string' },
        changements: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    const option = error instanceof Error ? /'([^']+)'/.exec(error.message)?.[1] : undefined;
    io.stderr(`L’option « ${option ?? ''} » n’est pas connue ou est mal écrite.\n\n${REVIEW_USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(`${REVIEW_USAGE}\n`);
    return 0;
  }
  if (positionals.length !== 1) {
    io.stderr(`Indiquez un seul guide. Par exemple : falc relecture content/guides/domiciliation.mdx --par "Atelier FALC" --consentement\n\n${REVIEW_USAGE}\n`);
    return 2;
  }
  const reviewers = (values.par ?? []).map((name) => name.trim()).filter((name) => name !== '');
  if (reviewers.length === 0) {
    io.stderr('Indiquez qui a relu le guide avec --par "Nom" (une personne ou un groupe).\n');
    return 2;
  }
  if (!values.consentement) {
    io.stderr('Les noms des relecteurs sont publiés sur la page du guide. Demandez leur accord, puis ajoutez --consentement. Sans accord, écrivez le nom du groupe avec --par.\n');
    return 2;
  }
  const date = values.date ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(new Date(`${date}T00:00:00Z`).getTime())) {
    io.stderr(`La date « ${date} » est mal écrite. Écrivez-la comme ceci : 2026-11-25.\n`);
    return 2;
  }
  const path = positionals[0]!;
  try {
    const { fingerprint } = await recordReview(path, { date, par: reviewers, ...(values.changements ? { changements: values.changements } : {}) });
    io.stdout(`Relecture enregistrée dans ${path} : le ${date}, par ${reviewers.join(', ')} (empreinte ${fingerprint}).\nVous pouvez maintenant écrire le statut « relu » ou « valide » dans l’en-tête.\n`);
    return 0;
  } catch (error) {
    if (error instanceof ReviewError) {
      io.stderr(`${path} : ${error.message}\n`);
      return 2;
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') io.stderr(`${path} : ce fichier n’existe pas.\n`);
    else if (code === 'EISDIR') io.stderr(`${path} : c’est un dossier. Indiquez un fichier de guide.\n`);
    else io.stderr(`${path} : le fichier ne peut pas être lu ou écrit.\n`);
    return 2;
  }
}
