// Every placeholder-text finding on the five seeds, reviewed by hand: new noise fails this test.
import rule from "../../src/rules/placeholder-text.js";
import { guardSeeds } from "../helpers/seed-guard.js";

guardSeeds(rule, {
  "chenghai-hrss-2024.txt": [],
  // Two **省 for the province's name and **就业 APP for an app named after it.
  "county-hrss-2022.txt": [
    { line: 6, text: "**", severity: "error" },
    { line: 6, text: "**", severity: "error" },
    { line: 8, text: "**", severity: "warning" },
  ],
  "wancheng-gov-2024.txt": [],
  "wancheng-hrss-2025.txt": [],
  "weidu-hrss-2023.txt": [],
});
