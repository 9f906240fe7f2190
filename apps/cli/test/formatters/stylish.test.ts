import { describe, expect, it } from "vitest";
import { createRule, type RuleMap } from "@reportlint/rules";
import { readFileSync } from "node:fs";
import { cli, put, tempDir, testRules } from "../helpers.js";
import { stringWidth } from "../../src/index.js";

const report = [
  "一、国绕中心工作",
  `本年度共办理案件12件，其中行政复议3件、行政诉讼4件，合计5件，${"全面推进依法行政，".repeat(12)}出现错误。`,
  "注意：第 1 项第 2 项第 3 项第 4 项第 5 项第 6 项第 7 项。",
  "某县政府。",
  "",
].join("\n");

async function stylish(...args: string[]) {
  const dir = tempDir();
  put(dir, "docs/报告.txt", report);
  return cli([...args, "docs"], { cwd: dir });
}

describe("stylish", () => {
  it("renders findings with code frames, arithmetic, folding and totals", async () => {
    const r = await stylish("--include-info");
    expect(r.code).toBe(1);
    expect(r.stdout).toMatchSnapshot();
  });

  it("lines up the caret under CJK text by display width", async () => {
    const r = await stylish();
    const lines = r.stdout.split("\n");
    const frame = lines.findIndex((l) => l.includes("国绕中心工作"));
    const source = lines[frame]!;
    const caret = lines[frame + 1]!;
    // The carets sit under 国绕 (two wide characters = four columns).
    expect(caret.trimEnd().endsWith("^^^^")).toBe(true);
    const caretStart = caret.indexOf("^");
    expect(stringWidth(source.slice(0, source.indexOf("国绕")))).toBe(caretStart);
  });

  it("cuts long lines to a window around the finding", async () => {
    const r = await stylish();
    const lines = r.stdout.split("\n");
    const line = lines[lines.findIndex((l) => l.endsWith("bad-word")) + 1]!;
    expect(line).toMatch(/^ {4}2 \| …[^…]*全面推进依法行政，出现错误。$/);
    expect(stringWidth(line)).toBeLessThanOrEqual(110);
  });

  it("folds many fixable warnings of one rule into a summary line", async () => {
    const r = await stylish();
    expect(r.stdout.match(/中文与数字之间不应有空格/g)).toHaveLength(3);
    expect(r.stdout).toContain("… 另有 4 处 spacing 警告未列出（可用 --fix 自动改正）");
    expect(r.stdout).toContain("✖ 共 11 个问题（2 个错误，9 个警告）");
    expect(r.stdout).toContain("  其中 8 处可自动改正：运行 reportlint --fix 文件名 即可\n");
    expect(r.stdout).toContain("  另有 1 处可按建议修改：运行 reportlint --fix --fix-type suggestion 文件名 即可自动改正\n");
  });

  it("folds the fixable warnings of the punctuation and spacing rules together into one line", async () => {
    // Two typography rules, eight spaces and four commas: twelve together, of which three are shown.
    const mark = (id: string, char: string) =>
      createRule({
        id,
        meta: {
          type: "suggestion",
          docs: { description: { zh: id, en: id }, recommended: true },
          defaultSeverity: "warning",
          fixable: "safe",
          messages: { m: { zh: `${id}：{{char}}`, en: `${id}: {{char}}` } },
        },
        create(context) {
          for (const m of context.text.matchAll(new RegExp(char, "gu"))) {
            context.report({ messageId: "m", data: { char }, span: [m.index, m.index + 1], fix: { span: [m.index, m.index + 1], text: "" } });
          }
        },
      });
    const rules: RuleMap = { "cjk-spacing": mark("cjk-spacing", " "), "punctuation-width": mark("punctuation-width", ",") };
    const dir = tempDir();
    put(dir, "r.txt", "共 1 件,共 2 件,\n共 3 件,共 4 件,\n");
    const zh = await cli(["r.txt"], { cwd: dir, rules });
    expect(zh.stdout.match(/^ {2}\d+:\d+ /gmu)).toHaveLength(3);
    expect(zh.stdout).toContain("… 另有 9 处标点/空格问题可自动修复（reportlint --fix）");
    expect(zh.stdout).not.toContain("警告未列出");
    const en = await cli(["r.txt", "--locale", "en"], { cwd: dir, rules });
    expect(en.stdout).toContain("… 9 more punctuation/spacing problems can be fixed automatically (reportlint --fix)");
    // JSON lists every finding.
    const json = await cli(["r.txt", "-f", "json"], { cwd: dir, rules });
    expect((JSON.parse(json.stdout) as { messages: unknown[] }[])[0]!.messages).toHaveLength(12);
  });

  it("prints the diff of what --fix would change with --fix-dry-run, and leaves the file alone", async () => {
    const dir = tempDir();
    const file = put(dir, "r.txt", "一、举措\n国绕中心工作。\n三\n四\n五\n六\n七\n共 3 件。\n");
    const r = await cli(["--fix-dry-run", "r.txt"], { cwd: dir });
    expect(r.stdout).toContain(
      ["--- a/r.txt", "+++ b/r.txt", "@@ -1,8 +1,8 @@", " 一、举措", "-国绕中心工作。", "+围绕中心工作。", " 三", " 四", " 五", " 六", " 七", "-共 3 件。", "+共3 件。", ""].join("\n"),
    );
    expect(readFileSync(file, "utf8")).toContain("国绕");
    // Nothing is left to report after the fixes, and the diff is still shown.
    const clean = await cli(["--fix-dry-run", "r.txt"], { cwd: dir, rules: { typo: testRules.typo! } });
    expect(clean.stdout).toContain("+围绕中心工作。");
    // Without --fix-dry-run there is no diff.
    expect((await cli(["r.txt"], { cwd: dir })).stdout).not.toContain("+++ b/r.txt");
  });

  it("prints nothing when there is nothing to report", async () => {
    const dir = tempDir();
    put(dir, "a.txt", "一切正常。\n");
    expect((await cli(["a.txt"], { cwd: dir })).stdout).toBe("");
  });
});
