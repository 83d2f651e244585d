import { parseGlossaryEntry } from '../../src/language/glossary.ts';
import type { LanguageResources } from '../../src/language/lexicon.ts';
import { loadFrequencies } from '../../src/node/load-resources.ts';

/** A small glossary for the tests (the real one is `content/glossaire/`). */
export const TEST_GLOSSARY = [
  parseGlossaryEntry('---\nterm: domiciliation\nsynonyms: [élection de domicile, adresse administrative]\n---\nLa domiciliation est une adresse pour recevoir vos lettres.\n', 'domiciliation.mdx'),
  parseGlossaryEntry('---\nterm: attestation\nforms: [attestations]\n---\nUne attestation est un papier officiel.\n', 'attestation.mdx'),
  parseGlossaryEntry('---\nterm: tribunal administratif\nforms: [tribunaux administratifs]\n---\nUn tribunal pour les problèmes avec les services publics.\n', 'tribunal-administratif.mdx'),
  parseGlossaryEntry('---\nterm: CCAS\nforms: [centre communal d’action sociale]\nsynonyms: [centre social de la mairie]\n---\nLe CCAS est un service de la mairie.\n', 'ccas.mdx'),
  parseGlossaryEntry('---\nterm: commune\nforms: [communes]\nsynonyms: [municipalité]\n---\nLa commune est la ville ou le village où vous êtes.\n', 'commune.mdx'),
];

/** Frequencies from disk and the test glossary, without the spelling dictionary. */
export async function testLanguage(extra: Partial<LanguageResources> = {}): Promise<LanguageResources> {
  return { frequencies: await loadFrequencies(), glossary: TEST_GLOSSARY, ...extra };
}
