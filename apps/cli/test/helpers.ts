import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { createRule, type RuleMap } from "@reportlint/rules";
import { run } from "../src/index.js";

/** A fresh temporary directory (realpath'd, so paths match what the CLI prints). */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "reportlint-cli-"));
}

/** Writes a file, creating its folders. */
export function put(dir: string, path: string, content: string | Uint8Array): string {
  const full = join(dir, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, content);
  return full;
}

function* indexes(text: string, word: string): Generator<number> {
  for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + word.length)) yield i;
}

const docs = (zh: string, en: string) => ({ description: { zh, en }, recommended: true });

/** Small rules for CLI tests: the real ones are written elsewhere and may change. */
export const testRules: RuleMap = {
  typo: createRule({
    id: "typo",
    meta: {
      type: "problem",
      docs: docs("错别字", "Typos"),
      defaultSeverity: "warning",
      fixable: "safe",
      messages: { wrong: { zh: "“{{found}}”应为“{{expected}}”", en: "Unexpected “{{found}}”, expected “{{expected}}”" } },
    },
    create(context) {
      for (const i of indexes(context.text, "国绕")) {
        context.report({ messageId: "wrong", data: { found: "国绕", expected: "围绕" }, span: [i, i + 2], fix: { span: [i, i + 2], text: "围绕" } });
      }
    },
  }),
  "bad-word": createRule({
    id: "bad-word",
    meta: {
      type: "problem",
      docs: docs("禁用词", "Forbidden words"),
      defaultSeverity: "error",
      messages: { found: { zh: "不应出现“错误”", en: "Unexpected “错误”" } },
    },
    create(context) {
      for (const i of indexes(context.text, "错误")) context.report({ messageId: "found", span: [i, i + 2] });
    },
  }),
  sum: createRule({
    id: "sum",
    meta: {
      type: "problem",
      docs: docs("合计", "Totals"),
      defaultSeverity: "error",
      messages: { mismatch: { zh: "分项之和与合计不符", en: "The parts do not add up to the total" } },
    },
    create(context) {
      for (const i of indexes(context.text, "合计")) {
        context.report({ messageId: "mismatch", span: [i, i + 2], details: { expression: "1 + 2 = 3 ≠ 4" } });
      }
    },
  }),
  note: createRule({
    id: "note",
    meta: {
      type: "suggestion",
      docs: docs("提示", "Notes"),
      defaultSeverity: "info",
      messages: { note: { zh: "提示：年度 {{year}}，今天 {{today}}", en: "Note: year {{year}}, today {{today}}" } },
    },
    create(context) {
      const data = { year: context.settings.reportYear ?? "none", today: context.settings.today ?? "none" };
      for (const i of indexes(context.text, "注意")) context.report({ messageId: "note", data, span: [i, i + 2] });
    },
  }),
  spacing: createRule({
    id: "spacing",
    meta: {
      type: "suggestion",
      docs: docs("中文与数字间的空格", "Spaces between Chinese and digits"),
      defaultSeverity: "warning",
      fixable: "safe",
      messages: { space: { zh: "中文与数字之间不应有空格", en: "Unexpected space between Chinese and a digit" } },
    },
    create(context) {
      for (const m of context.text.matchAll(/[\u4e00-\u9fff]( )\d/g)) {
        const at = m.index + 1;
        context.report({ messageId: "space", span: [at, at + 1], fix: { span: [at, at + 1], text: "" } });
      }
    },
  }),
  placeholder: createRule({
    id: "placeholder",
    meta: {
      type: "problem",
      docs: docs("占位符", "Placeholders"),
      defaultSeverity: "warning",
      fixable: "suggestion",
      messages: { left: { zh: "残留占位符“某县”", en: "Placeholder “某县” left in" }, use: { zh: "改为“本县”", en: "Use “本县”" } },
    },
    create(context) {
      for (const i of indexes(context.text, "某县")) {
        context.report({ messageId: "left", span: [i, i + 2], suggestions: [{ messageId: "use", fix: { span: [i, i + 2], text: "本县" } }] });
      }
    },
  }),
};

/**
 * Blanks at the edges of a line are layout in a page, a PDF or Markdown (dropped by the reader, or
 * syntax), so invisible-chars' indentation and trailing-blank findings of a .txt have no counterpart
 * there: tests that compare a format with the text leave them aside.
 */
export const LINE_EDGE_RULES: ReadonlySet<string> = new Set(["invisible-chars"]);

/** A message of `--format json`, as far as position tests read it. */
export interface JsonMessage {
  ruleId: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The page, for PDFs. */
  page?: number;
}

/** What one in-process run printed and returned. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly stdoutBytes: Buffer;
}

/** Runs the CLI in-process with captured output. */
export async function cli(
  argv: readonly string[],
  options: { cwd: string; stdin?: string | Uint8Array; env?: Record<string, string>; rules?: RuleMap; isTTY?: boolean },
): Promise<CliRun> {
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  const code = await run(
    argv,
    {
      stdout: { write: (c: string | Uint8Array) => out.push(Buffer.from(c)), isTTY: options.isTTY ?? false },
      stderr: { write: (c: string | Uint8Array) => err.push(Buffer.from(c)), isTTY: false },
      readStdin: () => Promise.resolve(typeof options.stdin === "string" ? new TextEncoder().encode(options.stdin) : (options.stdin ?? new Uint8Array())),
      cwd: options.cwd,
      env: options.env ?? {},
      now: () => new Date(2025, 2, 31, 12),
    },
    { rules: options.rules ?? testRules },
  );
  const stdoutBytes = Buffer.concat(out);
  return { code, stdout: stdoutBytes.toString("utf8"), stderr: Buffer.concat(err).toString("utf8"), stdoutBytes };
}

/** The text a finding covers, counting lines of `text` (columns are 1-based UTF-16 units). */
export function wordsAt(text: string, m: JsonMessage): string {
  const lines = text.split(/\r\n|\r|\n/);
  let start = 0;
  for (let i = 0; i < m.line - 1; i++) start += (lines[i]?.length ?? 0) + 1;
  let end = 0;
  for (let i = 0; i < m.endLine - 1; i++) end += (lines[i]?.length ?? 0) + 1;
  return text.slice(start + m.column - 1, end + m.endColumn - 1);
}
