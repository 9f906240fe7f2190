// False-positive guard: the exact findings of traditional-chars on the five seeds, reviewed by hand.
import { expect, it } from "vitest";
import rule from "../../src/rules/traditional-chars.js";
import { seedFindings, seedFindingsAfterFixes } from "../helpers/seed-findings.js";

it("traditional-chars finds only 減 (减少) in the county seed", () => {
  expect(seedFindings(rule)).toEqual([{ file: "county-hrss-2022.txt", line: 8, text: "減" }]);
});

it("traditional-chars finds nothing once its corrections are applied", () => {
  expect(seedFindingsAfterFixes(rule)).toEqual([]);
});
