// Configs a reviewer can trust: the search never leaves the project, a config cannot end or hang
// the run, a stray package.json cannot fail it, and ids cannot reach Object's own members.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigLoadError, loadConfigFile } from "../src/index.js";
import { cli, put, tempDir } from "./helpers.js";

const offBadWord = JSON.stringify({ rules: { "bad-word": "off" } });
// "错误" is reported by the test rule bad-word (an error): exit 1 when no config turns it off.
const REPORT = "错误。\n";

describe("where the config search stops", () => {
  it("never uses a config above the current folder when there is no .git", async () => {
    const dir = tempDir();
    put(dir, "reportlint.config.json", offBadWord);
    put(dir, "submissions/a/r.txt", REPORT);
    const r = await cli(["a/r.txt"], { cwd: join(dir, "submissions") });
    expect(r.code).toBe(1);
  });

  it("searches up to the project root (a folder with .git), past the current folder", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, ".git"));
    put(dir, "reportlint.config.json", offBadWord);
    put(dir, "docs/r.txt", REPORT);
    expect((await cli(["r.txt"], { cwd: join(dir, "docs") })).code).toBe(0);
  });

  it("never goes above the project root", async () => {
    const dir = tempDir();
    put(dir, "reportlint.config.mjs", "export default { rules: { 'bad-word': 'off' } };\n");
    mkdirSync(join(dir, "project/.git"), { recursive: true });
    put(dir, "project/reports/r.txt", REPORT);
    expect((await cli(["reports/r.txt"], { cwd: join(dir, "project") })).code).toBe(1);
  });

  it("ignores a package.json that does not parse on the way up", async () => {
    const dir = tempDir();
    put(dir, "package.json", "{ this is not json");
    put(dir, "a/r.txt", REPORT);
    const r = await cli(["a/r.txt"], { cwd: dir });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
  });
});

describe("JS configs that misbehave", () => {
  it("awaits a Promise default export", async () => {
    const dir = tempDir();
    put(dir, "reportlint.config.mjs", `export default Promise.resolve(${offBadWord});\n`);
    put(dir, "r.txt", REPORT);
    expect((await cli(["r.txt"], { cwd: dir })).code).toBe(0);
  });

  it("refuses a config that calls process.exit, with exit 2 and the reason", async () => {
    const dir = tempDir();
    put(dir, "reportlint.config.mjs", "process.exit(0);\nexport default {};\n");
    put(dir, "r.txt", REPORT);
    const r = await cli(["r.txt"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("reportlint.config.mjs: 无法加载配置文件：配置文件调用了 process.exit(0)");
  });

  it("gives up on a config that never finishes loading", async () => {
    const dir = tempDir();
    const path = put(dir, "reportlint.config.mjs", "await new Promise(() => {});\nexport default {};\n");
    const error = await loadConfigFile(path, { timeoutMs: 200 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigLoadError);
    expect((error as Error).message).toBe("无法加载配置文件：0.2 秒内未加载完成");
  });

  it("gives up on a Promise default export that never settles", async () => {
    const dir = tempDir();
    const path = put(dir, "reportlint.config.mjs", "export default new Promise(() => {});\n");
    const error = await loadConfigFile(path, { timeoutMs: 200 }).catch((e: unknown) => e);
    expect((error as Error).message).toContain("秒内未加载完成");
  });
});

describe("ids that name Object's own members", () => {
  it.each([
    ['{ "rules": { "constructor": "off" } }', '"rules.constructor"'],
    ['{ "rules": { "__proto__": "off" } }', '"rules.__proto__"'],
    ['{ "profile": "constructor" }', '"profile"'],
    ['{ "profiles": { "toString": { "name": { "zh": "x" }, "parts": [] } } }', '"profiles.toString"'],
  ])("%s is refused", async (config, where) => {
    const dir = tempDir();
    put(dir, "reportlint.config.json", config);
    put(dir, "r.txt", REPORT);
    const r = await cli(["r.txt"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(where);
  });

  it("--profile constructor and --rule constructor:off are usage errors", async () => {
    const dir = tempDir();
    put(dir, "r.txt", REPORT);
    const profile = await cli(["--profile", "constructor", "r.txt"], { cwd: dir });
    expect(profile.code).toBe(2);
    expect(profile.stderr).toMatch(/^reportlint: --profile: /);
    expect((await cli(["--rule", "constructor:off", "r.txt"], { cwd: dir })).code).toBe(2);
  });
});

describe("--no-config-lookup", () => {
  it("ignores every config found near the files, and still applies -c and the command line", async () => {
    const dir = tempDir();
    put(dir, "submitted/reportlint.config.json", offBadWord);
    put(dir, "submitted/r.txt", REPORT);
    put(dir, "reviewer.json", JSON.stringify({ rules: { "bad-word": "warn" } }));
    expect((await cli(["submitted/r.txt"], { cwd: dir })).code).toBe(0);
    expect((await cli(["--no-config-lookup", "submitted/r.txt"], { cwd: dir })).code).toBe(1);
    const r = await cli(["--no-config-lookup", "-c", "reviewer.json", "-f", "json", "submitted/r.txt"], { cwd: dir });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { warningCount: number }[])[0]!.warningCount).toBe(1);
    expect((await cli(["--no-config-lookup", "--rule", "bad-word:off", "submitted/r.txt"], { cwd: dir })).code).toBe(0);
  });

  it("never loads a JS config near the files", async () => {
    const dir = tempDir();
    put(dir, "submitted/reportlint.config.mjs", "process.exitCode = 9; throw new Error('ran');\n");
    put(dir, "submitted/r.txt", REPORT);
    const r = await cli(["--no-config-lookup", "submitted/r.txt"], { cwd: dir });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
  });
});
