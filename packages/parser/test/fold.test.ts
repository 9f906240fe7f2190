import fc from "fast-check";
import TSCharacters from "opencc-js/dict/TSCharacters";
import { describe, expect, it } from "vitest";
import { foldTraditional, isTraditionalCode, simplifiedOf } from "../src/fold.js";
import { parse } from "../src/index.js";

describe("foldTraditional", () => {
  it("folds the traditional characters numbers are read with, one for one", () => {
    expect(foldTraditional("辦結")).toBe("办结");
    expect(foldTraditional("共計")).toBe("共计");
    expect(foldTraditional("20餘萬條")).toBe("20余万条");
    expect(foldTraditional("1.2億元")).toBe("1.2亿元");
    expect(foldTraditional("佔比")).toBe("占比");
  });

  it("keeps the length and every offset of a mixed text", () => {
    const text = "本機關全年受理申請125件，辦結120件（辦結率96%），共計發布信息3.5萬條。";
    const folded = foldTraditional(text);
    expect(folded).toBe("本机关全年受理申请125件，办结120件（办结率96%），共计发布信息3.5万条。");
    expect(folded.length).toBe(text.length);
    // Every character that is not folded stays where it was.
    for (let i = 0; i < text.length; i++) {
      if (folded[i] === text[i]) continue;
      expect(foldTraditional(text[i]!)).toBe(folded[i]);
    }
    expect(folded.indexOf("办结率")).toBe(text.indexOf("辦結率"));
    expect(folded.indexOf("3.5万条")).toBe(text.indexOf("3.5萬條"));
  });

  it("keeps the length of any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        expect(foldTraditional(s).length).toBe(s.length);
      }),
      { numRuns: 100 },
    );
  });

  it("returns simplified text as it is", () => {
    const text = "全年受理申请125件，办结120件，共计3.5万条。";
    expect(foldTraditional(text)).toBe(text);
    expect(foldTraditional("")).toBe("");
  });

  it("leaves digits, Latin letters and punctuation alone", () => {
    const text = "１２５件，ABC；98.5%（“”）|\t\n";
    expect(foldTraditional(text)).toBe(text);
  });

  it("applies no fold that would change the length", () => {
    // 𠁞 → 𠀾 in OpenCC, but 𠁞 is two code units: not in the table.
    expect(foldTraditional("𠁞")).toBe("𠁞");
    // 㗲 → 𠵾 would grow from one code unit to two.
    expect(foldTraditional("㗲")).toBe("㗲");
    expect(foldTraditional("辦𠁞結")).toBe("办𠁞结");
  });
});

describe("simplifiedOf", () => {
  it("gives the simplified form of a traditional character, null for any other", () => {
    expect(simplifiedOf("減")).toBe("减");
    expect(simplifiedOf("關")).toBe("关");
    expect(simplifiedOf("减")).toBeNull();
    expect(simplifiedOf("著")).toBeNull();
    expect(simplifiedOf("a")).toBeNull();
    expect(simplifiedOf("辦結")).toBeNull();
  });

  it("follows a chain to its end, so a simplified form is never traditional itself", () => {
    expect(simplifiedOf("薴")).toBe("苎");
    for (let code = 0; code < 0x10000; code++) {
      const simplified = simplifiedOf(String.fromCharCode(code));
      if (simplified !== null) expect(simplifiedOf(simplified), String.fromCharCode(code)).toBeNull();
    }
  });
});

describe("parse: a report in traditional characters", () => {
  const quantities = (text: string) =>
    parse(text).quantities.map((q) => ({ raw: q.raw, at: text.slice(...q.span), value: q.value, multiplier: q.multiplier, unit: q.unit, label: q.label }));

  it("reads counts with folded words and keeps the printed characters in raw", () => {
    const text = "本機關全年受理政府信息公開申請125件，辦結120件。";
    expect(quantities(text)).toEqual([
      { raw: "125件", at: "125件", value: "125", multiplier: "", unit: "件", label: "本机关全年受理政府信息公开申请" },
      { raw: "120件", at: "120件", value: "120", multiplier: "", unit: "件", label: "办结" },
    ]);
  });

  it("reads 萬, 億, 餘 and 條 as multipliers, hedges and measure words", () => {
    const text = "推送政務資訊20餘萬條，撥付資金1.2億元。";
    expect(quantities(text)).toEqual([
      { raw: "20餘萬條", at: "20餘萬條", value: "20", multiplier: "万", unit: "条", label: "推送政务资讯" },
      { raw: "1.2億元", at: "1.2億元", value: "1.2", multiplier: "亿", unit: "元", label: "拨付资金" },
    ]);
    const [more, money] = parse(text).quantities;
    expect(more).toMatchObject({ mantissa: "20", scaleExp: 4, approx: "more" });
    expect(money).toMatchObject({ mantissa: "12", scaleExp: 7, dimension: "money" });
  });

  it("names rates with folded words, nameAt pointing at the printed name", () => {
    const text = "全年受理申請125件，辦結率96%；直辦工單佔52.7%。";
    const rates = parse(text).rates;
    expect(rates.map((r) => ({ raw: r.raw, name: r.name, share: r.share, printedName: r.nameAt === null ? null : text.slice(r.nameAt, r.nameAt + r.name.length) }))).toEqual([
      { raw: "96%", name: "办结率", share: null, printedName: "辦結率" },
      { raw: "52.7%", name: "", share: "", printedName: null },
    ]);
  });

  it("finds a 共計 total after its parts", () => {
    const text = "辦理人大代表建議23件、政協委員提案17件，共計41件。";
    const report = parse(text);
    expect(report.breakdowns).toEqual([{ whole: 2, parts: [0, 1], rates: [], form: "total-after", markers: ["共计"], exhaustive: true, span: [8, 27] }]);
    expect(text.slice(...report.breakdowns[0]!.span)).toBe("23件、政協委員提案17件，共計41件");
  });

  it("finds a 其中 list under a total as in the simplified text", () => {
    const traditional = "全年共辦理行政復議案件45件，其中維持32件、撤銷5件、確認違法3件。";
    const simplified = "全年共办理行政复议案件45件，其中维持32件、撤销5件、确认违法3件。";
    const a = parse(traditional);
    const b = parse(simplified);
    expect(a.breakdowns).toEqual(b.breakdowns);
    expect(a.breakdowns).toHaveLength(1);
    expect(a.quantities.map(({ raw: _raw, ...q }) => q)).toEqual(b.quantities.map(({ raw: _raw, ...q }) => q));
    expect(a.quantities.map((q) => q.raw)).toEqual(["45件", "32件", "5件", "3件"]);
  });

  it("keeps the text itself unfolded", () => {
    const text = "全年辦結案件120件。";
    expect(parse(text).text).toBe(text);
  });

  it("finds no count where a traditional text has no measure word", () => {
    expect(parse("共計3.5萬，較上年增長。").quantities).toEqual([]);
    expect(parse("2024年度辦結情況。").quantities).toEqual([]);
  });

  it("reads no share and no rate name into a traditional growth rate", () => {
    const [rate] = parse("受理案件同比增長5%。").rates;
    expect(rate).toMatchObject({ raw: "5%", name: "同比增长", share: null });
  });

  it("does not treat a traditional 萬 without a number as a quantity", () => {
    expect(parse("萬眾一心，辦好實事。").quantities).toEqual([]);
  });
});

describe("the fold table", () => {
  it("is OpenCC's character dictionary read the plain way: an entry's first candidate, single BMP characters only", () => {
    // The reference reading (split per entry and per field), which the one-pass reader must equal.
    const reference = new Uint16Array(0x10000);
    for (const entry of TSCharacters.split("|")) {
      const [traditional, simplified] = entry.split(" ");
      if (!traditional || !simplified) continue;
      if (traditional.length !== 1 || simplified.codePointAt(0)! > 0xffff) continue;
      reference[traditional.charCodeAt(0)] = simplified.charCodeAt(0);
    }
    const differ: number[] = [];
    let folds = 0;
    for (let c = 0; c < 0x10000; c++) {
      const char = String.fromCharCode(c);
      const expected = reference[c] === 0 ? char : String.fromCharCode(reference[c]!);
      if (reference[c] !== 0) folds++;
      if (foldTraditional(char) !== expected || isTraditionalCode(c) !== (reference[c] !== 0)) differ.push(c);
    }
    expect(differ).toEqual([]);
    expect(folds).toBeGreaterThan(2500);
  });
});
