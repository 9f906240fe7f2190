import type { z } from "zod";
import type { Locale, MessageData, Profile, Report, Severity, Span } from "@reportlint/report-model";

/** Where rule docs are published; a rule's page is `${RULE_DOCS_BASE}/<id>.md`. */
export const RULE_DOCS_BASE = "https://github.com/reportlint/reportlint/blob/main/packages/rules/docs/rules";

/** A message template per locale; `{{name}}` is replaced from the finding's data. */
export interface RuleMessage {
  readonly zh: string;
  readonly en: string;
}

export interface RuleMeta<Options, MessageIds extends string = string> {
  /** problem: the content is wrong; suggestion: style or hygiene. */
  readonly type: "problem" | "suggestion";
  readonly docs: {
    readonly description: RuleMessage;
    /** Part of the `recommended` preset. */
    readonly recommended: boolean;
  };
  /** Severity when the config says nothing else; findings may lower it for less certain cases. */
  readonly defaultSeverity: Severity;
  /** "safe": --fix applies it; "suggestion": offered, applied only on request. */
  readonly fixable?: "safe" | "suggestion";
  readonly messages: Readonly<Record<MessageIds, RuleMessage>>;
  /** Options schema; parsing `{}` must give the defaults. */
  readonly options?: z.ZodType<Options>;
}

/** What a rule sees besides the report. */
export interface LintSettings {
  /** The report year, from the option, the title, the body or the publication date; null if unknown. */
  readonly reportYear: number | null;
  /** Today's date (YYYY-MM-DD) when the caller knows it; rules never read the clock. */
  readonly today: string | null;
  readonly locale: Locale;
  readonly profile: Profile;
}

/** A replacement proposed by a rule. */
export interface RuleFix {
  readonly span: Span;
  readonly text: string;
}

/** One finding as a rule reports it; the engine adds positions and renders the message. */
export interface RuleFinding<MessageIds extends string = string> {
  /** One of the rule's own message ids: a wrong id is a compile error. */
  readonly messageId: MessageIds;
  readonly data?: MessageData;
  readonly span: Span;
  /** Lower than the configured severity when the rule is less sure (never higher). */
  readonly severity?: Severity;
  readonly fix?: RuleFix;
  readonly suggestions?: readonly { messageId: MessageIds; data?: MessageData; fix: RuleFix }[];
  /** Structured detail for tools (the arithmetic of a number finding). */
  readonly details?: Record<string, unknown>;
}

export interface RuleContext<Options, MessageIds extends string = string> {
  /** The parsed report. */
  readonly document: Report;
  /** Shorthand for `document.text`. */
  readonly text: string;
  readonly options: Options;
  readonly settings: LintSettings;
  report(finding: RuleFinding<MessageIds>): void;
}

export interface Rule<Options = Record<string, never>, MessageIds extends string = string> {
  readonly id: string;
  readonly meta: RuleMeta<Options, MessageIds> & { readonly docs: { readonly url: string } };
  readonly create: (context: RuleContext<Options, MessageIds>) => void;
}

/** A rule with its options type erased, as the registry and the engine hold it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = Rule<any, any>;

export type RuleMap = Readonly<Record<string, AnyRule>>;

export interface RuleDefinition<Options, MessageIds extends string = string> {
  readonly id: string;
  readonly meta: RuleMeta<Options, MessageIds>;
  readonly create: (context: RuleContext<Options, MessageIds>) => void;
}

/**
 * Builds a rule and gives it its docs URL (derived from the id, as typescript-eslint's RuleCreator
 * does). The message ids are read from `meta.messages`, so reporting an id the rule does not define
 * does not compile.
 */
export function createRule<Options = Record<string, never>, MessageIds extends string = string>(
  definition: RuleDefinition<Options, MessageIds>,
): Rule<Options, MessageIds> {
  return {
    id: definition.id,
    meta: { ...definition.meta, docs: { ...definition.meta.docs, url: `${RULE_DOCS_BASE}/${definition.id}.md` } },
    create: definition.create,
  };
}
