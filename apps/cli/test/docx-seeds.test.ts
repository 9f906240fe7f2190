// Acceptance for issue 14: every seed report read from a .docx (made here with the docx library,
// one paragraph per line, typed heading numbers turned into Word numbering where they run in
// order) and from GB18030 and UTF-16 text gives the findings of its UTF-8 .txt, at the same words.
import { readFileSync } from "node:fs";
import { fixtureNames, fixturePath } from "@reportlint/fixtures";
import { encodeText, readReport } from "@reportlint/readers";
import { rules } from "@reportlint/rules";
import { AlignmentType, Document, LevelFormat, Packer, Paragraph, TextRun } from "docx";
import { describe, expect, it } from "vitest";
import { cli, put, tempDir, wordsAt, type JsonMessage } from "./helpers.js";

type Message = JsonMessage;

const CHINESE = "一二三四五六七八九十";
// Typed heading numbers Word can produce from a two-level list: "一、" and "（一）" or "(一)".
const LEVELS = [
  { pattern: new RegExp(`^([${CHINESE}])、`), text: "%1、" },
  { pattern: new RegExp(`^（([${CHINESE}])）`), text: "（%2）" },
  { pattern: new RegExp(`^\\(([${CHINESE}])\\)`), text: "(%2)" },
] as const;

/**
 * Which lines become Word-numbered paragraphs: a level is converted only when Word would number
 * every one of its headings exactly as typed (first level 一、二、… in order; second level
 * restarting after each first-level heading), so the text read back is the text typed.
 */
function wordNumbered(lines: readonly string[]): Map<number, 0 | 1 | 2> {
  const numbered = new Map<number, 0 | 1 | 2>();
  const typed = (line: string, level: 0 | 1 | 2) => {
    const m = LEVELS[level].pattern.exec(line);
    return m ? CHINESE.indexOf(m[1]!) + 1 : undefined;
  };
  const top = lines.flatMap((l, i) => (typed(l, 0) === undefined ? [] : [i]));
  if (top.length === 0 || top.some((i, k) => typed(lines[i]!, 0) !== k + 1)) return numbered;
  for (const i of top) numbered.set(i, 0);
  for (const level of [1, 2] as const) {
    let expected = 1;
    const candidates: number[] = [];
    let consistent = true;
    lines.forEach((line, i) => {
      if (numbered.get(i) === 0) expected = 1;
      const n = typed(line, level);
      if (n === undefined) return;
      if (n !== expected++) consistent = false;
      candidates.push(i);
    });
    if (consistent && candidates.length > 0 && !candidates.some((i) => numbered.has(i))) {
      for (const i of candidates) numbered.set(i, level);
      break;
    }
  }
  return numbered;
}

async function toDocx(txt: string): Promise<{ bytes: Uint8Array; numbered: number }> {
  const lines = txt.split("\n");
  const numbered = wordNumbered(lines);
  const second = [...numbered.values()].find((l) => l > 0) ?? 1;
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: "headings",
          levels: [
            { level: 0, format: LevelFormat.CHINESE_COUNTING, text: LEVELS[0].text, alignment: AlignmentType.LEFT },
            { level: 1, format: LevelFormat.CHINESE_COUNTING, text: LEVELS[second].text, alignment: AlignmentType.LEFT },
          ],
        },
      ],
    },
    sections: [
      {
        children: lines.map((line, i) => {
          const level = numbered.get(i);
          if (level === undefined) return new Paragraph({ children: [new TextRun(line)] });
          const text = line.replace(LEVELS[level].pattern, "");
          return new Paragraph({ children: [new TextRun(text)], numbering: { reference: "headings", level: level === 0 ? 0 : 1 } });
        }),
      },
    ],
  });
  return { bytes: new Uint8Array(await Packer.toArrayBuffer(doc)), numbered: numbered.size };
}

const lintJson = async (dir: string, file: string) => {
  const r = await cli(["-f", "json", "--today", "2026-01-15", file], { cwd: dir, rules });
  expect(r.stderr).toBe("");
  return (JSON.parse(r.stdout) as { messages: Message[] }[])[0]?.messages ?? [];
};

const shown = (text: string, messages: readonly Message[]) => messages.map((m) => `${m.ruleId} ${wordsAt(text, m)}`);

const seeds = fixtureNames("seeds");

describe("seeds as .docx", () => {
  let numberedSeeds = 0;
  let findings = 0;

  it.each(seeds)("%s as .docx gives the same findings, at the same words, as the text", async (name) => {
    const txt = readFileSync(fixturePath("seeds", name), "utf8");
    const { bytes, numbered } = await toDocx(txt);
    if (numbered > 0) numberedSeeds++;
    const read = await readReport(bytes, "report.docx");
    if (!read.ok) throw new Error(read.error.message);
    // One paragraph per line, typed or Word-numbered: the text read back is the text written.
    expect(read.source.text).toBe(txt);
    const dir = tempDir();
    const fromTxt = await lintJson(dir, put(dir, "report.txt", txt));
    const fromDocx = await lintJson(dir, put(dir, "report.docx", bytes));
    findings += fromTxt.length;
    expect(shown(read.source.text, fromDocx)).toEqual(shown(txt, fromTxt));
  });

  it("turned typed heading numbers into Word numbering in at least one seed, and compared real findings", () => {
    expect(numberedSeeds).toBeGreaterThan(0);
    expect(findings).toBeGreaterThan(10);
  });

  it("reads a Word-numbered heading as typed, so a numbering gap is still found", async () => {
    const txt = "某县2024年法治政府建设年度报告\n一、总体情况\n正文。\n三、存在的不足\n正文。\n";
    const { bytes } = await toDocx(txt.replace("三、", "二、"));
    const read = await readReport(bytes, "report.docx");
    expect(read.ok && read.source.text).toBe(txt.replace("三、", "二、"));
    const dir = tempDir();
    const gap = await lintJson(dir, put(dir, "gap.txt", txt));
    const docx = await lintJson(dir, put(dir, "ok.docx", bytes));
    expect(gap.map((m) => m.ruleId)).toContain("heading-sequence");
    expect(docx.map((m) => m.ruleId)).not.toContain("heading-sequence");
  });
});

describe("seeds as GB18030 and UTF-16 text", () => {
  it.each(seeds.flatMap((name) => [[name, "gb18030", false], [name, "utf-16le", true]] as const))(
    "%s in %s gives the same findings as UTF-8",
    async (name, encoding, bom) => {
      const txt = readFileSync(fixturePath("seeds", name), "utf8");
      const encoded = encodeText(txt, encoding, bom);
      if (!encoded.ok) throw new Error(encoded.error.message);
      const dir = tempDir();
      const fromUtf8 = await lintJson(dir, put(dir, "utf8.txt", txt));
      const fromOther = await lintJson(dir, put(dir, `${encoding}.txt`, encoded.bytes));
      expect(fromOther).toEqual(fromUtf8);
      expect(shown(txt, fromOther)).toEqual(shown(txt, fromUtf8));
    },
  );
});

// Sets the size every central directory record declares, as a zip bomb's headers would.
function declareHugeSizes(zip: Uint8Array): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 46 < out.length; i++) if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 0xffff0000, true);
  return out;
}

describe("bad .docx files among good ones", () => {
  it("gives each one clear line, lints the others, and exits 2", async () => {
    const { bytes } = await toDocx("某县2024年法治政府建设年度报告\n一、总体情况\n正文。\n");
    const dir = tempDir();
    put(dir, "good.docx", bytes);
    put(dir, "truncated.docx", bytes.subarray(0, bytes.length >> 1));
    put(dir, "bomb.docx", declareHugeSizes(bytes));
    put(dir, "renamed.docx", "一、总体情况\n");
    const r = await cli(["-f", "json", "--locale", "en", "--today", "2026-01-15", "good.docx", "truncated.docx", "bomb.docx", "renamed.docx"], { cwd: dir, rules });
    expect(r.code).toBe(2);
    expect(r.stderr.split("\n").filter(Boolean).sort()).toEqual([
      "reportlint: bomb.docx: looks like a zip bomb: its entries unpack to more than 100 MB",
      "reportlint: renamed.docx: not a Word document: the file is not a .docx (zip) package",
      "reportlint: truncated.docx: damaged: the zip archive is truncated or invalid",
    ]);
    const results = JSON.parse(r.stdout) as { filePath: string; messages: { fatal?: boolean; ruleId: string | null }[] }[];
    const good = results.find((x) => x.filePath.endsWith("good.docx"));
    expect(good?.messages.some((m) => m.fatal)).toBe(false);
    expect(results.filter((x) => x.messages[0]?.fatal)).toHaveLength(3);
  });
});
