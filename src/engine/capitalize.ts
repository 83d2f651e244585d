/**
 * The text with its first character in capitals: a suggestion takes the capital of the word it replaces
 * (« ## Rémunération » → « Salaire », « 25 % des frais » → « Un quart des frais »). Pure code: no Node-only API.
 */
export function capitalizeFirst(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}
