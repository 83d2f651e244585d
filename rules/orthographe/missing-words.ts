/**
 * Correct French words that the Hunspell dictionary `dictionary-fr` 3.0 does not list, met in the service-public
 * fiches and judged correct by the readers (sessions of December 2026): « mobil-homes », « occupationnel »,
 * « paint-ball », « recalcul », and the names of file formats (« pdf »). Lower case, every form written out. Only words that are French (in a recent
 * dictionary: Larousse, Robert); English words stay judged, because they are hard for FALC readers too.
 */
export const MISSING_WORDS: ReadonlySet<string> = new Set([
  'covid',
  'mobil-home', 'mobil-homes',
  'occupationnel', 'occupationnelle', 'occupationnels', 'occupationnelles',
  'paint-ball', 'paintball',
  'recalcul', 'recalculs',
  'carport', 'carports',
  // « un opérateur télécom » (eighteenth reading).
  'télécom', 'télécoms',
  // File formats in lower case: « au format pdf » (fiche F23476, eleventh reading: « pif » was suggested).
  'pdf', 'jpeg', 'jpg', 'png',
  // Names of public services that their owners write in lower case (sixteenth session).
  'mobili-jeune',
]);
