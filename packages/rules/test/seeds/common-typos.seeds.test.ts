// False-positive guard: the exact findings of common-typos on the five seeds, reviewed by hand.
import { expect, it } from "vitest";
import rule from "../../src/rules/common-typos.js";
import { seedFindings, seedFindingsAfterFixes } from "../helpers/seed-findings.js";

it("common-typos finds only 国绕 and 千部 in the county seed", () => {
  expect(seedFindings(rule)).toEqual([
    { file: "county-hrss-2022.txt", line: 6, text: "国绕" },
    { file: "county-hrss-2022.txt", line: 7, text: "千部" },
  ]);
});

it("common-typos finds nothing once its corrections are applied", () => {
  expect(seedFindingsAfterFixes(rule)).toEqual([]);
});
