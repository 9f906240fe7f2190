// Every document-number finding on the five seeds, reviewed by hand: new noise fails this test.
import rule from "../../src/rules/document-number.js";
import { guardSeedsSilent } from "../helpers/seed-guard.js";

// The only 文号 in the seeds, 宛区人社〔2025〕31号 (wancheng-hrss-2025), is written correctly.
guardSeedsSilent(rule);
