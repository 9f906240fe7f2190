// Every punctuation-width finding on the five seeds, reviewed by hand: new noise fails this test.
import rule from "../../src/rules/punctuation-width.js";
import { guardSeeds } from "../helpers/seed-guard.js";

guardSeeds(rule, {
  // Half-width throughout: one summary finding on the first comma.
  "chenghai-hrss-2024.txt": [
    { line: 1, text: ",", severity: "warning" },
  ],
  // A full-width text with stray (其中一裁终局42件), ;, 如:, and 部署,.
  "county-hrss-2022.txt": [
    { line: 10, text: "(", severity: "warning" },
    { line: 10, text: ")", severity: "warning" },
    { line: 10, text: ";", severity: "warning" },
    { line: 10, text: ";", severity: "warning" },
    { line: 13, text: ":", severity: "warning" },
    { line: 13, text: ";", severity: "warning" },
    { line: 13, text: ";", severity: "warning" },
    { line: 15, text: ",", severity: "warning" },
  ],
  // Half-width throughout: one summary finding.
  "wancheng-gov-2024.txt": [
    { line: 7, text: ",", severity: "warning" },
  ],
  // Half-width throughout: one summary finding.
  "wancheng-hrss-2025.txt": [
    { line: 3, text: ",", severity: "warning" },
  ],
  "weidu-hrss-2023.txt": [],
});
