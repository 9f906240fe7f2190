import { BoundedMap } from "@reportlint/report-model";
import type { Locale, MessageData } from "@reportlint/report-model";
import type { AnyRule } from "./rule.js";

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

/** A template cut at its placeholders: `texts[0] {{names[0]}} texts[1] … texts[n]`. */
interface Compiled {
  readonly texts: readonly string[];
  readonly names: readonly string[];
  /** Each placeholder as written (kept when its name has no value). */
  readonly wholes: readonly string[];
}

/** Templates already cut, by template (a rule's messages are few; the map is emptied past a bound). */
const MAX_COMPILED = 2048;
const compiledTemplates = new BoundedMap<string, Compiled>(MAX_COMPILED);

function compile(template: string): Compiled {
  let compiled = compiledTemplates.get(template);
  if (compiled) return compiled;
  const texts: string[] = [];
  const names: string[] = [];
  const wholes: string[] = [];
  let last = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    texts.push(template.slice(last, m.index));
    names.push(m[1]!);
    wholes.push(m[0]);
    last = m.index + m[0].length;
  }
  texts.push(template.slice(last));
  compiled = { texts, names, wholes };
  compiledTemplates.set(template, compiled);
  return compiled;
}

/** Replaces `{{name}}` in a template by `data.name`; unknown names stay as written. */
export function interpolate(template: string, data: MessageData | undefined): string {
  const { texts, names, wholes } = compile(template);
  let out = texts[0]!;
  for (let i = 0; i < names.length; i++) {
    const value = data?.[names[i]!];
    out += (value === undefined ? wholes[i]! : String(value)) + texts[i + 1]!;
  }
  return out;
}

/**
 * Words of a tool around the rules (the CLI's help and totals, config problems), by id, in every
 * locale, with `{{name}}` placeholders as in rule messages.
 */
export type MessageTable<Id extends string> = Readonly<Record<Locale, Readonly<Record<Id, string>>>>;

/** A message of `table` in `locale`, its placeholders filled from `data`. */
export function localize<Id extends string>(table: MessageTable<Id>, locale: Locale, id: Id, data?: MessageData): string {
  return interpolate(table[locale][id], data);
}

/** Renders a rule's message in the locale, falling back to Chinese. */
export function renderMessage(rule: AnyRule, messageId: string, data: MessageData | undefined, locale: Locale): string {
  const template = rule.meta.messages[messageId];
  if (!template) throw new Error(`Rule ${rule.id} has no message "${messageId}"`);
  return interpolate(template[locale] || template.zh, data);
}
