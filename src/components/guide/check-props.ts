import { componentContract } from '../contract.ts';
import { findPicto } from '../../pictos/catalogue.ts';

/**
 * Defence in depth: the `composant` rule of the checker already stops the build on a wrong prop.
 * If a wrong value still reaches a component, the page is not built and the author reads a short
 * French message.
 */
export function checkProps(name: string, props: Record<string, unknown>): void {
  const contract = componentContract(name);
  if (!contract) throw new Error(`Le composant <${name}> n’existe pas.`);
  for (const [prop, rule] of Object.entries(contract.props)) {
    const value = props[prop];
    const empty = value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
    if (empty) {
      if (rule.required) throw new Error(`<${name}> : écrivez la propriété « ${prop} ». ${rule.description}`);
      continue;
    }
    if (typeof value !== 'string') throw new Error(`<${name}> : la propriété « ${prop} » doit être un texte entre guillemets.`);
    if (rule.picto && !findPicto(value)) {
      throw new Error(`<${name}> : le pictogramme « ${value} » n’existe pas. Choisissez un nom sur la page /pictos/.`);
    }
    if (rule.values && !rule.values.includes(value)) {
      throw new Error(`<${name}> : la valeur « ${value} » ne convient pas pour « ${prop} ». Écrivez : ${rule.values.join(', ')}.`);
    }
  }
}

/** A heading level given by the remark plugin `remark-guide-structure`, or the default. */
export function headingLevel(value: unknown, fallback: number): 2 | 3 | 4 | 5 | 6 {
  const level = Number(value);
  if (!Number.isInteger(level)) return fallback as 2 | 3 | 4 | 5 | 6;
  return Math.min(6, Math.max(2, level)) as 2 | 3 | 4 | 5 | 6;
}
