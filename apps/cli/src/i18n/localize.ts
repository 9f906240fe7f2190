import type { Locale, MessageData } from "@reportlint/report-model";
import { interpolate } from "@reportlint/rules";

/**
 * The CLI's own words (help, labels, totals, notices about files) in every locale, by id, with
 * `{{name}}` placeholders as in rule messages. One table per part of the CLI, beside it in this folder.
 */
export type MessageTable<Id extends string> = Readonly<Record<Locale, Readonly<Record<Id, string>>>>;

/** A message of `table` in `locale`, its placeholders filled from `data`. */
export function localize<Id extends string>(table: MessageTable<Id>, locale: Locale, id: Id, data?: MessageData): string {
  return interpolate(table[locale][id], data);
}
