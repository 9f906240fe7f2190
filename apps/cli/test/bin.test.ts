import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fixturePath } from "@reportlint/fixtures";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { put, tempDir } from "./helpers.js";

// These run the real binary, so they need the built dist/ (turbo's test task builds dependencies, and
// the package's own build runs before its tests in CI).
const bin = fileURLToPath(new URL("../bin/reportlint.js", import.meta.url));
const dist = fileURLToPath(new URL("../dist/bin.js", import.meta.url));

function spawn(args: string[], cwd: string, input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, input, encoding: "utf8", env: { ...process.env, FORCE_COLOR: "", NO_COLOR: "1" } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("the reportlint binary", () => {
  beforeAll(() => {
    if (!existsSync(dist)) throw new Error("apps/cli is not built: run `pnpm --filter @reportlint/cli build` first");
  });

  it("prints the version and help", () => {
    expect(spawn(["-v"], tempDir())).toMatchObject({ code: 0, stdout: expect.stringMatching(/^\d+\.\d+\.\d+\n$/) });
    expect(spawn(["--help"], tempDir()).stdout).toContain("退出码：");
  });

  it("lints on worker threads from the bundle with the findings of one thread, in input order", () => {
    const dir = tempDir();
    const seed = readFileSync(fixturePath("seeds", "wancheng-hrss-2025.txt"), "utf8");
    for (let i = 0; i < 12; i++) put(dir, `r${String(i).padStart(2, "0")}.txt`, i % 3 === 0 ? "一、工作\n二、问题\n二、计划\n" : seed);
    const args = ["--format", "json", "--today", "2026-12-01", "--no-config-lookup", "."];
    const pooled = spawn(["--concurrency", "2", ...args], dir);
    const single = spawn(["--concurrency", "off", ...args], dir);
    expect(pooled.stderr).toBe("");
    expect(pooled.code).toBe(1);
    expect(pooled.stdout).toBe(single.stdout);
    expect((JSON.parse(pooled.stdout) as unknown[]).length).toBe(12);
  });

  it("keeps stdout pure JSON and exits 0 on a clean report", () => {
    const dir = tempDir();
    // No rules on: the built-in rules change elsewhere, and this test is about the process.
    put(dir, "reportlint.config.json", '{ "extends": [] }');
    put(dir, "a.txt", "一、总体情况\n今年以来，我局认真贯彻落实。\n");
    const r = spawn(["--format", "json", "--today", "2025-03-01", "a.txt"], dir);
    expect(r.code).toBe(0);
    expect(() => JSON.parse(r.stdout) as unknown).not.toThrow();
    expect(r.stderr).toBe("");
  });

  it("exits 2 for bad input but still prints JSON for the other files", () => {
    const dir = tempDir();
    put(dir, "a.txt", "正文。\n");
    const r = spawn(["--locale", "en", "--format", "json", "a.txt", "missing.txt"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("reportlint: missing.txt: no such file or directory\n");
    expect((JSON.parse(r.stdout) as unknown[]).length).toBe(2);
  });

  it("exits 2 on a usage error and reads standard input", () => {
    const dir = tempDir();
    put(dir, "reportlint.config.json", '{ "extends": [] }');
    expect(spawn(["--nope"], dir).code).toBe(2);
    const r = spawn(["-f", "json", "-"], dir, "正文。\n");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)[0].filePath).toBe("<stdin>");
  });
});
