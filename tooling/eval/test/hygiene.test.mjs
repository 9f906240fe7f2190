// @ts-check
import { describe, expect, it } from "vitest";
import { HYGIENE_FAMILIES, hygienePlants, runHygieneEval } from "../src/harness-hygiene.mjs";

// Recall FLOORS of the text hygiene families (seed 20240601, variants 2): typo, placeholder,
// official-name, slogan, punctuation and invisible 100%, spacing 97.6%, traditional 96.9%; the issue
// asks ≥ 90%.
const FLOOR = 0.9;
// Every error of the hygiene rules on the unplanted texts, reviewed by hand: the county seed's two
// **省 and 減, num-11's 20XX年 template, num-41's *路*号 and num-42's XX路XX号 masked addresses.
const REVIEWED_ERRORS = [
  "numbers/num-11.txt:3 placeholder-text",
  "numbers/num-11.txt:4 placeholder-text",
  "numbers/num-41.txt:14 placeholder-text",
  "numbers/num-41.txt:14 placeholder-text",
  "numbers/num-42.txt:3 placeholder-text",
  "numbers/num-42.txt:3 placeholder-text",
  "seeds/county-hrss-2022.txt:6 placeholder-text",
  "seeds/county-hrss-2022.txt:6 placeholder-text",
  "seeds/county-hrss-2022.txt:8 traditional-chars",
];

describe("hygiene harness", () => {
  const result = runHygieneEval({ seed: 20240601, variants: 1, families: HYGIENE_FAMILIES, sets: ["numbers", "seeds", "corpus"] });

  it.each(HYGIENE_FAMILIES)("finds at least 90%% of the %s plants", (family) => {
    const s = result.stats[family];
    expect(s?.planted, family).toBeGreaterThan(0);
    expect((s?.foundAny ?? 0) / (s?.planted ?? 1), family).toBeGreaterThanOrEqual(FLOOR);
  });

  it("reports no error on the unplanted texts beyond the reviewed real defects", () => {
    expect(result.unplantedErrors.map((e) => `${e.file}:${e.line} ${e.rule}`).sort()).toEqual(REVIEWED_ERRORS);
  });

  it("plants the same defects for the same seed, at the place it names", () => {
    const text = "一、主要举措\n我局紧紧围绕中心工作，加强干部队伍建设，全面推进依法行政工作。\n";
    const a = hygienePlants("typo", "x", text, 7, 2);
    expect(a).toEqual(hygienePlants("typo", "x", text, 7, 2));
    for (const p of a) expect(p.text).not.toBe(text);
    const [slogan] = hygienePlants("slogan", "x", text, 7, 1);
    expect(slogan?.text.slice(...slogan.span)).toMatch(/www|\.com|\.net|\.cn|小编|全部内容|收集整理/);
  });
});
