import { describe, expect, it } from "vitest";
import { parse } from "@reportlint/parser";
import { ratioPartViolations } from "../../src/numbers/ratio-parts.js";

/** The ratio terms a text gets wrong, as the fields a reader checks. */
function summary(text: string) {
  return ratioPartViolations(parse(text)).map((v) => ({
    ratio: v.ratio,
    term: v.term,
    at: text.slice(...v.termSpan),
    part: v.part.quantity.raw,
    parts: v.parts.map((p) => p.quantity.raw),
    expected: v.expected,
    computed: v.computed,
  }));
}

// 16.9 + 191.3 + 39.2 = 247.4: 6.831%, 77.324%, 15.845%.
const SECTORS = "全年第一产业完成投资16.9亿元，第二产业完成投资191.3亿元，第三产业完成投资39.2亿元。";

describe("ratioPartViolations", () => {
  it("gives the term, its span, the amounts in the ratio's order and the share they give", () => {
    const text = `${SECTORS}三次产业投资比重为6.8：77.3：16.0。`;
    expect(summary(text)).toEqual([
      { ratio: "6.8：77.3：16.0", term: "16.0", at: "16.0", part: "39.2亿元", parts: ["16.9亿元", "191.3亿元", "39.2亿元"], expected: "15.8", computed: "15.84" },
    ]);
  });

  it("takes the members in the order the ratio names them, not the order of the amounts", () => {
    const text = "全年第三产业完成投资39.2亿元，第一产业完成投资16.9亿元，第二产业完成投资191.3亿元。三次产业投资比重为6.8：77.3：16.0。";
    expect(summary(text).map((v) => [v.term, v.parts])).toEqual([["16.0", ["16.9亿元", "191.3亿元", "39.2亿元"]]]);
  });

  it("checks each term at its own precision (two decimals)", () => {
    // 60.7997% and 39.2003%: 60.80 and 39.20 at two decimals.
    const text = "全年中直经济实现增加值1520.6亿元，地方经济实现增加值980.4亿元，中直与地方经济比重为60.81:39.19。";
    expect(summary(text).map((v) => [v.term, v.expected, v.computed])).toEqual([
      ["60.81", "60.80", "60.800"],
      ["39.19", "39.20", "39.200"],
    ]);
  });

  it("finds nothing when every term is right", () => {
    expect(summary(`${SECTORS}三次产业投资比重为6.8：77.3：15.8。`)).toEqual([]);
    expect(summary("全年中直经济实现增加值1520.6亿元，地方经济实现增加值980.4亿元，中直与地方经济比重为60.80:39.20。")).toEqual([]);
  });

  it("finds nothing for a ratio of last year", () => {
    expect(summary(`${SECTORS}三次产业投资比重由上年的9.4:66.8:23.8调整为6.8:77.3:15.8。`)).toEqual([]);
    expect(summary(`${SECTORS}三次产业投资比重为6.8:77.3:15.8，上年为9.4:66.8:23.8。`)).toEqual([]);
  });

  it("says whether the amounts' own rounding could give the term", () => {
    // 39.2 ÷ 247.4 = 15.84%, but 39.25 ÷ (16.85 + 191.25 + 39.25) = 15.87%, which prints as 15.9;
    // no rounding of the amounts reaches 16.0.
    const certainty = (ratio: string) => ratioPartViolations(parse(`${SECTORS}三次产业投资比重为${ratio}。`)).map((v) => [v.term, v.certain]);
    expect(certainty("6.8：77.3：15.9")).toEqual([["15.9", false]]);
    expect(certainty("6.8：77.3：16.0")).toEqual([["16.0", true]]);
  });

  it("finds nothing when the number of terms is not the number of members", () => {
    expect(summary(`${SECTORS}三次产业投资比重为6.8：77.3。`)).toEqual([]);
  });

  it("finds nothing for a ratio of last year named with 上年 before it", () => {
    expect(summary(`${SECTORS}上年三次产业投资比重为9.4:66.8:23.8。`)).toEqual([]);
    expect(summary(`${SECTORS}去年同期，三次产业投资比重为9.4:66.8:23.8。`)).toEqual([]);
  });
});
