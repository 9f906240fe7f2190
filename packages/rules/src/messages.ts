import type { Locale, MessageData } from "@reportlint/report-model";
import type { AnyRule } from "./rule.js";

/** Replaces `{{name}}` in a template by `data.name`; unknown names stay as written. */
export function interpolate(template: string, data: MessageData | undefined): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => {
    const value = data?.[name];
    return value === undefined ? whole : String(value);
  });
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
