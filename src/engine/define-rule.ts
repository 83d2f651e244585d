import type { Root as MdastRoot } from 'mdast';
import type { Transformer } from 'unified';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { ZodType } from 'zod';
import { EMPTY_LEXICON, type Lexicon } from '../language/lexicon.ts';
import { report, type ReportOptions } from './messages.ts';
import type { FalcFacts, FalcRule, RuleSettings, Severity } from './types.ts';

export interface RuleContext<Options> {
  facts: FalcFacts;
  file: VFile;
  options: Options;
  settings: RuleSettings<Options>;
  /** Language resources: frequencies, glossary, allowed words, spelling dictionary. */
  language: Lexicon;
  /** Adds a message for this rule. */
  report(reason: string, options: ReportOptions): VFileMessage;
}

export interface RuleSpec<Options> {
  id: string;
  title: string;
  severity: Severity;
  options: ZodType<Options>;
  check(context: RuleContext<Options>): void;
}

/**
 * Defines a FALC rule as a unified plugin: the plugin reads the facts that the engine computed once
 * (`file.data.falc`) and reports messages with the rule's id, severity and page.
 */
export function defineRule<Options>(spec: RuleSpec<Options>): FalcRule<Options> {
  function plugin(settings: RuleSettings<Options>): Transformer<MdastRoot> {
    return (_tree, file) => {
      const facts = file.data.falc;
      if (!facts) return;
      spec.check({
        facts,
        file,
        options: settings.options,
        settings,
        language: file.data.falcLanguage ?? EMPTY_LEXICON,
        report: (reason, options) => report(file, spec.id, settings as RuleSettings<unknown>, reason, options),
      });
    };
  }
  Object.defineProperty(plugin, 'name', { value: spec.id });
  return { id: spec.id, title: spec.title, severity: spec.severity, options: spec.options, plugin };
}
