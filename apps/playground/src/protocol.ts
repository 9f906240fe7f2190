// What the page and its lint worker say to each other (structured-cloneable plain data).
import type { Piece } from "@reportlint/core";
import type { Severity } from "@reportlint/report-model";

/** A rule's level as the page's settings give it (absent: the rule's default). */
export type Level = "off" | "warn" | "error";

/** Text in both languages of the page. */
export interface Both {
  readonly zh: string;
  readonly en: string;
}

/** The settings linting depends on; `today` is the date deadline rules count from (the engine never reads the clock). */
export interface LintSettings {
  readonly reportYear?: number;
  readonly profile?: string;
  readonly rules: Readonly<Record<string, Level>>;
  readonly today: string;
  /** The language of the messages (the rules word some of their data per language too). */
  readonly locale: "zh" | "en";
}

/** A finding as the page shows it: positions in the text shown, the message in both languages. */
export interface PageFinding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly messageId: string;
  readonly message: string;
  readonly data: Readonly<Record<string, unknown>>;
  readonly span: readonly [number, number];
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  /** The arithmetic of a number finding, as the CLI's html report shows it. */
  readonly detail?: string;
  readonly url?: string;
  readonly fixable: boolean;
}

export interface RuleInfo {
  readonly id: string;
  readonly description: Both;
  readonly url: string;
  /** What the rule does when the settings leave it alone ("off" for a rule outside the recommended set). */
  readonly defaultLevel: Severity | "off";
}

export interface ProfileInfo {
  readonly id: string;
  readonly name: Both;
}

export type Request =
  | { readonly type: "lint"; readonly id: number; readonly text: string; readonly markdown: boolean; readonly settings: LintSettings }
  | { readonly type: "read"; readonly id: number; readonly bytes: Uint8Array; readonly name: string; readonly settings: LintSettings }
  | { readonly type: "fix"; readonly id: number; readonly text: string; readonly markdown: boolean; readonly settings: LintSettings };

export type Reply =
  | { readonly type: "meta"; readonly rules: readonly RuleInfo[]; readonly profiles: readonly ProfileInfo[] }
  | {
      readonly type: "result";
      readonly id: number;
      /** The text linted (a file's decoded or extracted text; after fixes for a "fix" request). */
      readonly text: string;
      readonly markdown: boolean;
      /** The reader that gave the text ("text", "markdown", "docx"), for a "read" request. */
      readonly kind?: string;
      readonly encoding?: string;
      readonly fixed?: boolean;
      readonly findings: readonly PageFinding[];
      /** The text cut at every start and end of a finding (core's spanPieces, as the CLI's html report marks them). */
      readonly pieces: readonly Piece[];
    }
  | { readonly type: "failed"; readonly id: number; readonly reason: Both };
