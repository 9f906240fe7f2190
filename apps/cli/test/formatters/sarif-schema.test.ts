// The sarif formatter's output checked against the official SARIF 2.1.0 JSON schema (draft-04, so
// ajv-draft-04; formats uri, uri-reference and date-time from ajv-formats). The schema is vendored
// in test/fixtures (see the README there), so the test runs offline.
import { copyFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fixtureNames, fixturePath } from "@reportlint/fixtures";
import { rules } from "@reportlint/rules";
import type { ErrorObject } from "ajv";
import ajvDraft04 from "ajv-draft-04";
import ajvFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { sarif } from "../../src/formatters/sarif.js";
import { cli, put, tempDir } from "../helpers.js";

const schema = JSON.parse(readFileSync(new URL("../fixtures/sarif-schema-2.1.0.json", import.meta.url), "utf8")) as Record<string, unknown>;
// Both are CommonJS modules whose class/function is also their `default` export; Node's ESM import
// gives the module object to TypeScript's eyes, so `.default` is what types and runs the same.
// strict: false because ajv's strict mode judges how a schema is written (the official one lists
// `required` names in anyOf branches without local `properties`), not the data.
const ajv = new ajvDraft04.default({ allErrors: true, strict: false });
ajvFormats.default(ajv);
const validate = ajv.compile(schema);

/** The schema's complaints about a log, as "path: message" lines (empty when valid). */
function problems(log: unknown): string[] {
  return validate(log) ? [] : (validate.errors ?? []).map((e: ErrorObject) => `${e.instancePath || "/"}: ${e.message ?? e.keyword}`);
}

interface SarifLog { runs: { results: { fixes?: unknown[] }[]; invocations: { toolExecutionNotifications: unknown[] }[] }[] }

describe("sarif output against the SARIF 2.1.0 schema", () => {
  it("is valid for the seeds with the built-in rules, and for findings with fixes and unreadable files", async () => {
    const dir = tempDir();
    const seeds = fixtureNames("seeds");
    for (const name of seeds) copyFileSync(fixturePath("seeds", name), join(dir, name));
    const seedRun = await cli(["--format", "sarif", ...seeds], { cwd: dir, rules });
    const seedLog = JSON.parse(seedRun.stdout) as SarifLog;
    expect(seedLog.runs[0]!.results.length).toBeGreaterThan(10);
    expect(problems(seedLog)).toEqual([]);

    // Fixes, CRLF lines, names that need percent-encoding, a file outside the folder, a binary file.
    put(dir, "sub dir/报告 #1%.txt", "第一行\r\n国绕，错误。\n");
    const outside = put(tempDir(), "外部.txt", "国绕\n");
    put(dir, "bin.txt", Uint8Array.from([0, 1, 2]));
    const mixed = await cli(["--format", "sarif", "sub dir/报告 #1%.txt", outside, "bin.txt"], { cwd: dir });
    const mixedLog = JSON.parse(mixed.stdout) as SarifLog;
    expect(mixedLog.runs[0]!.results.some((r) => r.fixes !== undefined)).toBe(true);
    expect(mixedLog.runs[0]!.invocations[0]!.toolExecutionNotifications).toHaveLength(1);
    expect(problems(mixedLog)).toEqual([]);

    const stdin = await cli(["--format", "sarif", "-"], { cwd: dir, stdin: "国绕\n" });
    expect(problems(JSON.parse(stdin.stdout))).toEqual([]);
  });

  it("is valid for findings located in an extracted file (.docx paragraph, .pdf page)", () => {
    const range = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 3, offset: 2 } };
    const finding = { ruleId: "common-typos", severity: "warning" as const, messageId: "m", data: {}, message: "“国绕”应为“围绕”", span: [0, 2] as [number, number], range };
    const result = (kind: "docx" | "pdf", page?: number) => ({
      filePath: `/work/报告.${kind}`,
      kind,
      source: "国绕",
      messages: [{ ...finding, location: { line: 12, column: 5, endLine: 12, endColumn: 7, ...(page ? { page } : {}) } }],
      errorCount: 0, warningCount: 1, infoCount: 0, fixableErrorCount: 0, fixableWarningCount: 0,
    });
    const log = sarif([result("docx"), result("pdf", 3)], { cwd: "/work", color: false, rules, locale: "zh", version: "0.0.0" });
    expect(problems(JSON.parse(log))).toEqual([]);
    expect(log).toContain('"startLine": 12');
  });

  it("is valid with no results at all", async () => {
    const dir = tempDir();
    put(dir, "clean.txt", "没有问题。\n");
    const clean = await cli(["--format", "sarif", "clean.txt"], { cwd: dir });
    expect((JSON.parse(clean.stdout) as SarifLog).runs[0]!.results).toEqual([]);
    expect(problems(JSON.parse(clean.stdout))).toEqual([]);
    const empty = sarif([], { cwd: dir, color: false, rules, locale: "en", version: "1.2.3" });
    expect(problems(JSON.parse(empty))).toEqual([]);
  });

  it("finds problems in an invalid log (the check can fail)", () => {
    expect(problems({ version: "2.1.0", runs: [{ tool: { driver: {} }, results: [{ level: "fatal", message: {} }] }] })).toEqual(
      expect.arrayContaining([
        "/runs/0/tool/driver: must have required property 'name'",
        "/runs/0/results/0/level: must be equal to one of the allowed values",
      ]),
    );
    expect(problems({ version: "2.1.0", runs: [{ tool: { driver: { name: "x", informationUri: "not a uri" } } }] })).toEqual([
      '/runs/0/tool/driver/informationUri: must match format "uri"',
    ]);
  });
});
