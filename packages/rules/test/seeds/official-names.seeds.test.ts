// False-positive guard: official-names alone over the five seeds and the bundled real texts gives
// exactly these findings, each reviewed by hand, so new noise fails here.
import { describe, expect, it } from "vitest";
import { fixtureNames, readFixture, type FixtureSet } from "@reportlint/fixtures";
import rule from "../../src/rules/official-names.js";
import { findingsAlone } from "../helpers/run-alone.js";

function findings(set: FixtureSet, name: string) {
  return findingsAlone(rule, readFixture(set, name)).map((f) => ({ file: `${set}/${name}`, rule: rule.id, messageId: f.messageId, line: f.line, text: f.text }));
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
