import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fixtureNames, fixturePath } from "@reportlint/fixtures";
import { describe, expect, it } from "vitest";
import { lintWith } from "./builtin-run.js";
import { cacheKey, engineFingerprint } from "../src/cache.js";
import { batchSize, isCloneable, workerCount } from "../src/pool.js";
import { helpText } from "../src/help.js";
import { createProgress } from "../src/progress.js";
import { cli, put, tempDir } from "./helpers.js";

/** A report whose one odd heading marker the built-in heading-style rule finds and fixes. */
const FIXABLE = "一、主要举措和成效\n（一）规范行政决策\n（二）严格行政执法\n（三）强化权力监督\n(四)化解矛盾纠纷\n";

/** Copies of the bundled reports in a fresh folder, named 00-….txt in order. */
function reportCopies(count: number): { dir: string; names: string[] } {
  const dir = tempDir();
  const sources = [...fixtureNames("seeds").map((n: string) => fixturePath("seeds", n)), ...fixtureNames("corpus").map((n: string) => fixturePath("corpus", n))];
  const names = Array.from({ length: count }, (_, i) => {
    const name = `${String(i).padStart(2, "0")}-report.txt`;
    writeFileSync(join(dir, name), readFileSync(sources[i % sources.length]!));
    return name;
  });
  return { dir, names };
}

describe("worker threads", () => {
  it("give the same report as the main thread, files in input order", async () => {
    const { dir, names } = reportCopies(12);
    const order = [...names].reverse();
    const argv = ["-f", "json", "--today", "2026-01-15", ...order];
    const inThread = await lintWith(["--concurrency", "off", ...argv], dir);
    const onWorkers = await lintWith(["--concurrency", "2", ...argv], dir);
    expect(onWorkers).toEqual(inThread);
    expect(inThread.stderr).toBe("");
    const results = JSON.parse(onWorkers.stdout) as { filePath: string; messages: unknown[] }[];
    expect(results.map((r) => r.filePath)).toEqual(order.map((n) => join(dir, n)));
    expect(results.some((r) => r.messages.length > 0)).toBe(true);
  });

  it("apply --fix like the main thread", async () => {
    const outputs = [];
    for (const concurrency of ["off", "2"]) {
      const dir = tempDir();
      const names = Array.from({ length: 9 }, (_, i) => put(dir, `${i}.txt`, FIXABLE));
      const r = await lintWith(["--concurrency", concurrency, "--fix", "-f", "json", ...names], dir);
      expect(r.stderr).toBe("");
      outputs.push(names.map((n) => readFileSync(n, "utf8")));
    }
    expect(outputs[0]![0]).toContain("（四）化解矛盾纠纷");
    expect(outputs[1]).toEqual(outputs[0]);
  });

  it("are used from 32 files on with auto, up to the number of cores, and never for 1 or off", () => {
    expect(workerCount("auto", 31, 4)).toBe(0);
    expect(workerCount("auto", 32, 4)).toBe(4);
    expect(workerCount("auto", 1000, 3)).toBe(3);
    expect(workerCount("auto", 1000, 2)).toBe(0);
    expect(workerCount("auto", 1000, 4)).toBe(4);
    expect(workerCount("auto", 1000, 1)).toBe(0);
    expect(workerCount("off", 1000, 4)).toBe(0);
    expect(workerCount(1, 1000, 4)).toBe(0);
    expect(workerCount(3, 2, 4)).toBe(2);
    expect(workerCount(3, 1000, 2)).toBe(3);
  });

  it("take a few files per task, never none", () => {
    expect(batchSize(1, 2)).toBe(1);
    expect(batchSize(100, 2)).toBe(12);
    expect(batchSize(100_000, 2)).toBe(16);
  });

  it("are sent only configs that can be cloned (a JS config may hold functions)", () => {
    expect(isCloneable({ rules: { a: { severity: "error", options: { pattern: /x/ } } } })).toBe(true);
    expect(isCloneable({ rules: { a: { severity: "error", options: { check: () => true } } } })).toBe(false);
  });

  it("are not used with custom rules: those lint in the main thread", async () => {
    const dir = tempDir();
    const names = Array.from({ length: 9 }, (_, i) => put(dir, `${i}.txt`, "国绕。\n"));
    const r = await cli(["--concurrency", "2", "-f", "json", ...names], { cwd: dir });
    expect(r.stderr).toBe("");
    expect((JSON.parse(r.stdout) as { messages: { ruleId: string }[] }[]).every((x) => x.messages[0]?.ruleId === "typo")).toBe(true);
  });

  it("--concurrency takes a number, auto or off", async () => {
    for (const value of ["0", "x", "-1", "2.5"]) {
      const r = await lintWith(["--concurrency", value, "a.txt"], tempDir());
      expect(r.code, value).toBe(2);
      expect(r.stderr, value).toMatch(/^reportlint: .*--concurrency/);
    }
  });
});

describe("--cache", () => {
  const REPORT = FIXABLE;

  it("reuses a result while the file, config, options and version are the same", async () => {
    const dir = tempDir();
    put(dir, "a.txt", REPORT);
    const first = await lintWith(["--cache", "-f", "json", "a.txt"], dir);
    const cacheFile = join(dir, ".reportlintcache");
    const stored = JSON.parse(readFileSync(cacheFile, "utf8")) as { entries: Record<string, { result: { messages: { message: string }[] } }> };
    const entry = stored.entries[join(dir, "a.txt")]!;
    expect(entry.result.messages.length).toBeGreaterThan(0);
    // A planted message shows that the second run read the cache instead of linting.
    entry.result.messages[0]!.message = "FROM THE CACHE";
    writeFileSync(cacheFile, JSON.stringify(stored));
    const second = await lintWith(["--cache", "-f", "json", "a.txt"], dir);
    expect(second.stdout).toContain("FROM THE CACHE");
    expect(second.code).toBe(first.code);

    // Without --cache, another option, or changed content: linted again.
    expect((await lintWith(["-f", "json", "a.txt"], dir)).stdout).not.toContain("FROM THE CACHE");
    expect((await lintWith(["--cache", "-f", "json", "--include-info", "a.txt"], dir)).stdout).not.toContain("FROM THE CACHE");
    expect((await lintWith(["--cache", "-f", "json", "--rule", "duplicate-text:off", "a.txt"], dir)).stdout).not.toContain("FROM THE CACHE");
    writeFileSync(cacheFile, JSON.stringify(stored));
    put(dir, "a.txt", `${REPORT}二、下一步工作\n`);
    expect((await lintWith(["--cache", "-f", "json", "a.txt"], dir)).stdout).not.toContain("FROM THE CACHE");
  });

  it("ignores a corrupt cache file and writes a good one, at --cache-location", async () => {
    const dir = tempDir();
    put(dir, "a.txt", REPORT);
    for (const junk of ["{ not json", '{"format":1,"entries":{"x":{"key":1}}}', "null", "[]"]) {
      put(dir, "cache/results.json", junk);
      const r = await lintWith(["--cache", "--cache-location", "cache/results.json", "a.txt"], dir);
      expect(r.code, junk).not.toBe(2);
      expect(r.stderr, junk).toBe("");
      expect(JSON.parse(readFileSync(join(dir, "cache/results.json"), "utf8"))).toMatchObject({ format: 1, entries: { [join(dir, "a.txt")]: { key: expect.any(String) } } });
    }
  });

  it("never makes --fix skip a fix", async () => {
    const dir = tempDir();
    const file = put(dir, "a.txt", REPORT);
    await lintWith(["--cache", "a.txt"], dir);
    await lintWith(["--cache", "--fix-dry-run", "a.txt"], dir);
    await lintWith(["--cache", "--fix", "a.txt"], dir);
    const fixed = readFileSync(file, "utf8");
    expect(fixed).not.toBe(REPORT);
    // The text as it was, written back: the fix is applied again, not taken from the cache.
    put(dir, "a.txt", REPORT);
    await lintWith(["--cache", "--fix", "a.txt"], dir);
    expect(readFileSync(file, "utf8")).toBe(fixed);
  });

  it("keys on everything in a config, a RegExp too, and on the engine", () => {
    const key = (config: unknown, engine = "e") => cacheKey({ content: "c", config, options: {}, engine });
    expect(key({ pattern: /a/ })).toBe(key({ pattern: /a/ }));
    expect(key({ pattern: /a/ })).not.toBe(key({ pattern: /b/ }));
    expect(key({})).not.toBe(key({}, "f"));
    expect(engineFingerprint("1.0.0")).toBe(engineFingerprint("1.0.0"));
    expect(engineFingerprint("1.0.0")).not.toBe(engineFingerprint("1.0.1"));
  });

  it("needs --cache for --cache-location", async () => {
    const r = await lintWith(["--cache-location", "x", "a.txt"], tempDir());
    expect(r).toMatchObject({ code: 2, stderr: expect.stringMatching(/^reportlint: --cache-location needs --cache\n/) });
  });
});

describe(".reportlintignore", () => {
  function folder() {
    const dir = tempDir();
    put(dir, "reports/a.txt", "国绕。\n");
    put(dir, "reports/drafts/b.txt", "国绕。\n");
    put(dir, "reports/c.old.txt", "国绕。\n");
    put(dir, ".reportlintignore", "# drafts are not checked\ndrafts/\n*.old.txt\n");
    return dir;
  }
  const linted = (stdout: string) => (JSON.parse(stdout) as { filePath: string }[]).map((r) => r.filePath);

  it("leaves ignored files out of folders and globs", async () => {
    const dir = folder();
    for (const arg of ["reports", "reports/**/*.txt"]) {
      const r = await cli(["-f", "json", arg], { cwd: dir });
      expect(r.stderr, arg).toBe("");
      expect(linted(r.stdout), arg).toEqual([join(dir, "reports/a.txt")]);
    }
  });

  it("says so, in one line, for an ignored file named on the command line, and does not lint it", async () => {
    const dir = folder();
    const r = await cli(["--locale", "en", "-f", "json", "reports/drafts/b.txt", "reports/a.txt"], { cwd: dir });
    expect(r.stderr).toBe('reportlint: reports/drafts/b.txt: File ignored because of a matching ignore pattern. Use "--no-ignore" to lint it.\n');
    expect(linted(r.stdout)).toEqual([join(dir, "reports/a.txt")]);
    expect(r.code).not.toBe(2);
    const zh = await cli(["reports/drafts/b.txt"], { cwd: dir });
    expect(zh.stderr).toBe("reportlint: reports/drafts/b.txt: 文件与忽略规则匹配，未检查。如需检查，请加 --no-ignore。\n");
  });

  it("is not read with --no-ignore; --ignore-path reads another file", async () => {
    const dir = folder();
    expect(linted((await cli(["--no-ignore", "-f", "json", "reports"], { cwd: dir })).stdout)).toHaveLength(3);
    put(dir, "other-ignore", "a.txt\n");
    expect(linted((await cli(["--ignore-path", "other-ignore", "-f", "json", "reports"], { cwd: dir })).stdout).sort()).toEqual(
      [join(dir, "reports/c.old.txt"), join(dir, "reports/drafts/b.txt")],
    );
    const missing = await cli(["--locale", "en", "--ignore-path", "nope", "reports"], { cwd: dir });
    expect(missing).toMatchObject({ code: 2, stderr: "reportlint: nope: cannot read the ignore file: no such file or directory\n" });
  });
});

describe("files of other types in folders", () => {
  it("are skipped and counted in one line, not errors; named explicitly they are", async () => {
    const dir = tempDir();
    put(dir, "in/a.txt", "正文。\n");
    put(dir, "in/table.xlsx", "x");
    put(dir, "in/photo.jpg", "x");
    put(dir, "in/sub/b.jpg", "x");
    put(dir, "in/reportlint.config.json", "{}");
    const r = await cli(["--locale", "en", "in"], { cwd: dir });
    expect(r).toMatchObject({ code: 0, stderr: "reportlint: skipped 3 files of types reportlint does not read (.jpg, .xlsx)\n" });
    const zh = await cli(["in"], { cwd: dir });
    expect(zh.stderr).toBe("reportlint: 跳过了 3 个 reportlint 不读取的文件（.jpg, .xlsx）\n");
    const named = await cli(["--locale", "en", "in/table.xlsx"], { cwd: dir });
    expect(named.code).toBe(2);
    expect(named.stderr).toMatch(/^reportlint: in\/table\.xlsx: \S.*\n$/);
    expect((await cli(["in/table.xlsx"], { cwd: dir })).stderr).toBe("reportlint: in/table.xlsx: reportlint 暂不能读取 .xlsx 文件（.xlsx is not supported yet; it is a spreadsheet, not a report）\n");
  });
});

describe("documentation", () => {
  it("lists every batch option in --help and the README", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    for (const flag of ["--concurrency", "--cache", "--cache-location", "--ignore-path", "--no-ignore", "--max-file-size"]) {
      expect(helpText("en"), flag).toContain(`${flag} `);
      expect(helpText("zh"), flag).toContain(`${flag} `);
      expect(readme, flag).toContain(`\`${flag}`);
    }
  });
});

describe("progress bar", () => {
  function tty() {
    let written = "";
    return { stream: { write: (c: string | Uint8Array) => (written += String(c)), isTTY: true }, written: () => written };
  }

  it("is drawn on a terminal and cleared at the end", async () => {
    const { dir, names } = reportCopies(10);
    const r = await lintWith(["-f", "json", "--concurrency", "off", ...names], dir, { tty: true });
    expect(r.stderr).toContain("10/10");
    expect(r.stderr).toMatch(/^\r/);
    expect(r.stderr.endsWith("\r\u001b[K")).toBe(true);
    expect(JSON.parse(r.stdout)).toHaveLength(10);
  });

  it("is not drawn in CI, when stderr is not a terminal, with --quiet, or for a few files", async () => {
    const { dir, names } = reportCopies(10);
    expect((await lintWith(["--concurrency", "off", ...names], dir, { tty: true, env: { CI: "true" } })).stderr).toBe("");
    expect((await lintWith(["--concurrency", "off", ...names], dir, { tty: false })).stderr).toBe("");
    expect((await lintWith(["--concurrency", "off", "--quiet", ...names], dir, { tty: true })).stderr).toBe("");
    expect((await lintWith(["--concurrency", "off", ...names.slice(0, 3)], dir, { tty: true })).stderr).toBe("");
  });

  it("steps at most once per cell of the bar, and gets out of the way of a line", () => {
    const term = tty();
    const bar = createProgress(term.stream, {}, 1000, false)!;
    for (let i = 0; i < 500; i++) bar.tick();
    const draws = term.written().split("\r").slice(1);
    expect(draws.length).toBeGreaterThan(5);
    expect(draws.length).toBeLessThanOrEqual(13);
    expect(draws.at(-1)).toMatch(/^█{12}░{12} \d+\/1000$/);
    bar.clear();
    expect(term.written().endsWith("\r\u001b[K")).toBe(true);
    bar.tick();
    expect(term.written()).toMatch(/501\/1000$/);
  });
});
