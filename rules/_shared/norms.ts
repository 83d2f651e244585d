/**
 * The parts of the reference of a standard: « NF EN 12975 », « NF EN ISO 7010 », « ISO 9001 ». Shared by `sigle`
 * (these letters are not acronyms to explain there) and `grand-nombre` (the number after them is a reference, not
 * a quantity). Written in capitals: « en 2000 » is a preposition.
 */
export const NORM_PARTS: ReadonlySet<string> = new Set(['NF', 'EN', 'ISO', 'IEC', 'CEI', 'DTU']);
