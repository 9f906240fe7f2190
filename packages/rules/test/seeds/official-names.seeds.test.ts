// False-positive guard: official-names alone over the five seeds and the bundled real texts gives
// exactly these findings, each reviewed by hand, so new noise fails here.
import { describe, expect, it } from "vitest";
import { PROFILES } from "@reportlint/report-model";
import { createLineIndex, parse } from "@reportlint/parser";
import { fixtureNames, readFixture, type FixtureSet } from "@reportlint/fixtures";
import { resolveRuleOptions, runRule } from "../../src/index.js";
import rule from "../../src/rules/official-names.js";

function findings(set: FixtureSet, name: string) {
  const text = readFixture(set, name);
  const document = parse(text);
  const settings = {
    reportYear: document.meta.reportYear?.value ?? null,
    today: null,
    locale: "zh" as const,
    profile: PROFILES[document.meta.profile] ?? PROFILES["fazhi-annual"]!,
  };
  const lines = createLineIndex(text);
  return runRule(rule, document, settings, resolveRuleOptions(rule, undefined)).map((f) => ({
    file: `${set}/${name}`,
    rule: rule.id,
    messageId: f.messageId,
    line: lines.positionAt(f.span[0]).line,
    text: text.slice(...f.span),
  }));
}

const all = (set: FixtureSet) => fixtureNames(set).flatMap((name) => findings(set, name));

describe("official-names on real reports", () => {
  it("finds nothing in the five seeds (《法治政府建设实施纲要（2021-2025年）》 in weidu is right)", () => {
    expect(all("seeds")).toEqual([]);
  });

  it("finds exactly the reviewed misquotes in the corpus and number texts", () => {
    expect([...all("corpus"), ...all("numbers")]).toEqual([
      // 《党政主要负责人履行推进法治建设第一责任人职责规定》 (2016) has no 政府.
      { file: "corpus/sangzhe-town-2021.txt", rule: "official-names", messageId: "nearMiss", line: 5, text: "政府" },
      // 《法治政府建设与责任落实督察工作规定》 (厅字〔2019〕28号): 督察, not 督查.
      { file: "corpus/shanghai-hrss-2020.txt", rule: "official-names", messageId: "nearMiss", line: 2, text: "查" },
    ]);
  });
});
