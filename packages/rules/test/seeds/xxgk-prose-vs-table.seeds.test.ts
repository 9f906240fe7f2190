// Every xxgk-prose-vs-table finding on the five seeds, reviewed by hand: new noise fails this test.
// The seeds are 法治政府建设 reports without the 政府信息公开 tables: nothing to compare.
import rule from "../../src/rules/xxgk-prose-vs-table.js";
import { guardSeeds } from "../helpers/seed-guard.js";

guardSeeds(rule, {
  "chenghai-hrss-2024.txt": [],
  "county-hrss-2022.txt": [],
  "wancheng-gov-2024.txt": [],
  "wancheng-hrss-2025.txt": [],
  "weidu-hrss-2023.txt": [],
});
