import type { z } from 'zod';

/**
 * Plain French for every zod problem, for authors who are not developers: zod's own messages are in
 * English (« Invalid input », « expected number, received string », « Too small »). Pass it to
 * `schema.safeParse(value, { error: frenchZodError })`: messages written in a schema win over it.
 */

const TYPE_NAMES: Record<string, string> = {
  string: 'un texte',
  number: 'un nombre',
  int: 'un nombre entier',
  boolean: 'true ou false',
  array: 'une liste [ ]',
  object: 'un groupe de champs { }',
  record: 'un groupe de champs { }',
  date: 'une date',
  null: 'null',
  undefined: 'rien',
  bigint: 'un nombre',
};

/** The French name of a JSON or YAML value's type. */
export function typeOfValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'une liste [ ]';
  if (value instanceof Date) return 'une date';
  switch (typeof value) {
    case 'string':
      return 'un texte';
    case 'number':
      return Number.isInteger(value) ? 'un nombre entier' : 'un nombre';
    case 'boolean':
      return 'true ou false';
    case 'object':
      return 'un groupe de champs { }';
    case 'undefined':
      return 'rien';
    default:
      return 'une valeur inconnue';
  }
}

function quote(value: unknown): string {
  return typeof value === 'string' ? `« ${value} »` : String(value);
}

function sizeUnit(origin: string | undefined, count: number | bigint): string {
  const plural = Number(count) > 1 ? 's' : '';
  if (origin === 'string') return `${count} signe${plural}`;
  if (origin === 'array' || origin === 'set') return `${count} élément${plural}`;
  return String(count);
}

type Issue = z.core.$ZodRawIssue;

/** The French message of one zod problem. */
export function frenchZodError(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      if (issue.input === undefined) return `Cette valeur manque : écrivez ${expected}.`;
      return `Il faut ${expected}, pas ${typeOfValue(issue.input)}.`;
    }
    case 'invalid_value': {
      const values = issue.values.map(quote);
      return values.length === 1 ? `La valeur doit être ${values[0]}.` : `Choisissez une de ces valeurs : ${values.join(', ')}.`;
    }
    case 'too_small': {
      if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint') {
        return `Le nombre doit être ${issue.inclusive ? 'au moins' : 'plus grand que'} ${issue.minimum}.`;
      }
      if (Number(issue.minimum) === 1 && issue.inclusive !== false) return 'Cette valeur ne doit pas être vide.';
      return `C’est trop court : il faut au moins ${sizeUnit(issue.origin, issue.minimum)}.`;
    }
    case 'too_big': {
      if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint') {
        return `Le nombre doit être ${issue.inclusive ? 'au plus' : 'plus petit que'} ${issue.maximum}.`;
      }
      return `C’est trop long : il faut au plus ${sizeUnit(issue.origin, issue.maximum)}.`;
    }
    case 'invalid_format':
      if (issue.format === 'url') return 'Écrivez une adresse web complète, qui commence par https://.';
      if (issue.format === 'date' || issue.format === 'datetime') return 'Écrivez une date sous la forme 2026-11-25.';
      return 'Cette valeur n’est pas écrite dans la bonne forme.';
    case 'not_multiple_of':
      return `Le nombre doit être un multiple de ${issue.divisor}.`;
    case 'unrecognized_keys':
      return `${issue.keys.length > 1 ? 'Les champs' : 'Le champ'} ${issue.keys.map(quote).join(', ')} ${issue.keys.length > 1 ? 'ne sont pas connus' : 'n’est pas connu'}. Vérifiez le nom ou supprimez-le.`;
    case 'invalid_key':
      return 'Un nom de champ n’est pas valide.';
    case 'invalid_element':
      return 'Un élément de la liste n’est pas valide.';
    case 'invalid_union':
      return 'Cette valeur n’a pas la bonne forme. Regardez un exemple dans la documentation.';
    default:
      return 'Cette valeur n’est pas valide.';
  }
}
