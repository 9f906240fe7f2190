import { readFixture } from "@reportlint/fixtures";
import { describe, expect, it } from "vitest";
import { normalizeXxgkLabel, parse, readXxgkTables, xxgkCell, xxgkTables } from "../src/index.js";

const placed = (text: string) => xxgkTables(parse(text));

/** Each unplaced number as "line:text:reason". */
const unplacedOf = (text: string) => placed(text).unplaced.map((u) => `${u.line}:${u.text}:${u.reason}`);

describe("xxgk labels", () => {
  it("normalises brackets, digits, numbering marks, spaces and quotes", () => {
    expect(normalizeXxgkLabel("（三）不予公开 3、危及“三安全一稳定”")).toBe("(三)不予公开3.危及三安全一稳定");
    expect(normalizeXxgkLabel("４．属于 四类过程性信息")).toBe("4.属于四类过程性信息");
  });

  it("writes a mark after a digit as '.', also across a dropped space or quote, and keeps a label without changes", () => {
    expect(normalizeXxgkLabel("1 、其他")).toBe("1.其他");
    expect(normalizeXxgkLabel("1”，其他")).toBe("1.其他");
    expect(normalizeXxgkLabel("、1，2、")).toBe("、1.2.");
    expect(normalizeXxgkLabel("1a、")).toBe("1a、");
    expect(normalizeXxgkLabel("规章")).toBe("规章");
    expect(normalizeXxgkLabel("〔一〕［二］")).toBe("(一)(二)");
    expect(normalizeXxgkLabel(" “”")).toBe("");
  });
});

describe("xxgk tables: the real texts", () => {
  it("places every cell of the Shanghai government office's tables but the two rows PDF extraction merged", () => {
    const text = readFixture("corpus", "xxgk-shanghai-govoffice-2025.txt");
    const t = placed(text);
    // 4 of part 二, 25 rows × 7 of part 三, 15 of part 四.
    expect(t.cells).toHaveLength(4 + 175 + 15);
    // 规章 and 行政规范性文件 print two numbers for three columns (本年废止件数 went to other lines).
    expect(unplacedOf(text)).toEqual(["97:22:column-count", "97:235:column-count", "100:34:column-count", "100:189:column-count"]);
    expect(xxgkCell(t, "applications", "results-total", "total")?.value).toBe("1191");
    expect(xxgkCell(t, "applications", "unavailable-2", "natural-person")?.value).toBe("47");
    // A row without its label, between 4.无正当理由大量反复申请 and (六)2: (五)5 and (六)1 in order.
    expect(xxgkCell(t, "applications", "not-processed-5", "total")).toMatchObject({ value: "0", certain: false });
    expect(xxgkCell(t, "applications", "other-1", "total")).toMatchObject({ value: "43", certain: false });
    expect(xxgkCell(t, "review-litigation", "litigation-after-review", "total")?.value).toBe("22");
    for (const c of t.cells) expect(text.slice(c.span[0], c.span[1])).toBe(c.value);
  });

  it("places every cell of the Shanghai science commission's tables but the row whose 总计 is blank", () => {
    const text = readFixture("corpus", "xxgk-shanghai-stcsm-2024.txt");
    const t = placed(text);
    expect(t.cells).toHaveLength(6 + 1 + 2 + 1 + 24 * 7 + 15);
    // 四、结转下年度继续办理 prints six numbers and an empty 总计 cell: which column is empty is not known.
    expect(unplacedOf(text)).toEqual(Array.from({ length: 6 }, (_, k) => `178:${k === 0 ? "1" : "0"}:column-count`));
    expect(xxgkCell(t, "art20-5", "licensing", "decisions")?.value).toBe("97");
    expect(xxgkCell(t, "art20-1", "normative-documents", "in-force")?.value).toBe("55");
    expect(xxgkCell(t, "applications", "withheld-5", "total")).toMatchObject({ value: "1", certain: false });
    expect(t.tables.map((s) => s.id)).toEqual(["art20-1", "art20-5", "art20-6", "art20-8", "applications", "review-litigation"]);
  });

  it("leaves the 2019 form's part 二 unplaced (other columns)", () => {
    const t = placed(readFixture("numbers", "num-20.txt"));
    expect(t.cells).toEqual([]);
    expect(new Set(t.unplaced.map((u) => u.reason))).toEqual(new Set(["columns-unknown"]));
  });
});

describe("xxgk tables: layouts and placement", () => {
  const row = (label: string, values: readonly number[]) => `| ${label} | ${[...values, values.reduce((a, b) => a + b, 0)].join(" | ")} |`;
  const six = [1, 0, 0, 0, 0, 0];

  it("places unlabelled rows between two labelled rows only when the count fits", () => {
    const fits = [row("一、本年新收政府信息公开申请数量", six), row("二、上年结转政府信息公开申请数量", six), row("(一)予以公开", six), row("", six), row("1.属于国家秘密", six)].join("\n");
    expect(xxgkCell(placed(fits), "applications", "partly-disclosed", "natural-person")).toMatchObject({ certain: false });
    const tooMany = [row("一、本年新收政府信息公开申请数量", six), row("(一)予以公开", six), row("", six), row("", six), row("1.属于国家秘密", six)].join("\n");
    // 二、上年结转 and (二)部分公开 lie between, but the labels say nothing: unplaced, never guessed.
    expect(unplacedOf(tooMany)).toHaveLength(0 + 14);
    expect(unplacedOf(tooMany).every((u) => u.endsWith("row-unknown"))).toBe(true);
  });

  it("reads labels split over cells and one-value lines", () => {
    const text = [
      "行政许可 12",
      row("一、本年新收政府信息公开申请数量", six),
      row("（三）不 | 4.保护第三方合法权益", six),
      row("四、结转下年度继续办理", six),
    ].join("\n");
    const t = placed(text);
    expect(xxgkCell(t, "art20-5", "licensing", "decisions")?.value).toBe("12");
    expect(xxgkCell(t, "applications", "withheld-4", "total")).toMatchObject({ value: "1", certain: true });
  });

  it("reads tables copied one cell per line without pipes (with or without blank lines between)", () => {
    const pipe = readFixture("xxgk-synthetic", "pipe-rows.txt").split("\n");
    const cells = (l: string) => l.slice(1, -1).split("|").map((c) => c.trim());
    const isRule = (l: string) => /^\|(?:-+\|)+$/u.test(l);
    const bare = pipe.flatMap((l) => (isRule(l) ? [] : l.startsWith("|") ? cells(l) : [l])).join("\n");
    const spaced = pipe.flatMap((l) => (isRule(l) ? [] : l.startsWith("|") ? cells(l).flatMap((c) => [c, ""]) : [l])).join("\n");
    for (const text of [bare, spaced]) {
      const t = placed(text);
      expect(t.cells).toHaveLength(200);
      expect(t.unplaced).toEqual([]);
      expect(xxgkCell(t, "applications", "results-total", "total")?.value).toBe("140");
      expect(xxgkCell(t, "art20-1", "normative-documents", "in-force")?.value).toBe("63");
      expect(xxgkCell(t, "review-litigation", "review", "total")?.value).toBe("6");
    }
  });

  it("places a 法人或其他组织 小计 column where the header says, and nowhere when it does not", () => {
    const row8 = (label: string, v: readonly number[]) => {
      const orgs = v.slice(1).reduce((a, b) => a + b, 0);
      return `| ${label} | ${[v[0], ...v.slice(1), orgs, v[0]! + orgs].join(" | ")} |`;
    };
    const rows = [row8("一、本年新收政府信息公开申请数量", [4, 1, 0, 0, 0, 2]), row8("二、上年结转政府信息公开申请数量", six), row8("（一）予以公开", six)];
    const after = ["| 申请人情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 小计 | 总计 |", ...rows].join("\n");
    const t = placed(after);
    expect(xxgkCell(t, "applications", "new", "legal-person-subtotal")?.value).toBe("3");
    expect(xxgkCell(t, "applications", "new", "other-org")?.value).toBe("2");
    expect(xxgkCell(t, "applications", "new", "total")?.value).toBe("7");
    const unknown = ["| 申请人情况 | 自然人 | 法人或其他组织 | 总计 |", ...rows].join("\n");
    expect(placed(unknown).cells).toEqual([]);
    expect(new Set(placed(unknown).unplaced.map((u) => u.reason))).toEqual(new Set(["column-count"]));
  });

  it("keeps what the quick pre-checks let through: one-value lines ending in quotes or spaces, signed and grouped numbers, placeholders", () => {
    const t = placed(["“行政许可” 12", "行政处罚 　 3", "规 章 7", "行政强制措施 5"].join("\n"));
    expect(t.cells.map((c) => `${c.row}:${c.value}`)).toEqual(["licensing:12", "penalty:3"]);
    // One value per line (a web page's table): signs, digit groups and placeholders are values too.
    const review = ["行政复议", "+1", "－0", "—", "1,204", "1205"].join("\n");
    expect(placed(review).cells.map((c) => `${c.column}:${c.value}`)).toEqual(["upheld:1", "corrected:-0", "pending:1204", "total:1205"]);
  });

  it("caches per report object", () => {
    const report = parse(row("一、本年新收政府信息公开申请数量", six));
    expect(xxgkTables(report)).toBe(xxgkTables(report));
    expect(readXxgkTables(report)).not.toBe(xxgkTables(report));
  });
});
