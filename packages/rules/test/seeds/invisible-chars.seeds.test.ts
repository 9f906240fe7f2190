// Every invisible-chars finding on the five seeds, reviewed by hand: new noise fails this test.
import rule from "../../src/rules/invisible-chars.js";
import { guardSeeds } from "../helpers/seed-guard.js";

guardSeeds(rule, {
  "chenghai-hrss-2024.txt": [],
  // Trailing blanks after 执法行为。 (a space and an NBSP) and after 科学发展。 (an NBSP).
  "county-hrss-2022.txt": [
    { line: 7, text: " \u00a0", severity: "warning" },
    { line: 15, text: "\u00a0", severity: "warning" },
  ],
  // One NBSP before four headings and a paragraph; the other lines are not indented.
  "wancheng-gov-2024.txt": [
    { line: 9, text: "\u00a0", severity: "warning" },
    { line: 17, text: "\u00a0", severity: "warning" },
    { line: 33, text: "\u00a0", severity: "warning" },
    { line: 49, text: "\u00a0", severity: "warning" },
    { line: 51, text: "\u00a0", severity: "warning" },
  ],
  "wancheng-hrss-2025.txt": [],
  // NBSP-and-space indentation before (一), 一是 and (三); a line of one space.
  "weidu-hrss-2023.txt": [
    { line: 7, text: "\u00a0 \u00a0 \u00a0", severity: "warning" },
    { line: 13, text: "\u00a0 \u00a0 \u00a0\u00a0", severity: "warning" },
    { line: 14, text: "\u00a0 \u00a0 \u00a0", severity: "warning" },
    { line: 22, text: " ", severity: "warning" },
  ],
});
