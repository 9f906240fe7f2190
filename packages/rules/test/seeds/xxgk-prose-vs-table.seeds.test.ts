// Every xxgk-prose-vs-table finding on the five seeds, reviewed by hand: new noise fails this test.
// The seeds are 法治政府建设 reports without the 政府信息公开 tables: nothing to compare, no finding.
import rule from "../../src/rules/xxgk-prose-vs-table.js";
import { guardSeedsSilent } from "../helpers/seed-guard.js";

guardSeedsSilent(rule);
