// Every xxgk-table-identities finding on the five seeds (法治政府建设 reports, no 政府信息公开 table): none.
import rule from "../../src/rules/xxgk-table-identities.js";
import { guardSeeds } from "../helpers/seed-guard.js";

guardSeeds(rule, {
  "chenghai-hrss-2024.txt": [],
  "county-hrss-2022.txt": [],
  "wancheng-gov-2024.txt": [],
  "wancheng-hrss-2025.txt": [],
  "weidu-hrss-2023.txt": [],
});
