import type { Diagnostic } from "@reportlint/report-model";
import { rules } from "@reportlint/rules";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FORMAT_NAMES, loadFormatter, type FileResult, type FormatContext } from "../src/index.js";
import { positionFinder } from "../src/positions.js";
import { cli, put, tempDir } from "./helpers.js";

// Control characters other than tab and line feed: a terminal obeys them (ESC starts a sequence that
// can retitle the window or move the cursor, U+009B is CSI on some terminals).
// eslint-disable-next-line no-control-regex -- finding them is the test
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u;
const context: FormatContext = { cwd: "/work", color: false, columns: 80, rules, locale: "zh", version: "0.0.0" };

function result(filePath: string, source: string, findings: readonly { span: [number, number]; message: string; detail?: string }[]): FileResult {
  const at = positionFinder(source);
  const pos = (offset: number) => ({ ...at(offset), offset });
  const messages: Diagnostic[] = findings.map((f) => ({
    ruleId: "unpaired-punctuation",
    severity: "error",
    messageId: "unclosed",
    data: { mark: f.message },
    message: f.message,
    span: f.span,
    range: { start: pos(f.span[0]), end: pos(f.span[1]) },
    ...(f.detail === undefined ? {} : { details: { expression: f.detail } }),
  }));
  return { filePath, messages, source, errorCount: messages.length, warningCount: 0, infoCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 };
}

async function formatAll(results: readonly FileResult[]): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of FORMAT_NAMES) out[name] = (await loadFormatter(name))(results, context);
  return out;
}

const ATTACK = "报告\x1b]0;pwned\x07标题\u009b31m红\x1b[2J";

describe("terminal safety", () => {
  it("shows control characters of a message, a code frame and a detail as pictures in every format", async () => {
    const source = `第一行\n${ATTACK}。\n`;
    const out = await formatAll([result("/work/a.txt", source, [{ span: [4, 6], message: `“${ATTACK}”未闭合`, detail: "1\x1b[31m + 2" }])]);
    for (const [name, text] of Object.entries(out)) expect([name, RAW_CONTROL.exec(text)?.[0]]).toEqual([name, undefined]);
    expect(out.stylish).toContain("报告␛]0;pwned␇标题<U+009B>31m红␛[2J");
    expect(out.unix).toContain("“报告␛]0;pwned␇标题<U+009B>31m红␛[2J”未闭合");
    expect(out.github).toContain("::error file=a.txt,line=2,col=1");
    // JSON keeps the text (escaped), so a program reading it gets the report's characters back.
    expect((JSON.parse(out.json!) as { messages: { message: string }[] }[])[0]!.messages[0]!.message).toBe(`“${ATTACK}”未闭合`);
    expect(out.json).toContain("\\u009b");
  });

  it("keeps a file name with a line break or ESC on one line in unix and github output", async () => {
    const name = "/work/evil\n::error file=x::injected\x1b[2J.txt";
    const out = await formatAll([result(name, "甲乙\n", [{ span: [0, 1], message: "m" }])]);
    expect(out.unix!.split("\n")[0]).toBe("/work/evil␊::error file=x::injected␛[2J.txt:1:1: m [错误/unpaired-punctuation]");
    expect(out.github!.trimEnd().split("\n")).toHaveLength(1);
    expect(out.stylish).toContain("evil␊::error file=x::injected␛[2J.txt");
    for (const text of Object.values(out)) expect(RAW_CONTROL.test(text)).toBe(false);
  });

  it("names files with control characters visibly in error messages", async () => {
    const dir = tempDir();
    const r = await cli(["--locale", "en", "missing\x1b]0;x\x07\n.txt"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("reportlint: missing␛]0;x␇␊.txt: no such file or directory\n");
  });

  it("prints a real report's control characters visibly (stylish, through the CLI)", async () => {
    const dir = tempDir();
    put(dir, "a.txt", `一、错误\x1b]0;title\x07\u009b\n`);
    const r = await cli(["a.txt"], { cwd: dir });
    expect(r.stdout).toContain("错误␛]0;title␇<U+009B>");
    expect(RAW_CONTROL.test(r.stdout)).toBe(false);
  });

  // Random texts with control characters, long lines and marks, random spans and messages, random
  // file names: no raw control character but tab and line feed reaches any format's output.
  it("never lets a raw control character through (fuzz, every formatter)", async () => {
    const formatters = await Promise.all(FORMAT_NAMES.map((n) => loadFormatter(n)));
    const piece = fc.constantFrom("甲", "。", "《", "》", "（", "]", "\n", "\r\n", "\r", "\t", " ", "%", ":", ",", "<", "&", "\u200b", "😀");
    const control = fc.integer({ min: 0, max: 0x9f }).filter((c) => c < 0x20 || c >= 0x7f).map((c) => String.fromCharCode(c));
    const text = fc.array(fc.oneof(piece, control, piece.map((p) => p.repeat(300))), { maxLength: 60 }).map((a) => a.join(""));
    fc.assert(
      fc.property(
        text,
        fc.array(fc.tuple(fc.nat(), fc.nat(40), text), { maxLength: 6 }),
        fc.array(fc.oneof(control, fc.constantFrom("a", "/", "报", ".txt")), { maxLength: 12 }).map((a) => `/work/${a.join("")}`),
        (source, picks, filePath) => {
          const findings = picks.map(([at, length, message]) => {
            const start = source.length === 0 ? 0 : at % (source.length + 1);
            return { span: [start, Math.min(source.length, start + length)] as [number, number], message, detail: message };
          });
          const results = [result(filePath, source, findings), { ...result(`${filePath}2`, "", []), fatal: `bad\x1b${source.slice(0, 20)}` }];
          for (const format of formatters) {
            const printed = format(results, context);
            if (RAW_CONTROL.test(printed)) throw new Error(`raw control in ${JSON.stringify(printed.match(RAW_CONTROL))}`);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
