// @ts-check
import { describe, expect, it } from "vitest";
import { blankNumbers, planStructure, runStructureEval } from "../src/harness-structure.mjs";
import { STRUCTURE_FAMILIES, applyEdits, editedSpans, mapSpan, structurePlants, todayFor } from "../src/plant-structure.mjs";
import { isRealDate, loadStructure, parseStructure, readEnumItem, readFullDate, readMarker, weekday } from "../src/structure.mjs";

// Recall FLOORS of the structure/time families (seed 20240601, variants 1): today's figures minus a
// small margin; raise them as the rules improve. Measured with all nine rules merged: sections 18/18
// any, 15/18 errors; causes 3/3, 0/3 (a 不足 part without causes is a warning); heading-number
// 122/122, 120/122; heading-style 81/81, 0 (warnings); enumeration 54/57, 46/57; title 16/16, 0
// (warnings); duplicate 38/38, 20/38; stale-relative 8/8, 0; stale-dated 8/8, 0 (warnings); date
// 33/33, 26/33 (page metadata dates are warnings); plan-year 4/4, 2/4.
/** @type {Record<string, { any: number, errors: number } | null>} */
const STRUCTURE_FLOORS = {
  sections: { any: 0.9, errors: 0.75 },
  causes: { any: 0.9, errors: 0 },
  "heading-number": { any: 0.95, errors: 0.9 },
  "heading-style": { any: 0.95, errors: 0 },
  enumeration: { any: 0.9, errors: 0.75 },
  title: { any: 0.9, errors: 0 },
  duplicate: { any: 0.95, errors: 0.45 },
  "stale-relative": { any: 0.9, errors: 0 },
  "stale-dated": { any: 0.9, errors: 0 },
  date: { any: 0.95, errors: 0.7 },
  "plan-year": { any: 0.9, errors: 0.25 },
};
// CEILING of false errors (errors of the nine rules on unplanted texts that are no annotated real
// defect). Issue 12 asks for 0. Measured: 0 (the table row labels of numbers/num-06.txt, a
// 政府信息公开 report without a title, are no longer read as headings).
const MAX_FALSE_ERRORS = 0;

const SEED = 20240601;

// An invented complete report (not from a fixture) with every fact the families use.
const TEXT = [
  "某县农业农村局关于2024年法治政府建设情况的报告",
  "发布时间:2025-03-20",
  "2024年，我局坚持依法行政，现将情况报告如下。",
  "一、主要举措和成效",
  "（一）完善制度建设",
  "2024年，我局修订内部管理制度8项。一是清理文件，二是规范审批，三是公开清单。",
  "（二）规范执法行为",
  "2024年5月组织执法人员培训2次，落实《法治政府建设实施纲要（2021—2025年）》要求，2024年12月31日前完成案卷评查。",
  "（三）强化监督",
  "本年度接受监督检查3次，整改问题全部销号，持续推进政务公开和行政复议应诉等各项工作落地见效，取得了较好的社会效果。",
  "二、存在的不足和原因",
  "一是执法力量不足。原因在于编制紧张，人员流动较大。",
  "三、党政主要负责人履行推进法治建设第一责任人职责情况",
  "局主要负责人带头学法，主持专题会议4次。",
  "四、2025年工作安排",
  "2025年，我局将继续完善制度。",
].join("\n");

const ANNOTATION = {
  kind: "fazhi",
  complete: true,
  reportYear: 2024,
  published: { date: "2025-03-20", quote: "发布时间:2025-03-20" },
  titleLines: ["某县农业农村局关于2024年法治政府建设情况的报告"],
  headings: [
    { level: 1, items: ["一、主要举措和成效", "二、存在的不足和原因", "三、党政主要负责人", "四、2025年工作安排"] },
    { level: 2, items: ["（一）完善制度建设", "（二）规范执法行为", "（三）强化监督"] },
  ],
  parts: {
    measures: { heading: "一、主要举措和成效" },
    shortcomings: {
      heading: "二、存在的不足和原因",
      causeEdits: [{ quote: "二、存在的不足和原因", remove: "和原因" }],
      causes: ["原因在于编制紧张，人员流动较大。"],
    },
    leader: { heading: "三、党政主要负责人" },
    plan: { heading: "四、2025年工作安排", years: ["四、2025年工作安排", "2025年，我局将"] },
  },
  enumerations: [["一是清理文件", "二是规范审批", "三是公开清单"]],
  yearOpeners: ["2024年，我局修订"],
  dated: ["2024年5月组织"],
  relative: ["本年度接受监督检查"],
  dates: ["2024年12月31日前"],
  ranges: ["2021—2025年"],
  known: [],
};

/** @param {any} annotation @param {string} [text] */
const load = (annotation, text = TEXT) => parseStructure("test", { files: { "a.txt": annotation } }, () => text);
const [DOC] = load(ANNOTATION);
if (!DOC) throw new Error("the synthetic annotation does not load");
/** @param {(typeof STRUCTURE_FAMILIES)[number]} family */
const plants = (family, variants = 2) => structurePlants(DOC, family, { seed: SEED, variants });
/** @param {import("../src/plant-structure.mjs").StructurePlant} p */
const planted = (p) => applyEdits(TEXT, p.edits);

describe("structure annotations: loading", () => {
  it.each(["seeds", "corpus", "numbers"])("%s: every quote is found once and every fact holds", (set) => {
    const { files, missing } = loadStructure(set);
    if (!missing) expect(files.length).toBeGreaterThan(0);
  });

  it("reads the synthetic annotation", () => {
    expect(DOC.runs.map((r) => r.items.map((x) => x.marker?.n))).toEqual([
      [1, 2, 3, 4],
      [1, 2, 3],
    ]);
    expect(DOC.parts.measures?.extents).toEqual([[TEXT.indexOf("一、主要"), TEXT.indexOf("二、存在")]]);
    expect(DOC.planYears.map((y) => y.year)).toEqual([2025, 2025]);
    expect(DOC.titleYears.map((y) => y.year)).toEqual([2024]);
  });

  it("fails loudly, listing every problem", () => {
    const bad = {
      ...ANNOTATION,
      titleLines: ["某县农业农村局"],
      headings: [
        { level: 1, items: ["一、主要举措和成效", "三、党政主要负责人"] },
        { level: 2, items: ["（一）完善制度建设", "规范执法行为"] },
      ],
      parts: { ...ANNOTATION.parts, plan: { heading: "四、2025年工作安排", years: ["2024年，我局修订"] } },
      enumerations: [["一是清理文件", "三是公开清单"]],
      yearOpeners: ["2024年，我局坚持"],
      relative: ["今年"],
      dates: ["2024年5月组织"],
      ranges: ["2025—2021年"],
      known: [{ rule: "no-such-rule", quote: "一是", why: "x" }],
    };
    let message = "";
    try {
      load(bad, `${TEXT}\n（二）重复标题 2025—2021年`);
    } catch (error) {
      message = /** @type {Error} */ (error).message;
    }
    expect(message).toContain("is not a whole line");
    expect(message).toContain("headings[0]: not numbered 1..2");
    expect(message).toContain("does not start its line");
    expect(message).toContain("parts.plan.years[0]: 2024 is not Y+1 = 2025");
    expect(message).toContain("enumerations[0]: not numbered 1..2");
    expect(message).toContain("yearOpeners[0]: not in the measures part");
    expect(message).toContain("quote not found: 「今年」");
    expect(message).toContain("dates[0]: 「2024年5月组织」 does not start with a full date");
    expect(message).toContain("ranges[0]");
    expect(message).toContain(`"no-such-rule" is not one of the structure/time rules`);
    expect(message).toContain("「一是」 occurs");
  });

  it("fails on a date that does not exist and on an unknown text", () => {
    expect(() => load({ ...ANNOTATION, dates: ["2024年12月31日前"] }, TEXT.replace("12月31日", "11月31日").replace("2024年12月31日前", "2024年11月31日前"))).toThrow(
      /quote not found|does not exist/u,
    );
    const text = TEXT.replace("2024年12月31日前", "2024年11月31日前");
    expect(() => load({ ...ANNOTATION, dates: ["2024年11月31日前"] }, text)).toThrow(/2024-11-31 does not exist/u);
    expect(() => parseStructure("test", { files: { "gone.txt": ANNOTATION } }, () => { throw new Error("no file"); })).toThrow(/no such text/u);
  });
});

describe("structure annotations: readers", () => {
  it("reads heading markers of every style", () => {
    expect(readMarker("（三）强化监督")).toMatchObject({ style: "cn-full", rank: 2, n: 3, markerSpan: [0, 3], numSpan: [1, 2] });
    expect(readMarker("(十二)其他")).toMatchObject({ style: "cn-half", n: 12 });
    expect(readMarker("十、其他")).toMatchObject({ style: "cn-dun", rank: 1, n: 10 });
    expect(readMarker("3.规范")).toMatchObject({ style: "ar-dot", rank: 3, n: 3 });
    expect(readMarker("3、规范")).toMatchObject({ style: "ar-dun", rank: 3 });
    expect(readMarker("（2）细则")).toMatchObject({ style: "ar-full", rank: 4, n: 2 });
    expect(readMarker("2.5万元")).toBeNull();
    expect(readMarker(")健全")).toBeNull();
  });

  it("reads enumeration items and dates", () => {
    expect(readEnumItem("三是公开清单")).toMatchObject({ n: 3, form: "shi", numSpan: [0, 1] });
    expect(readEnumItem("第二，加强")).toMatchObject({ n: 2, form: "di", numSpan: [1, 2] });
    expect(readFullDate("2025年3月25日")).toMatchObject({ form: "cn", y: 2025, m: 3, d: 25, mSpan: [5, 6], dSpan: [7, 9] });
    expect(readFullDate("2025-03-25 09:00")).toMatchObject({ form: "iso", y: 2025, m: 3, d: 25 });
  });

  it("knows the calendar", () => {
    expect(isRealDate(2024, 2, 29)).toBe(true);
    expect(isRealDate(2025, 2, 29)).toBe(false);
    expect(isRealDate(2025, 2, 30)).toBe(false);
    expect(isRealDate(2025, 13, 1)).toBe(false);
    expect(isRealDate(2100, 2, 29)).toBe(false);
    expect(weekday(2025, 3, 25)).toBe(2); // a Tuesday
    expect(weekday(2024, 1, 1)).toBe(1); // a Monday
    expect(weekday(2000, 2, 29)).toBe(2);
  });

  it("compares messages with their numbers blanked", () => {
    expect(blankNumbers("标题编号「二、」与第7行重复")).toBe(blankNumbers("标题编号「一、」与第5行重复"));
    expect(blankNumbers("列举序号「二是」重复")).toBe("列举序号「#是」重复");
    expect(blankNumbers("缺少“存在的不足”")).not.toBe(blankNumbers("缺少“下一年度安排”"));
  });

  it("maps spans through edits", () => {
    const edits = [
      { start: 2, end: 4, after: "xyz" },
      { start: 6, end: 6, after: "++" },
    ];
    expect(applyEdits("abcdefgh", edits)).toBe("abxyzef++gh");
    expect(mapSpan([0, 2], edits)).toEqual([0, 2]);
    expect(mapSpan([6, 8], edits)).toEqual([9, 11]);
    expect(mapSpan([3, 4], edits)).toEqual([2, 5]);
    expect(editedSpans(edits)).toEqual([
      [2, 5],
      [7, 9],
    ]);
  });
});

describe("structure families: each plant is the edit it should be, and a defect", () => {
  it("sections: the part's heading and body are gone and later headings renumbered", () => {
    const ps = plants("sections");
    expect(ps.map((p) => p.unit).sort()).toEqual(["leader", "measures", "plan", "shortcomings"]);
    const leader = /** @type {import("../src/plant-structure.mjs").StructurePlant} */ (ps.find((p) => p.unit === "leader"));
    const t = planted(leader);
    expect(t).not.toContain("党政主要负责人履行");
    expect(t).not.toContain("主持专题会议");
    expect(t).toContain("三、2025年工作安排");
    expect(t).toContain("二、存在的不足和原因");
  });

  it("sections: never on a cut-off text", () => {
    const [cut] = load({ ...ANNOTATION, complete: false });
    expect(structurePlants(/** @type {any} */ (cut), "sections", { seed: SEED, variants: 2 })).toEqual([]);
  });

  it("causes: the heading loses 和原因 and the cause sentence is removed", () => {
    const [p] = plants("causes");
    const t = planted(/** @type {any} */ (p));
    expect(t).toContain("二、存在的不足\n一是执法力量不足。");
    expect(t).not.toMatch(/原因/u);
    // The cause ended its line: the line break and the next heading stay.
    expect(t).toContain("一是执法力量不足。\n三、党政主要负责人");
  });

  it("causes: a cause passage on a line of its own goes with its line break", () => {
    const text = TEXT.replace("一是执法力量不足。原因在于", "一是执法力量不足。\n原因在于");
    const [doc] = load(ANNOTATION, text);
    const [p] = structurePlants(/** @type {any} */ (doc), "causes", { seed: SEED, variants: 2 });
    expect(applyEdits(text, /** @type {any} */ (p).edits)).toContain("一是执法力量不足。\n三、党政主要负责人");
  });

  it("heading-number: a duplicate or a skipped number at an annotated heading", () => {
    const ps = plants("heading-number").filter((p) => p.unit === "（二）规范执法行为");
    const lines = ps.map((p) => planted(p).split("\n").filter((l) => /^（[一二三四]）/u.test(l)).map((l) => l.slice(0, 3)));
    expect(lines).toEqual(expect.arrayContaining([["（一）", "（一）", "（三）"], ["（一）", "（三）", "（三）"]]));
  });

  it("heading-style: one marker in another style of the same rank", () => {
    const p = plants("heading-style").find((x) => x.unit === "（三）强化监督");
    expect(p?.detail).toBe("（三） → (三)");
    expect(planted(/** @type {any} */ (p))).toContain("\n(三)强化监督\n");
  });

  it("enumeration: an item repeats or skips a number", () => {
    const ps = plants("enumeration").filter((p) => p.unit === "三是公开清单");
    const line = (/** @type {string} */ t) => t.split("\n").find((l) => l.includes("清理文件")) ?? "";
    const runs = ps.map((p) => [...line(planted(p)).matchAll(/([一二三四])是/gu)].map((m) => m[1]).join(""));
    expect(runs.sort()).toEqual(["一二二", "一二四"]);
  });

  it("title: the year removed, or the title line removed", () => {
    const [year, line] = plants("title");
    expect(planted(/** @type {any} */ (year)).split("\n")[0]).toBe("某县农业农村局关于法治政府建设情况的报告");
    expect(planted(/** @type {any} */ (line)).startsWith("发布时间")).toBe(true);
  });

  it("duplicate: the title or a long paragraph printed twice", () => {
    const ps = plants("duplicate");
    const title = ps.find((p) => p.variant === "title printed twice");
    expect(planted(/** @type {any} */ (title)).split("\n").slice(0, 2)).toEqual([
      "某县农业农村局关于2024年法治政府建设情况的报告",
      "某县农业农村局关于2024年法治政府建设情况的报告",
    ]);
    const para = ps.find((p) => p.variant === "paragraph printed twice");
    const lines = planted(/** @type {any} */ (para)).split("\n");
    expect(lines.length).toBe(TEXT.split("\n").length + 1);
    expect(lines.some((l, i) => l.length >= 60 && l === lines[i + 1])).toBe(true);
  });

  it("stale-relative: a year-Y opener becomes 今年 in a text dated Y+1", () => {
    const [p] = plants("stale-relative");
    expect(p?.today).toBe("2025-03-20");
    expect(planted(/** @type {any} */ (p))).toContain("今年，我局修订内部管理制度");
    const [undated] = load({ ...ANNOTATION, published: null }, TEXT.replace("发布时间:2025-03-20", "发布时间:"));
    expect(todayFor(/** @type {any} */ (undated))).toBe("2025-03-15");
  });

  it("stale-dated: a dated activity of Y moved to Y−1", () => {
    const ts = plants("stale-dated").map(planted);
    expect(ts.some((t) => t.includes("2023年5月组织执法人员培训"))).toBe(true);
    expect(ts.some((t) => t.includes("2023年，我局修订"))).toBe(true);
  });

  it("date: every broken date is impossible", () => {
    const ps = structurePlants(DOC, "date", { seed: SEED, variants: 4 });
    const byVariant = Object.fromEntries(ps.map((p) => [p.variant, planted(p)]));
    expect(byVariant["day that does not exist (2月30日)"]).toContain("2024年2月30日前");
    expect(isRealDate(2024, 2, 30)).toBe(false);
    expect(byVariant["month 13"]).toContain("2024年13月31日前");
    expect(byVariant["year glued to its month (20251月)"]).toMatch(/202412月31日前|20245月组织/u);
    expect(byVariant["lost range dash (20212025年)"]).toContain("（20212025年）");
    const wd = /2024年12月31日（星期(.)）/u.exec(byVariant["weekday that does not match"] ?? "");
    expect(wd).not.toBeNull();
    expect("日一二三四五六".indexOf(/** @type {string} */ (wd?.[1]))).not.toBe(weekday(2024, 12, 31));
  });

  it("date: a zero-padded date keeps its width; page metadata dates are a kind of their own", () => {
    const text = TEXT.replace("发布时间:2025-03-20", "成文日期:2025年03月02日");
    const [doc] = load({ ...ANNOTATION, published: null, dates: [{ quote: "2025年03月02日", metadata: true }] }, text);
    const ps = structurePlants(/** @type {any} */ (doc), "date", { seed: SEED, variants: 4 }).filter((p) => p.unit === "2025年03月02日");
    const feb30 = ps.find((p) => p.variant.startsWith("day that does not exist"));
    expect(feb30?.variant).toBe("day that does not exist (2月30日) [page metadata]");
    expect(applyEdits(text, /** @type {any} */ (feb30).edits)).toContain("成文日期:2025年02月30日");
  });

  it("plan-year: the plan names Y+2 or Y", () => {
    const ts = plants("plan-year").map(planted);
    expect(ts.some((t) => t.includes("四、2026年工作安排"))).toBe(true);
    expect(ts.some((t) => t.includes("2024年，我局将继续"))).toBe(true);
  });
});

describe("structure/time harness", () => {
  const result = runStructureEval({ seed: SEED, variants: 1 });

  for (const family of STRUCTURE_FAMILIES) {
    const floor = STRUCTURE_FLOORS[family];
    const test = floor ? it : it.skip;
    const name = floor
      ? `recall of ${family} stays at or above its floor`
      : `recall of ${family}: no floor yet (its rule is written in another branch; the lead sets STRUCTURE_FLOORS after merging)`;
    test(name, () => {
      const s = result.stats[family];
      expect(s).toBeDefined();
      if (!s || !floor) return;
      expect(s.missingRules).toEqual([]);
      expect(s.planted).toBeGreaterThan(0);
      expect(s.foundAny / s.planted).toBeGreaterThanOrEqual(floor.any);
      expect(s.foundErrors / s.planted).toBeGreaterThanOrEqual(floor.errors);
    });
  }

  it("counts nothing for a rule that is not in the registry, and does not crash", () => {
    for (const family of STRUCTURE_FAMILIES) {
      const s = result.stats[family];
      if (s?.missingRules.length) expect(s.foundAny).toBe(0);
    }
    expect(result.failures).toEqual([]);
  });

  it("keeps false errors on the unplanted texts under the ceiling", () => {
    expect(result.precision.falseErrors).toBeLessThanOrEqual(MAX_FALSE_ERRORS);
  });

  it("is deterministic and plants only at annotated places", () => {
    const key = (/** @type {ReturnType<typeof planStructure>} */ p) =>
      Object.values(p.byFamily)
        .flat()
        .map((x) => `${x.id} ${x.edits.map((e) => `${e.start}-${e.end}>${e.after}`).join(";")}`);
    const a = planStructure({ seed: SEED, variants: 2 });
    expect(key(planStructure({ seed: SEED, variants: 2 }))).toEqual(key(a));
    expect(key(planStructure({ seed: SEED + 1, variants: 2 }))).not.toEqual(key(a));
    for (const p of Object.values(a.byFamily).flat()) expect(applyEdits(p.doc.text, p.edits)).not.toBe(p.doc.text);
  });
});

describe("structure/time harness: counting, with stand-in rules", () => {
  /** A stand-in rule reporting every match of a pattern (not a real rule: it tests the counting). */
  const fake = (/** @type {string} */ id, /** @type {(t: string) => [number, number][]} */ find, severity = "error") => ({
    id,
    meta: {
      type: "problem",
      docs: { description: { zh: id, en: id }, recommended: true, url: "" },
      defaultSeverity: severity,
      messages: { m: { zh: "{{what}}", en: "{{what}}" } },
    },
    create(/** @type {any} */ ctx) {
      for (const span of find(ctx.text)) ctx.report({ messageId: "m", data: { what: ctx.text.slice(...span) }, span });
    },
  });
  const all = (/** @type {RegExp} */ re) => (/** @type {string} */ t) => [...t.matchAll(re)].map((m) => /** @type {[number, number]} */ ([m.index, m.index + m[0].length]));
  /** @type {Record<string, any>} */
  const rules = {
    // Broken dates the planted families make, except weekdays (a stand-in does not check them).
    "invalid-date": fake("invalid-date", all(/\d{8}\s*年|(?<!\d)\d{5}年|\d{5,6}月|(?<!\d)0?2月30日|-02-30|(?<!\d)13月|-13-/gu)),
    // A title line naming no year: reported at the start of the text (document-level), as a warning.
    "report-title": fake("report-title", (t) => (/^[^\n]*\d{4}\s*年[^\n]*报告/u.test(t.trimStart()) ? [] : [[0, 0]]), "warning"),
  };
  // 今年 in a text read in a later year than its report year (the harness passes `today`).
  rules["stale-year"] = {
    ...fake("stale-year", all(/今年/gu)),
    create(/** @type {any} */ ctx) {
      const { today, reportYear } = ctx.settings;
      if (!today || !reportYear || Number(today.slice(0, 4)) <= reportYear) return;
      for (const span of all(/今年/gu)(ctx.text)) ctx.report({ messageId: "m", data: { what: "今年" }, span });
    },
  };
  const r = runStructureEval({ seed: SEED, variants: 2, families: ["date", "title", "heading-number", "stale-relative"], rules });

  it("counts a plant as found only for a new finding of its rule at the place (or anywhere for titles)", () => {
    expect(r.available.sort()).toEqual(["invalid-date", "report-title", "stale-year"]);
    expect(r.stats["heading-number"]?.missingRules).toEqual(["heading-sequence"]);
    expect(r.stats["heading-number"]?.foundAny).toBe(0);
    const dates = r.plants.filter((p) => p.family === "date");
    expect(dates.length).toBeGreaterThan(20);
    for (const p of dates) expect(p.found === "error").toBe(!p.variant.startsWith("weekday"));
    const titles = r.plants.filter((p) => p.family === "title");
    expect(titles.length).toBeGreaterThan(10);
    // Removing the year or the title is new only where the text had a dated title line on top.
    expect(titles.filter((p) => p.found === "warning").length).toBeGreaterThan(5);
    expect(titles.every((p) => p.found !== "error")).toBe(true);
    const stale = r.plants.filter((p) => p.family === "stale-relative");
    expect(stale.length).toBeGreaterThan(5);
    expect(stale.every((p) => p.today && p.found === "error")).toBe(true);
  });

  it("sorts findings on unplanted texts into annotated real defects and false errors", () => {
    // The stand-in flags the annotated 12020年/22020年 of fuyi-hubei-2020 (known) and nothing else.
    const dateFindings = r.precision.findings.filter((f) => f.finding.ruleId === "invalid-date");
    expect(dateFindings.map((f) => `${f.file} ${f.known ? "known" : "false"}`)).toEqual(["fuyi-hubei-2020.txt known", "fuyi-hubei-2020.txt known"]);
    expect(r.precision.byRule["invalid-date"]).toMatchObject({ errors: 2, knownErrors: 2 });
    expect(r.precision.falseErrors).toBe(0);
  });
});
