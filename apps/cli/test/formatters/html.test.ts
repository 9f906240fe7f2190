import type { Severity } from "@reportlint/report-model";
import { rules } from "@reportlint/rules";
import { describe, expect, it } from "vitest";
import { html } from "../../src/formatters/html.js";
import type { FileResult, Finding, FormatContext } from "../../src/formatters/types.js";
import { cli, put, tempDir } from "../helpers.js";

const context: FormatContext = { cwd: "/work", color: false, rules, locale: "zh", version: "0.0.0" };

function finding(ruleId: string, severity: Severity, span: [number, number], message: string, extra: Partial<Finding> = {}): Finding {
  const range = { start: { line: 1, column: span[0] + 1, offset: span[0] }, end: { line: 1, column: span[1] + 1, offset: span[1] } };
  return { ruleId, severity, messageId: "m", data: {}, message, span, range, ...extra };
}

function result(filePath: string, source: string, messages: Finding[], extra: Partial<FileResult> = {}): FileResult {
  const n = (s: Severity) => messages.filter((d) => d.severity === s).length;
  return { filePath, source, messages, errorCount: n("error"), warningCount: n("warning"), infoCount: n("info"), fixableErrorCount: 0, fixableWarningCount: 0, ...extra };
}

/** The highlighted text of the page's report number `index`. */
function textOf(page: string, index: number): string {
  const section = page.slice(page.indexOf(`<section id="r${index}"`));
  return section.slice(section.indexOf('<pre class="text">') + 18, section.indexOf("</pre>"));
}

describe("html report through the CLI", () => {
  it("is one self-contained page with every value escaped", async () => {
    const dir = tempDir();
    put(dir, "<x>.txt", "<b>国绕</b>，合计。\n");
    put(dir, "bad.txt", Uint8Array.from([0, 1, 2]));
    const { stdout, code } = await cli(["-f", "html", "<x>.txt", "bad.txt"], { cwd: dir });
    expect(code).toBe(2);
    expect(stdout.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(stdout).not.toMatch(/<script|<link|<img|<iframe|src=|@import|url\(/i);
    expect(stdout).not.toContain("<b>国绕");
    expect(stdout).toContain('<a href="#r0">&lt;x&gt;.txt</a>');
    expect(textOf(stdout, 0)).toBe(
      '&lt;b&gt;<mark id="r0-f0" class="warning" data-f="0" title="“国绕”应为“围绕”">国绕</mark>&lt;/b&gt;，<mark id="r0-f1" class="error" data-f="1" title="分项之和与合计不符">合计</mark>。\n',
    );
    expect(stdout).toContain('<span class="detail">= 1 + 2 = 3 ≠ 4</span>');
    expect(stdout).toContain('<td colspan="4" class="fatal">无法读取：这是二进制文件，不是文本报告</td>');
    expect(stdout).toContain("共 2 份报告，2 个问题：1 个错误，1 个警告。1 个文件无法读取。");
  });

  it("speaks English with --locale en", async () => {
    const dir = tempDir();
    put(dir, "a.txt", "国绕。\n");
    put(dir, "bad.txt", Uint8Array.from([0, 1, 2]));
    const { stdout } = await cli(["-f", "html", "--locale", "en", "a.txt", "bad.txt"], { cwd: dir });
    expect(stdout).toContain('<p class="totals">2 reports, 1 problems: 0 errors, 1 warnings. 1 files could not be read.</p>');
    expect(stdout).toContain('<html lang="en">');
    expect(stdout).toContain("<title>reportlint results</title>");
    expect(stdout).toContain('<a class="loc" href="#r0-f0">line 1, column 1</a><span class="sev warning">warning</span>Unexpected “国绕”, expected “围绕”');
    expect(stdout).not.toMatch(/[错误警告提示未发现]/u);
  });
});

describe("html report", () => {
  it("lists clean and unreadable reports in the table and counts findings by rule", () => {
    const out = html(
      [
        result("/work/a.txt", "甲乙丙丁", [finding("typo", "warning", [0, 1], "x"), finding("typo", "warning", [2, 3], "y"), finding("sum", "error", [1, 2], "z")]),
        result("/work/clean.txt", "好。", []),
        { ...result("/work/bad.pdf", "", []), source: undefined, fatal: "encrypted PDF" },
      ],
      context,
    );
    expect(out).toContain('<td class="n error">1</td><td class="n">2</td><td class="rules"><span class="chip has-errors" data-rule="sum" title="错误 1">sum <b>1</b></span><span class="chip" data-rule="typo" title="警告 2">typo <b>2</b></span></td>');
    expect(out).toContain('<tr data-file="1"><td class="file"><a href="#r1">clean.txt</a></td><td class="n">0</td><td class="n">0</td><td class="rules"><span class="muted">未发现问题</span></td>');
    expect(out).toContain('<td colspan="4" class="fatal">无法读取：encrypted PDF</td>');
    // The chart: most frequent rule first, one segment per severity, widths relative to the largest.
    expect(out.indexOf('data-rule="typo">2</span>')).toBeLessThan(out.indexOf('data-rule="sum">1</span>'));
    expect(out).toContain('<span class="warning" style="width:100.00%" title="警告 2"></span>');
    expect(out).toContain('<span class="error" style="width:50.00%" title="错误 1"></span>');
  });

  it("tells the severities of a rule's findings in its chip", () => {
    const out = html([result("/work/a.txt", "甲乙", [finding("x", "error", [0, 1], "a"), finding("x", "warning", [1, 2], "b"), finding("x", "info", [1, 2], "c")])], context);
    expect(out).toContain('<span class="chip has-errors" data-rule="x" title="错误 1，警告 1，提示 1">x <b>3</b></span>');
    expect(html([result("/work/a.txt", "甲", [finding("x", "warning", [0, 1], "a")])], { ...context, locale: "en" })).toContain('title="warning 1">x <b>1</b>');
  });

  it("counts notes in the totals only when there are some", () => {
    const withNote = html([result("/work/a.txt", "注意", [finding("note", "info", [0, 2], "n")])], context);
    expect(withNote).toContain('<p class="totals">共 1 份报告，1 个问题：0 个错误，0 个警告，1 条提示。</p>');
    expect(withNote).toContain('<th scope="col">提示</th>');
    const without = html([result("/work/a.txt", "好", [])], context);
    expect(without).toContain('<p class="totals">共 1 份报告，0 个问题：0 个错误，0 个警告。</p>');
    expect(without).not.toContain('<th scope="col">提示</th>');
  });

  it("has no chart when nothing was found", () => {
    expect(html([result("/work/clean.txt", "好。", [])], context)).not.toContain('class="chart"');
  });

  it("names the parts required-sections found missing, from its message data", () => {
    const missing = (part: string) => finding("required-sections", "error", [0, 2], `未找到“${part}”部分`, { messageId: "missing", data: { part } });
    const noCauses = finding("required-sections", "warning", [0, 2], "只列出了问题", { messageId: "noCauses", data: { heading: "二、存在问题" } });
    const cut = finding("required-sections", "info", [0, 2], "文本似乎在此处中断", { messageId: "cutOff", data: { reason: "x" } });
    const out = html([result("/work/a.txt", "标题\n正文", [missing("下一年度推进法治政府建设的主要安排"), noCauses, cut])], context);
    expect(out).toContain('<td class="missing"><span class="chip part">下一年度推进法治政府建设的主要安排</span><span class="chip part">不足的原因</span></td>');
    expect(html([result("/work/a.txt", "标题", [noCauses])], { ...context, locale: "en" })).toContain('<span class="chip part">causes of the shortcomings</span>');
    expect(html([result("/work/a.txt", "标题", [])], context)).toContain('<td class="missing"><span class="muted">—</span></td>');
  });

  it("highlights overlapping findings and empty spans without nesting marks", () => {
    const out = html(
      [result("/work/a.txt", "一二三四五六七", [finding("a", "warning", [0, 4], "A"), finding("b", "error", [2, 6], "B"), finding("c", "info", [3, 3], "C"), finding("d", "info", [2, 4], "D")])],
      context,
    );
    expect(textOf(out, 0)).toBe(
      '<mark id="r0-f0" class="warning" data-f="0" title="A">一二</mark>' +
        '<span id="r0-f3"></span><mark id="r0-f1" class="error" data-f="0 1 3" title="A\nB\nD">三</mark>' +
        '<mark id="r0-f2" class="info point" data-f="2" title="C"></mark>' +
        '<mark class="error" data-f="0 1 3" title="A\nB\nD">四</mark>' +
        '<mark class="error" data-f="1" title="B">五六</mark>七',
    );
  });

  it("escapes file names, messages, texts and urls; shows control characters as pictures", () => {
    const name = `/work/a"<&'\u001b\u0085.txt`;
    const source = "甲<乙>&\"'\u0007\r\n丙\r丁";
    const out = html([result(name, source, [finding("x", "error", [0, 3], `<img src=x onerror="1">\u0007`, { url: "javascript:alert(1)" })])], context);
    // eslint-disable-next-line no-control-regex -- finding raw controls is the point
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u);
    expect(out).not.toContain("<img");
    expect(out).not.toContain("javascript:");
    expect(out).toContain("a&quot;&lt;&amp;&#39;␛&lt;U+0085&gt;.txt");
    expect(textOf(out, 0)).toBe('<mark id="r0-f0" class="error" data-f="0" title="&lt;img src=x onerror=&quot;1&quot;&gt;␇">甲&lt;乙</mark>&gt;&amp;&quot;&#39;␇\n丙\n丁');
    expect(out).toContain('<span class="rule">x</span>');
  });

  it("links each rule to its docs page", () => {
    const out = html([result("/work/a.txt", "国绕", [finding("common-typos", "warning", [0, 2], "m", { url: "https://example.org/common-typos.md" })])], context);
    expect(out).toContain('<a class="rule" href="https://example.org/common-typos.md">common-typos</a>');
  });

  it("says where a finding is in the file: paragraph for .docx, page for .pdf, source line for .html", () => {
    const at = (kind: FileResult["kind"], location: Finding["location"]) =>
      html([result("/work/a", "甲乙", [finding("x", "warning", [0, 1], "m", location ? { location } : {})], kind ? { kind } : {})], context);
    expect(at("docx", { line: 3, column: 2, endLine: 3, endColumn: 3 })).toContain(">第 3 段第 2 字</a>");
    expect(at("pdf", { line: 5, column: 1, endLine: 5, endColumn: 2, page: 2 })).toContain(">第 2 页第 5 行</a>");
    expect(at("html", { line: 40, column: 7, endLine: 40, endColumn: 8 })).toContain(">网页源码第 40 行第 7 列</a>");
    expect(at("text", undefined)).toContain(">第 1 行第 1 列</a>");
    expect(at("docx", { line: 3, column: 2, endLine: 3, endColumn: 3 })).toContain('<span class="chip">docx</span>');
  });

  it("folds long texts and leaves short ones open", () => {
    const out = html([result("/work/short.txt", "短".repeat(100), []), result("/work/long.txt", "长".repeat(5000), [])], context);
    expect(out).toContain("<details open><summary>报告全文（100 字）</summary>");
    expect(out).toContain("<details><summary>报告全文（5000 字）</summary>");
  });

  it("stays proportionate for 40 reports of 20,000 characters with 400 findings each", () => {
    const text = "本年度全面推进依法行政，".repeat(1667).slice(0, 20_000);
    const messages = Array.from({ length: 400 }, (_, k) => finding("x", k % 2 ? "warning" : "error", [k * 50, k * 50 + 10 + (k % 3) * 30], "消息".repeat(20)));
    const results = Array.from({ length: 40 }, (_, i) => result(`/work/r${i}.txt`, text, messages));
    const out = html(results, context);
    // At least one mark per finding, at most one per boundary between findings.
    const marks = out.match(/<mark /g)!.length;
    expect(marks).toBeGreaterThanOrEqual(40 * 400);
    expect(marks).toBeLessThan(40 * 2 * 400);
    // The text once per report, plus per finding a list item and at most two marks.
    expect(out.length).toBeLessThan(40 * (20_000 + 400 * 600));
  });
});
