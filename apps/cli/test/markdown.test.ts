import { readFileSync } from "node:fs";
import { fixtureNames, fixturePath } from "@reportlint/fixtures";
import { maskMarkdown } from "@reportlint/readers";
import { createRule, rules } from "@reportlint/rules";
import { describe, expect, it } from "vitest";
import { cli, put, tempDir, testRules, wordsAt, type JsonMessage, LINE_EDGE_RULES } from "./helpers.js";

type Message = JsonMessage;

/** A report written as Markdown: headings as `## 一、…`, `### （一）…`, some emphasis and a link. */
function toMarkdown(txt: string): string {
  let emphasised = 0;
  return txt
    .split("\n")
    .map((text) => {
      const line = text.replace("政府门户网站", "[政府门户网站](https://www.example.gov.cn/xxgk/index.html)");
      if (/^\s*[一二三四五六七八九十]+、/.test(line)) return `## ${line}`;
      if (/^\s*[（(][一二三四五六七八九十]+[）)]/.test(line)) return `### ${line}`;
      if (emphasised < 3 && line.includes("依法")) {
        emphasised++;
        return line.replace("依法", "**依法**");
      }
      return line;
    })
    .join("\n");
}

const lintJson = async (dir: string, file: string) => {
  const r = await cli(["-f", "json", "--today", "2026-01-15", file], { cwd: dir, rules });
  expect(r.stderr).toBe("");
  return ((JSON.parse(r.stdout) as { messages: Message[] }[])[0]?.messages ?? []).filter((m) => !LINE_EDGE_RULES.has(m.ruleId));
};

describe("Markdown input", () => {
  it.each(fixtureNames("seeds"))("the seed %s written as Markdown gives the same findings, at the same words, as the text", async (name: string) => {
    const txt = readFileSync(fixturePath("seeds", name), "utf8");
    const md = toMarkdown(txt);
    expect(md).toMatch(/^## \s*一、/m);
    expect(md).toContain("**依法**");
    if (txt.includes("政府门户网站")) expect(md).toContain("](https://www.example.gov.cn/");
    const dir = tempDir();
    const fromTxt = await lintJson(dir, put(dir, "report.txt", txt));
    const fromMd = await lintJson(dir, put(dir, "report.md", md));
    const shown = (text: string, ms: Message[], strip: (s: string) => string) => ms.map((m) => `${m.ruleId} ${strip(wordsAt(text, m)).replace(/\s+/g, "")}`);
    // **省…以及**省 is emphasis to a Markdown reader (CommonMark pairs the two runs), so asterisk masks
    // are placeholder-text findings only in plain text.
    const noMasks = (list: string[]) => list.filter((s) => !/^placeholder-text \*+$/.test(s));
    expect(noMasks(shown(md, fromMd, maskMarkdown))).toEqual(noMasks(shown(txt, fromTxt, (s) => s)));
  });

  it("reports the prose's unpaired bracket, not the brackets of markdown syntax", async () => {
    const dir = tempDir();
    const md = "## 一、总体情况\n见[网站](https://a.cn/(x))，**依法**行政（详见[附件]。\n\n[附件]: https://a.cn/f(2025\n";
    const file = put(dir, "a.md", md);
    const r = await cli(["-f", "json", "--rule", "unpaired-punctuation:error", file], { cwd: dir, rules });
    const messages = (JSON.parse(r.stdout) as { messages: Message[] }[])[0]?.messages ?? [];
    expect(messages.map((m) => `${m.ruleId} ${wordsAt(md, m)}`)).toEqual(["unpaired-punctuation （"]);
  });

  it("applies fixes to the original file, never over masked markdown syntax", async () => {
    // A rule that deletes spaces between Chinese characters would delete `**` seen as spaces.
    const squeeze = createRule({
      id: "squeeze",
      meta: {
        type: "suggestion",
        docs: { description: { zh: "多余空格", en: "Extra spaces" }, recommended: true },
        defaultSeverity: "warning",
        fixable: "safe",
        messages: { extra: { zh: "多余空格", en: "Extra spaces" } },
      },
      create(context) {
        for (const m of context.text.matchAll(/(?<=\p{Script=Han}) +(?=\p{Script=Han})/gu)) {
          const span: [number, number] = [m.index, m.index + m[0].length];
          context.report({ messageId: "extra", span, fix: { span, text: "" } });
        }
      },
    });
    const dir = tempDir();
    const file = put(dir, "a.md", "# 标题\n\n**重点**工作 国绕 中心\n");
    const r = await cli(["--fix", file], { cwd: dir, rules: { ...testRules, squeeze } });
    expect(r.code).not.toBe(2);
    expect(readFileSync(file, "utf8")).toBe("# 标题\n\n**重点**工作围绕中心\n");
  });
});
