// Every xxgk-table-identities finding on the five seeds (法治政府建设 reports, no 政府信息公开 table): none.
import rule from "../../src/rules/xxgk-table-identities.js";
import { guardSeedsSilent } from "../helpers/seed-guard.js";

guardSeedsSilent(rule);
