// Every cjk-spacing finding on the five seeds, reviewed by hand: new noise fails this test.
import rule from "../../src/rules/cjk-spacing.js";
import { guardSeeds } from "../helpers/seed-guard.js";

guardSeeds(rule, {
  "chenghai-hrss-2024.txt": [],
  // 我局 2022 年度 (two), 梳理141 项, 企业 15家, 为 100%, 举报 15 件 (two).
  "county-hrss-2022.txt": [
    { line: 3, text: " ", severity: "warning" },
    { line: 3, text: " ", severity: "warning" },
    { line: 6, text: " ", severity: "warning" },
    { line: 6, text: " ", severity: "warning" },
    { line: 10, text: " ", severity: "warning" },
    { line: 10, text: " ", severity: "warning" },
    { line: 10, text: " ", severity: "warning" },
  ],
  "wancheng-gov-2024.txt": [],
  // 材料 1500 余份 (two) and the range 8 -10月.
  "wancheng-hrss-2025.txt": [
    { line: 25, text: " ", severity: "warning" },
    { line: 25, text: " ", severity: "warning" },
    { line: 27, text: " ", severity: "warning" },
  ],
  "weidu-hrss-2023.txt": [],
});
