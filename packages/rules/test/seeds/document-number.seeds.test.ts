// Every document-number finding on the five seeds, reviewed by hand: new noise fails this test.
import { describe, expect, it } from "vitest";
import rule from "../../src/rules/document-number.js";
import { SEED_FILES, seedFindings } from "../helpers/seed-guard.js";

// The only 文号 in the seeds, 宛区人社〔2025〕31号 (wancheng-hrss-2025), is written correctly.
const EXPECTED: Record<(typeof SEED_FILES)[number], ReturnType<typeof seedFindings>> = {
  "chenghai-hrss-2024.txt": [],
  "county-hrss-2022.txt": [],
  "wancheng-gov-2024.txt": [],
  "wancheng-hrss-2025.txt": [],
  "weidu-hrss-2023.txt": [],
};

describe("document-number on the seeds", () => {
  for (const file of SEED_FILES) {
    it(file, () => expect(seedFindings(rule, file)).toEqual(EXPECTED[file]));
  }
});
