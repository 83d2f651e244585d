import { SEVERITY_LABELS, type SeverityName } from '../report/severity-labels.ts';

/** What a message list item shows first, on the dev panel and on the /verifier/ page. */
export interface ShownMessage {
  severity: SeverityName;
  line: number;
  reason: string;
  quote?: string;
  /** About the whole text: « tout le texte » instead of a line, and no quote. */
  wholeText?: boolean;
}

/** Where a message is, after its kind: « ligne 12 », or « tout le texte » for a message about the whole text. */
export function placeInWords(message: { line: number; wholeText?: boolean }): string {
  return message.wholeText ? 'tout le texte' : `ligne ${message.line}`;
}

/** The start of a message in a list: « Erreur, ligne 12 : », « Attention, tout le texte : ». */
export function messageHead(message: { severity: SeverityName; line: number; wholeText?: boolean }): string {
  const label = SEVERITY_LABELS[message.severity];
  return `${label.charAt(0).toUpperCase()}${label.slice(1)}, ${placeInWords(message)} : `;
}

/**
 * The text of the link to a rule's page: the rule's French name (« La règle « Phrase négative » »), its id
 * when it has none. The same on the dev panel, the /verifier/ page and the editor.
 */
export function ruleLinkText(message: { ruleId: string; ruleTitle?: string | undefined }): string {
  return `La règle « ${message.ruleTitle ?? message.ruleId} »`;
}

/**
 * A list item with the message's severity, line and explanation, then the quoted text: the dev panel and
 * the /verifier/ page add their own actions after it.
 */
export function messageItem(message: ShownMessage): HTMLLIElement {
  const item = document.createElement('li');
  const head = document.createElement('p');
  const kind = document.createElement('strong');
  kind.textContent = messageHead(message);
  head.append(kind, message.reason);
  item.append(head);
  if (message.wholeText) item.dataset.toutLeTexte = 'oui';
  if (message.quote && !message.wholeText) {
    const quote = document.createElement('blockquote');
    quote.textContent = message.quote;
    item.append(quote);
  }
  return item;
}
