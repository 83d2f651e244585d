/**
 * The filter of a list of FALC messages, shared by the /verifier/ page (src/pages/verifier/_editor.ts) and
 * the dev panel of `astro dev` (src/astro/dev-panel.ts): a whole service-public fiche gives about 80
 * messages, and an author wants to see one kind at a time (the errors first, or one rule). Plain functions (tested in
 * tests/browser/verifier-filter.test.ts) and the form that uses them: native check boxes and a list
 * (keyboard and screen readers work as with any form), and a sentence that says how many messages the
 * list shows, read aloud when the choice changes.
 */
import type { SeverityCounts, SeverityName } from '../report/severity-labels.ts';
import { countSeverities, plural } from '../report/severity-labels.ts';

export interface Filter {
  /** The kinds shown. */
  severities: ReadonlySet<SeverityName>;
  /** The rule shown, or undefined for all rules. */
  rule: string | undefined;
}

export const ALL_SEVERITIES: readonly SeverityName[] = ['error', 'warning', 'info'];

/** The names of the kinds, as the counts say them (« 2 erreurs, 7 points d’attention, 1 conseil »). */
export const SEVERITY_CHOICES: Record<SeverityName, string> = { error: 'Erreurs', warning: 'Points d’attention', info: 'Conseils' };

export const NO_FILTER: Filter = { severities: new Set(ALL_SEVERITIES), rule: undefined };

interface Filtered {
  severity: SeverityName;
  ruleId: string;
}

export function isFiltered(filter: Filter): boolean {
  return filter.rule !== undefined || ALL_SEVERITIES.some((severity) => !filter.severities.has(severity));
}

export function matches(message: Filtered, filter: Filter): boolean {
  return filter.severities.has(message.severity) && (filter.rule === undefined || message.ruleId === filter.rule);
}

/** The rules of the messages, with their French name and their number, by name. */
export function rulesOf<M extends Filtered & { ruleTitle?: string | undefined }>(messages: readonly M[]): Array<{ id: string; title: string; count: number }> {
  const found = new Map<string, { id: string; title: string; count: number }>();
  for (const message of messages) {
    const rule = found.get(message.ruleId);
    if (rule) rule.count += 1;
    else found.set(message.ruleId, { id: message.ruleId, title: message.ruleTitle ?? message.ruleId, count: 1 });
  }
  return [...found.values()].sort((a, b) => a.title.localeCompare(b.title, 'fr'));
}

/** The sentence said when the list changes: « La liste montre 7 messages sur 77. » */
export function shownInWords(shown: number, total: number): string {
  if (total === 0) return '';
  if (shown === total) return total === 1 ? 'La liste montre le message.' : `La liste montre les ${total} messages.`;
  if (shown === 0) return `La liste ne montre aucun message sur ${total}. Changez votre choix.`;
  return `La liste montre ${plural(shown, 'message', 'messages')} sur ${total}.`;
}

/**
 * What a list shows with a filter: the items it lets through, and the sentence to say (with `announce`,
 * also when nothing is filtered: after a choice of the author). `messageOf` gives an item's message.
 */
export function shownWith<T>(items: readonly T[], filter: Filter, messageOf: (item: T) => Filtered, announce: boolean): { visible: readonly T[]; words: string } {
  const filtered = isFiltered(filter);
  const visible = filtered ? items.filter((item) => matches(messageOf(item), filter)) : items;
  return { visible, words: announce || filtered ? shownInWords(visible.length, items.length) : '' };
}

/** The count of each kind, under the name of its counts (`countSeverities`). */
const COUNT_OF: Record<SeverityName, keyof SeverityCounts> = { error: 'errors', warning: 'warnings', info: 'infos' };

/**
 * The form of the filter, in `host`. `onChange` is called with the new filter after each choice. Its
 * `update(messages)` rebuilds the list of rules when the messages change (the choice is kept).
 */
export function createFilterForm(host: HTMLElement, onChange: (filter: Filter) => void) {
  const form = document.createElement('fieldset');
  form.className = 'filtre';
  const legend = document.createElement('legend');
  legend.textContent = 'Montrer dans la liste';
  form.append(legend);
  const boxes = new Map<SeverityName, { input: HTMLInputElement; count: HTMLSpanElement }>();
  const kinds = document.createElement('p');
  kinds.className = 'filtre-sortes';
  for (const severity of ALL_SEVERITIES) {
    const label = document.createElement('label');
    const input = document.createElement('input');
    input.type = 'checkbox';
    input.checked = true;
    input.name = 'sorte';
    input.value = severity;
    const count = document.createElement('span');
    label.append(input, ` ${SEVERITY_CHOICES[severity]} `, count);
    kinds.append(label);
    boxes.set(severity, { input, count });
  }
  const ruleLabel = document.createElement('label');
  ruleLabel.className = 'filtre-regle';
  ruleLabel.textContent = 'Règle : ';
  const select = document.createElement('select');
  select.name = 'regle';
  ruleLabel.append(select);
  form.append(kinds, ruleLabel);
  host.replaceChildren(form);

  const current = (): Filter => ({
    severities: new Set(ALL_SEVERITIES.filter((severity) => boxes.get(severity)!.input.checked)),
    rule: select.value === '' ? undefined : select.value,
  });
  form.addEventListener('change', () => onChange(current()));

  let optionsKey = '';
  return {
    current,
    /** Sets the choice without calling `onChange` (the dev panel puts back the choice made before a reload). */
    choose(filter: Filter): void {
      for (const severity of ALL_SEVERITIES) boxes.get(severity)!.input.checked = filter.severities.has(severity);
      if (filter.rule !== undefined && ![...select.options].some((option) => option.value === filter.rule)) select.add(new Option(filter.rule, filter.rule));
      select.value = filter.rule ?? '';
    },
    /** The counts beside the kinds and the rules in the list, for these messages. */
    update<M extends Filtered & { ruleTitle?: string | undefined }>(messages: readonly M[]): void {
      host.hidden = messages.length === 0;
      const counts = countSeverities(messages);
      for (const severity of ALL_SEVERITIES) {
        const count = `(${counts[COUNT_OF[severity]]})`;
        const box = boxes.get(severity)!;
        if (box.count.textContent !== count) box.count.textContent = count;
      }
      const rules = rulesOf(messages);
      const chosen = select.value;
      // A chosen rule with no message left stays in the list (0), so that the choice does not jump.
      if (chosen !== '' && !rules.some((rule) => rule.id === chosen)) {
        const title = [...select.options].find((option) => option.value === chosen)?.dataset.titre ?? chosen;
        rules.push({ id: chosen, title, count: 0 });
      }
      const key = `${messages.length}\u0000${rules.map((rule) => `${rule.id}:${rule.count}`).join('\u0000')}`;
      if (key === optionsKey) return;
      optionsKey = key;
      const all = new Option(`Toutes les règles (${messages.length})`, '');
      const options = rules.map((rule) => {
        const option = new Option(`${rule.title} (${rule.count})`, rule.id);
        option.dataset.titre = rule.title;
        return option;
      });
      select.replaceChildren(all, ...options);
      select.value = chosen;
    },
  };
}
