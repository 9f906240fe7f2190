import * as z from "zod";
import { lazySchema } from "./lazy-schema.js";
import { RangeSchema, SpanSchema } from "./position.js";

/** How serious a finding is. `info` is hidden by default. */
export const SeveritySchema = lazySchema(() => z.enum(["error", "warning", "info"]));
export type Severity = z.infer<typeof SeveritySchema>;

/** One text replacement: replace `span` of the linted text by `text`. */
export const FixSchema = lazySchema(() => z.object({
  span: SpanSchema,
  text: z.string(),
}));
export type Fix = z.infer<typeof FixSchema>;

/** A fix offered to the user (editor quick fix, --fix-dry-run) but never applied by plain --fix. */
export const SuggestionSchema = lazySchema(() => z.object({
  messageId: z.string(),
  data: z.record(z.string(), z.union([z.string(), z.number()])),
  message: z.string(),
  fix: FixSchema,
}));
export type Suggestion = z.infer<typeof SuggestionSchema>;

/** Values a message template can interpolate. */
export const MessageDataSchema = lazySchema(() => z.record(z.string(), z.union([z.string(), z.number()])));
export type MessageData = z.infer<typeof MessageDataSchema>;

/** A finding of one rule, located in the linted text. */
export const DiagnosticSchema = lazySchema(() => z.object({
  ruleId: z.string(),
  severity: SeveritySchema,
  messageId: z.string(),
  data: MessageDataSchema,
  /** The message rendered in the configured locale. */
  message: z.string(),
  span: SpanSchema,
  range: RangeSchema,
  /** A safe fix: changes only what the message names, idempotent. */
  fix: FixSchema.optional(),
  suggestions: z.array(SuggestionSchema).optional(),
  /** The docs page of the rule. */
  url: z.string().optional(),
  /**
   * Structured detail for tools, e.g. the arithmetic behind a number finding
   * ({ printed, computed, expression, candidates }).
   */
  details: z.record(z.string(), z.unknown()).optional(),
}));
export type Diagnostic = z.infer<typeof DiagnosticSchema>;
