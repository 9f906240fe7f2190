import type { RuleMap } from "../rule.js";
import cjkSpacing from "./cjk-spacing.js";
import commonTypos from "./common-typos.js";
import documentNumber from "./document-number.js";
import duplicateText from "./duplicate-text.js";
import enumerationSequence from "./enumeration-sequence.js";
import headingSequence from "./heading-sequence.js";
import headingStyle from "./heading-style.js";
import impossiblePercentage from "./impossible-percentage.js";
import invalidDate from "./invalid-date.js";
import invisibleChars from "./invisible-chars.js";
import officialNames from "./official-names.js";
import partExceedsTotal from "./part-exceeds-total.js";
import placeholderText from "./placeholder-text.js";
import punctuationWidth from "./punctuation-width.js";
import rateMismatch from "./rate-mismatch.js";
import reportTitle from "./report-title.js";
import reportYear from "./report-year.js";
import requiredSections from "./required-sections.js";
import staleYear from "./stale-year.js";
import sumMismatch from "./sum-mismatch.js";
import traditionalChars from "./traditional-chars.js";
import unpairedPunctuation from "./unpaired-punctuation.js";
import webBoilerplate from "./web-boilerplate.js";
import xxgkProseVsTable from "./xxgk-prose-vs-table.js";
import xxgkTableIdentities from "./xxgk-table-identities.js";

/**
 * Every built-in rule by id, kept in alphabetical order. Nothing scans the file system, so this
 * works in the browser too. To add a rule: create rules/<id>.ts, docs/rules/<id>.md and
 * test/rules/<id>.test.ts, then list it here.
 */
export const rules = {
  "cjk-spacing": cjkSpacing,
  "common-typos": commonTypos,
  "document-number": documentNumber,
  "duplicate-text": duplicateText,
  "enumeration-sequence": enumerationSequence,
  "heading-sequence": headingSequence,
  "heading-style": headingStyle,
  "impossible-percentage": impossiblePercentage,
  "invalid-date": invalidDate,
  "invisible-chars": invisibleChars,
  "official-names": officialNames,
  "part-exceeds-total": partExceedsTotal,
  "placeholder-text": placeholderText,
  "punctuation-width": punctuationWidth,
  "rate-mismatch": rateMismatch,
  "report-title": reportTitle,
  "report-year": reportYear,
  "required-sections": requiredSections,
  "stale-year": staleYear,
  "sum-mismatch": sumMismatch,
  "traditional-chars": traditionalChars,
  "unpaired-punctuation": unpairedPunctuation,
  "web-boilerplate": webBoilerplate,
  "xxgk-prose-vs-table": xxgkProseVsTable,
  "xxgk-table-identities": xxgkTableIdentities,
} satisfies RuleMap;

/** Ids of the built-in rules. */
export type BuiltinRuleId = keyof typeof rules;
