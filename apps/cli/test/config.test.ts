import { join } from "node:path";
import { readFileSync } from "node:fs";
import { RESERVED_RULE_IDS, rules as builtinRules } from "@reportlint/rules";
import { describe, expect, it } from "vitest";
import { ConfigFinder } from "../src/index.js";
import { cli, put, tempDir } from "./helpers.js";

const offBadWord = { rules: { "bad-word": "off" } };

async function exitFor(dir: string, file: string, ...args: string[]) {
  return (await cli([...args, file], { cwd: dir })).code;
}

describe("config discovery", () => {
  it("finds reportlint.config.json in a parent folder", async () => {
    const dir = tempDir();
    put(dir, "reportlint.config.json", JSON.stringify(offBadWord));
    put(dir, "a/b/r.txt", "错误。\n");
    expect(await exitFor(dir, "a/b/r.txt")).toBe(0);
  });

  it("finds reportlint.config.js and reportlint.config.mjs (default export)", async () => {
    const dir = tempDir();
    put(dir, "js/package.json", JSON.stringify({ type: "module" }));
    put(dir, "js/reportlint.config.js", `export default ${JSON.stringify(offBadWord)};\n`);
    put(dir, "mjs/reportlint.config.mjs", `export default ${JSON.stringify(offBadWord)};\n`);
    put(dir, "js/r.txt", "错误。\n");
    put(dir, "mjs/r.txt", "错误。\n");
    expect(await exitFor(dir, "js/r.txt")).toBe(0);
    expect(await exitFor(dir, "mjs/r.txt")).toBe(0);
  });

  it("reads the reportlint key of package.json, and skips a package.json without one", async () => {
    const dir = tempDir();
    put(dir, "package.json", JSON.stringify({ name: "x", reportlint: offBadWord }));
    put(dir, "inner/package.json", JSON.stringify({ name: "inner" }));
    put(dir, "inner/r.txt", "错误。\n");
    expect(await exitFor(dir, "inner/r.txt")).toBe(0);
  });

  it("stops at the nearest config", async () => {
    const dir = tempDir();
    put(dir, "reportlint.config.json", JSON.stringify(offBadWord));
    put(dir, "inner/reportlint.config.json", JSON.stringify({ rules: { typo: "off" } }));
    put(dir, "inner/r.txt", "错误。\n");
    expect(await exitFor(dir, "inner/r.txt")).toBe(1);
  });

  it("prefers reportlint.config.json over package.json in the same folder", async () => {
    const dir = tempDir();
    put(dir, "package.json", JSON.stringify({ reportlint: { rules: { "bad-word": "error" } } }));
    put(dir, "reportlint.config.json", JSON.stringify(offBadWord));
    put(dir, "r.txt", "错误。\n");
    expect(await exitFor(dir, "r.txt")).toBe(0);
  });

  it("uses each file's own config", async () => {
    const dir = tempDir();
    put(dir, "quiet/reportlint.config.json", JSON.stringify(offBadWord));
    put(dir, "quiet/r.txt", "错误。\n");
    put(dir, "loud/r.txt", "错误。\n");
    const r = await cli(["-f", "json", "quiet/r.txt", "loud/r.txt"], { cwd: dir });
    expect((JSON.parse(r.stdout) as { errorCount: number }[]).map((x) => x.errorCount)).toEqual([0, 1]);
  });

  it("-c overrides discovery", async () => {
    const dir = tempDir();
    put(dir, "reportlint.config.json", JSON.stringify({ rules: { "bad-word": "error" } }));
    put(dir, "elsewhere/custom.json", JSON.stringify(offBadWord));
    put(dir, "r.txt", "错误。\n");
    expect(await exitFor(dir, "r.txt")).toBe(1);
    expect(await exitFor(dir, "r.txt", "-c", "elsewhere/custom.json")).toBe(0);
  });

  it("applies command-line settings on top of the file config", async () => {
    const dir = tempDir();
    put(dir, "reportlint.config.json", JSON.stringify({ ...offBadWord, locale: "en" }));
    put(dir, "r.txt", "错误，国绕。\n");
    const r = await cli(["-f", "unix", "--rule", "bad-word:error", "--locale", "zh", "r.txt"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("“国绕”应为“围绕”");
  });

  it("uses the config's locale", async () => {
    const dir = tempDir();
    put(dir, "reportlint.config.json", JSON.stringify({ locale: "en" }));
    put(dir, "r.txt", "国绕。\n");
    expect((await cli(["-f", "unix", "r.txt"], { cwd: dir })).stdout).toContain("Unexpected “国绕”");
  });

  it("caches one search per folder", async () => {
    const dir = tempDir();
    put(dir, "reportlint.config.json", "{}");
    const finder = new ConfigFinder({ cwd: dir });
    const a = await finder.forFile(join(dir, "x/a.txt"));
    const b = await finder.forFile(join(dir, "x/b.txt"));
    expect(a).toBe(b);
    expect(a.path).toBe(join(dir, "reportlint.config.json"));
  });
});

describe("invalid configs", () => {
  it.each([
    ["reportlint.config.json", '{ "rules": { "no-such-rule": "error" } }', 'Unknown rule "no-such-rule" in "rules"'],
    ["reportlint.config.json", '{ "rules": { "typo": "loud" } }', '"rules.typo": expected one of off, info, warn, error, 0, 1, 2'],
    ["reportlint.config.json", '{ "reportYear": 1850 }', '"reportYear": '],
    ["reportlint.config.json", '{ "rules": { "typos": "warn" } }', 'Unknown rule "typos" in "rules" (did you mean "typo"?)'],
    ["reportlint.config.json", '{ "rules": { "typo": ["warn", { "strict": true }] } }', 'Rule "typo" takes no options; got "strict"'],
    ["reportlint.config.json", '{ "profile": "nope" }', 'Unknown profile "nope"'],
    ["reportlint.config.json", '{ "rules": {\n  "typo": "warn",\n}', "配置文件不是有效的 JSON（第 3 行第 1 列）"],
    ["reportlint.config.mjs", "export default {;", "无法加载配置文件"],
  ])("%s with %s says why, names the file and exits 2", async (name, content, reason) => {
    const dir = tempDir();
    put(dir, name, content);
    put(dir, "r.txt", "错误。\n");
    const r = await cli(["r.txt"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr.startsWith(`reportlint: ${name}: `)).toBe(true);
    expect(r.stderr).toContain(reason);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("shows every problem of a config, one a line, and never says \"Invalid the config\"", async () => {
    const dir = tempDir();
    put(dir, "reportlint.config.json", '{ "rules": { "typo": "loud", "tpyo": "warn" }, "profle": "x", "locale": "fr" }');
    put(dir, "r.txt", "错误。\n");
    const r = await cli(["r.txt"], { cwd: dir });
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(4);
    expect(lines.every((line) => line.startsWith("reportlint: reportlint.config.json: "))).toBe(true);
    expect(r.stderr).toContain('"rules.typo": expected one of off, info, warn, error, 0, 1, 2');
    expect(r.stderr).toContain('Unknown rule "tpyo" in "rules" (did you mean "typo"?)');
    expect(r.stderr).toContain('Unknown setting "profle" (did you mean "profile"?)');
    expect(r.stderr).toContain('"locale": expected one of zh, en');
    expect(r.stderr).not.toMatch(/Invalid (the config|input)/);
  });

  // The ids still reserved (which ones, and how many, changes as rules are built).
  it.runIf(RESERVED_RULE_IDS.length > 0)("loads ids reserved for coming rules with one notice per id per run", async () => {
    const reserved = [...RESERVED_RULE_IDS].sort();
    const [first] = reserved;
    const settings = reserved.map((id, i) => `"${id}": ${i === 0 ? '"warn"' : '["error", {}]'}`).join(", ");
    const dir = tempDir();
    put(dir, "reportlint.config.json", `{ "rules": { ${settings}, "typo": "warning" } }`);
    put(dir, "sub/reportlint.config.json", `{ "rules": { "${first}": ["error", {}] } }`);
    put(dir, "1.txt", "国绕。\n");
    put(dir, "2.txt", "国绕。\n");
    put(dir, "sub/3.txt", "国绕。\n");
    const r = await cli(["-f", "json", "--rule", `${first}:off`, "1.txt", "2.txt", "sub/3.txt"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr.trim().split("\n").sort()).toEqual(reserved.map((id) => `reportlint: rule "${id}": reserved for a coming rule, not built yet; skipped`));
    // "warning" is accepted as another name for "warn".
    const results = JSON.parse(r.stdout) as { warningCount: number }[];
    expect(results.map((x) => x.warningCount)).toEqual([1, 1, 1]);
  });

  it("loads the example config of the README with the built-in rules", async () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    const example = /```json\n(\{[\s\S]*?\})\n```/.exec(readme)?.[1];
    expect(example).toContain('"rules"');
    const dir = tempDir();
    put(dir, "reportlint.config.json", example!);
    put(dir, "r.txt", "2024年度法治政府建设情况报告\n");
    const r = await cli(["-f", "json", "r.txt"], { cwd: dir, rules: builtinRules });
    expect(r.code).not.toBe(2);
    expect(r.stderr).toBe("");
  });

  it("reports a broken config once and still lints files under other configs", async () => {
    const dir = tempDir();
    put(dir, "bad/reportlint.config.json", "{ nope");
    put(dir, "bad/1.txt", "错误。\n");
    put(dir, "bad/2.txt", "错误。\n");
    put(dir, "good/1.txt", "错误。\n");
    const r = await cli(["-f", "json", "bad", "good"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    const results = JSON.parse(r.stdout) as { errorCount: number; messages: { fatal?: boolean; message: string }[] }[];
    expect(results.map((x) => x.messages[0]?.fatal ?? false)).toEqual([true, true, false]);
    expect(results[0]!.messages[0]!.message).toMatch(/^bad\/reportlint\.config\.json: 配置文件不是有效的 JSON/);
  });

  it("fails fast on a missing -c file", async () => {
    const dir = tempDir();
    put(dir, "r.txt", "错误。\n");
    const r = await cli(["-c", "nope.json", "r.txt"], { cwd: dir });
    expect(r).toMatchObject({ code: 2, stdout: "", stderr: "reportlint: nope.json: 无法读取配置文件：文件不存在\n" });
  });
});

describe("--print-config", () => {
  it("prints the resolved config for a file", async () => {
    const dir = tempDir();
    put(dir, "reportlint.config.json", JSON.stringify({ rules: { "bad-word": "off", typo: "error" }, reportYear: 2024 }));
    const r = await cli(["--print-config", "sub/r.txt", "--locale", "en"], { cwd: dir });
    expect(r.code).toBe(0);
    const printed = JSON.parse(r.stdout);
    expect(printed).toMatchObject({ configFile: join(dir, "reportlint.config.json"), reportYear: 2024, locale: "en", profile: null });
    expect(printed.rules.typo).toEqual({ severity: "error", options: {} });
    expect(printed.rules["bad-word"]).toBeUndefined();
    expect(printed.rules.note).toEqual({ severity: "info", options: {} });
  });

  it("works for the current folder and with --print-config=<file>", async () => {
    const dir = tempDir();
    expect(JSON.parse((await cli(["--print-config"], { cwd: dir })).stdout).configFile).toBeNull();
    put(dir, "x/reportlint.config.json", "{}");
    expect(JSON.parse((await cli(["--print-config=x/r.txt"], { cwd: dir })).stdout).configFile).toBe(join(dir, "x/reportlint.config.json"));
  });

  it("exits 2 on an invalid config", async () => {
    const dir = tempDir();
    put(dir, "reportlint.config.json", '{ "extends": "strict" }');
    const r = await cli(["--print-config", "r.txt"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('reportlint: reportlint.config.json: 配置有误：Unknown preset "strict" in "extends" (known: recommended, all)\n');
  });
});
