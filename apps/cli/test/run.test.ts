import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { rules as builtinRules } from "@reportlint/rules";
import { cli, put, tempDir } from "./helpers.js";

const clean = "一、总体情况\n我局围绕中心工作。\n";

describe("exit codes", () => {
  it("is 0 without findings and prints nothing", async () => {
    const dir = tempDir();
    put(dir, "a.txt", clean);
    expect(await cli(["a.txt"], { cwd: dir })).toMatchObject({ code: 0, stdout: "", stderr: "" });
  });

  it("is 0 with warnings only, 1 with an error", async () => {
    const dir = tempDir();
    put(dir, "warn.txt", "我局国绕中心工作。\n");
    put(dir, "error.txt", "这是错误。\n");
    expect((await cli(["warn.txt"], { cwd: dir })).code).toBe(0);
    expect((await cli(["error.txt"], { cwd: dir })).code).toBe(1);
    expect((await cli(["warn.txt", "error.txt"], { cwd: dir })).code).toBe(1);
  });

  it("is 1 when warnings exceed --max-warnings, and says so", async () => {
    const dir = tempDir();
    put(dir, "a.txt", "国绕一，国绕二。\n");
    expect((await cli(["--max-warnings", "2", "a.txt"], { cwd: dir })).code).toBe(0);
    const over = await cli(["--locale", "en", "--max-warnings", "1", "a.txt"], { cwd: dir });
    expect(over.code).toBe(1);
    expect(over.stderr).toBe("reportlint: too many warnings (2; --max-warnings is 1)\n");
  });

  it("is 2 for usage errors, with a pointer to --help", async () => {
    const dir = tempDir();
    for (const argv of [[], ["--bogus", "a.txt"], ["--format", "xml", "a.txt"], ["--fix", "--fix-dry-run", "a.txt"], ["--fix-type", "safe", "a.txt"], ["--rule", "typo", "a.txt"], ["--report-year", "24", "a.txt"], ["--max-warnings", "x", "a.txt"], ["--locale", "fr", "a.txt"], ["--today", "2024-02-30", "a.txt"], ["--published", "2025-13-01", "a.txt"]]) {
      const r = await cli(argv, { cwd: dir });
      expect(r.code, argv.join(" ")).toBe(2);
      expect(r.stderr, argv.join(" ")).toMatch(/^reportlint: .+\n运行 reportlint --help 查看用法。\n$/);
      expect(r.stdout).toBe("");
    }
  });
});

describe("options", () => {
  it("-h and -v print to stdout and exit 0", async () => {
    const dir = tempDir();
    const help = await cli(["-h"], { cwd: dir });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("用法：reportlint [选项] <文件|目录|通配符|->...");
    const version = await cli(["-v"], { cwd: dir });
    expect(version.code).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it("--quiet reports errors only; --include-info adds info findings", async () => {
    const dir = tempDir();
    put(dir, "a.txt", "国绕，错误，注意。\n");
    const ids = async (...args: string[]) =>
      (JSON.parse((await cli(["-f", "json", ...args, "a.txt"], { cwd: dir })).stdout) as { messages: { ruleId: string }[] }[])[0]!.messages.map((m) => m.ruleId);
    expect(await ids()).toEqual(["typo", "bad-word"]);
    expect(await ids("--quiet")).toEqual(["bad-word"]);
    expect(await ids("--include-info")).toEqual(["typo", "bad-word", "note"]);
  });

  it("--quiet ignores warnings for --max-warnings", async () => {
    const dir = tempDir();
    put(dir, "a.txt", "国绕。\n");
    expect((await cli(["--quiet", "--max-warnings", "0", "a.txt"], { cwd: dir })).code).toBe(0);
  });

  it("--rule turns rules off, up and down", async () => {
    const dir = tempDir();
    put(dir, "a.txt", "国绕，错误。\n");
    expect((await cli(["--rule", "bad-word:off", "a.txt"], { cwd: dir })).code).toBe(0);
    expect((await cli(["--rule", "bad-word:warn", "a.txt"], { cwd: dir })).code).toBe(0);
    expect((await cli(["--rule", "bad-word:off", "--rule", "typo:error", "a.txt"], { cwd: dir })).code).toBe(1);
    const info = await cli(["-f", "json", "--rule", "typo:info", "--rule", "bad-word:off", "--include-info", "a.txt"], { cwd: dir });
    expect(JSON.parse(info.stdout)[0].messages[0]).toMatchObject({ ruleId: "typo", severity: 1, level: "info" });
  });

  it("--rule with an unknown rule is a usage error naming it", async () => {
    const dir = tempDir();
    put(dir, "a.txt", clean);
    const r = await cli(["--rule", "no-such-rule:error", "a.txt"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('reportlint: --rule: Unknown rule "no-such-rule" in "rules"\n');
  });

  it("passes --report-year and --today to the rules, and defaults today to the local date", async () => {
    const dir = tempDir();
    put(dir, "a.txt", "注意。\n");
    const message = async (...args: string[]) =>
      JSON.parse((await cli(["-f", "json", "--include-info", ...args, "a.txt"], { cwd: dir })).stdout)[0].messages[0].message as string;
    expect(await message("--report-year", "2023", "--today", "2024-03-01")).toBe("提示：年度 2023，今天 2024-03-01");
    expect(await message()).toBe("提示：年度 none，今天 2025-03-31");
  });

  it("--published gives the publication date to report-year's deadline check", async () => {
    const dir = tempDir();
    put(dir, "a.txt", "某县司法局关于2024年度法治政府建设情况的报告\n一、主要举措和成效\n我局扎实推进依法行政。\n");
    const only = { rules: { "report-year": builtinRules["report-year"] }, cwd: dir };
    expect(await cli(["a.txt"], only)).toMatchObject({ code: 0, stdout: "" });
    expect(await cli(["--published", "2025-03-31", "a.txt"], only)).toMatchObject({ code: 0, stdout: "" });
    const late = await cli(["-f", "json", "--published", "2025-04-01", "a.txt"], only);
    expect(late.code).toBe(1);
    expect(JSON.parse(late.stdout)[0].messages).toMatchObject([{ ruleId: "report-year", severity: 2, line: 1, message: expect.stringContaining("第二十四条") }]);
    const bad = await cli(["--published", "2025-04-31", "a.txt"], only);
    expect(bad).toMatchObject({ code: 2, stderr: "reportlint: --published 需要 YYYY-MM-DD 格式的日期，收到的是“2025-04-31”\n运行 reportlint --help 查看用法。\n" });
  });

  it("--locale en gives English messages", async () => {
    const dir = tempDir();
    put(dir, "a.txt", "国绕。\n");
    const r = await cli(["-f", "unix", "--locale", "en", "a.txt"], { cwd: dir });
    expect(r.stdout).toContain("Unexpected “国绕”, expected “围绕” [Warning/typo]");
  });

  it("--profile must name a known profile", async () => {
    const dir = tempDir();
    put(dir, "a.txt", clean);
    expect((await cli(["--profile", "fazhi-annual", "a.txt"], { cwd: dir })).code).toBe(0);
    const r = await cli(["--profile", "nope", "a.txt"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^reportlint: --profile: unknown profile "nope" \(known: .*fazhi-annual/);
  });

  it("-o writes the report to a file (creating folders) and nothing to stdout", async () => {
    const dir = tempDir();
    put(dir, "a.txt", "错误。\n");
    const r = await cli(["-f", "json", "-o", "out/deep/report.json", "a.txt"], { cwd: dir });
    expect(r).toMatchObject({ code: 1, stdout: "", stderr: "" });
    const written = JSON.parse(readFileSync(join(dir, "out/deep/report.json"), "utf8"));
    expect(written[0].errorCount).toBe(1);
  });

  it("colours stylish output only when asked or on a TTY, and honours NO_COLOR / FORCE_COLOR", async () => {
    const dir = tempDir();
    put(dir, "a.txt", "错误。\n");
    const hasAnsi = (s: string) => s.includes("\u001b[");
    expect(hasAnsi((await cli(["a.txt"], { cwd: dir })).stdout)).toBe(false);
    expect(hasAnsi((await cli(["a.txt"], { cwd: dir, isTTY: true })).stdout)).toBe(true);
    expect(hasAnsi((await cli(["--no-color", "a.txt"], { cwd: dir, isTTY: true })).stdout)).toBe(false);
    expect(hasAnsi((await cli(["a.txt"], { cwd: dir, isTTY: true, env: { NO_COLOR: "1" } })).stdout)).toBe(false);
    expect(hasAnsi((await cli(["a.txt"], { cwd: dir, env: { FORCE_COLOR: "1" } })).stdout)).toBe(true);
    expect(hasAnsi((await cli(["--color", "a.txt"], { cwd: dir })).stdout)).toBe(true);
  });

  it("--init writes a starter config and refuses to overwrite one", async () => {
    const dir = tempDir();
    const first = await cli(["--init"], { cwd: dir });
    expect(first).toMatchObject({ code: 0, stdout: "已创建 reportlint.config.json\n" });
    const config = JSON.parse(readFileSync(join(dir, "reportlint.config.json"), "utf8"));
    expect(config).toMatchObject({ extends: "recommended", profile: "fazhi-annual" });
    put(dir, "reportlint.config.json", "{}");
    const second = await cli(["--locale", "en", "--init"], { cwd: dir });
    expect(second.code).toBe(2);
    expect(second.stderr).toBe("reportlint: reportlint.config.json: already exists; not overwriting it\n");
    expect(readFileSync(join(dir, "reportlint.config.json"), "utf8")).toBe("{}");
  });

  it("--init's config is accepted by the linter", async () => {
    const dir = tempDir();
    await cli(["--init"], { cwd: dir });
    put(dir, "a.txt", "错误。\n");
    expect((await cli(["a.txt"], { cwd: dir })).code).toBe(1);
  });
});

describe("bad input", () => {
  const names = (json: string) => (JSON.parse(json) as { filePath: string; messages: { fatal?: boolean; message: string }[] }[]).map((r) => [r.filePath.replace(/.*\//, ""), r.messages[0]?.fatal ?? false]);

  it("reports each bad argument in one line, lints the others, and exits 2", async () => {
    const dir = tempDir();
    put(dir, "good.txt", "错误。\n");
    put(dir, "binary.txt", Uint8Array.from([0x00, 0x01, 0x02, 0xff, 0x00]));
    put(dir, "latin1.txt", Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x63, 0x72, 0xe8, 0x6d, 0x65]));
    put(dir, "report.docx", "PK");
    put(dir, "empty-dir/.keep", "");
    const r = await cli(["--locale", "en", "-f", "json", "missing.txt", "good.txt", "binary.txt", "latin1.txt", "report.docx", "empty-dir", "nomatch/*.txt"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr.split("\n").filter(Boolean).sort()).toEqual([
      "reportlint: binary.txt: binary file, not a text report",
      "reportlint: empty-dir: no reports found in this directory (looked for .txt .md .docx .html .htm .pdf)",
      "reportlint: latin1.txt: cannot decode: not valid UTF-8 (byte 3) and not GB18030/GBK text either; save the file as UTF-8",
      "reportlint: missing.txt: no such file or directory",
      "reportlint: nomatch/*.txt: no report files match this pattern",
      "reportlint: report.docx: damaged: the zip archive is truncated or invalid",
    ]);
    const results = JSON.parse(r.stdout) as { filePath: string; errorCount: number; messages: { fatal?: boolean }[] }[];
    const good = results.find((x) => x.filePath === join(dir, "good.txt"));
    expect(good?.errorCount).toBe(1);
    expect(good?.messages[0]?.fatal).toBeUndefined();
    expect(names(r.stdout).filter(([, fatal]) => fatal)).toHaveLength(6);
  });

  it("shows the fatal entry in ESLint's shape", async () => {
    const dir = tempDir();
    put(dir, "b.txt", Uint8Array.from([0, 1, 2, 3]));
    const r = await cli(["--locale", "en", "-f", "json", "b.txt"], { cwd: dir });
    expect(JSON.parse(r.stdout)[0]).toMatchObject({
      filePath: join(dir, "b.txt"),
      messages: [{ ruleId: null, fatal: true, severity: 2, message: "binary file, not a text report" }],
      errorCount: 1,
      fatalErrorCount: 1,
    });
  });

  it("exits 2 even when the files that were read are clean", async () => {
    const dir = tempDir();
    put(dir, "a.txt", clean);
    const r = await cli(["--locale", "en", "a.txt", "nope.txt"], { cwd: dir });
    expect(r).toMatchObject({ code: 2, stdout: "", stderr: "reportlint: nope.txt: no such file or directory\n" });
  });

  it("turns a crash on one file into a one-line error with a bug hint and goes on", async () => {
    const dir = tempDir();
    put(dir, "a.txt", "国绕。\n");
    put(dir, "b.txt", "错误。\n");
    const { testRules } = await import("./helpers.js");
    // A rule whose finding names a message it does not have makes the engine throw while rendering.
    const broken = { ...testRules, typo: { ...testRules.typo!, meta: { ...testRules.typo!.meta, messages: {} } } };
    const r = await cli(["-f", "unix", "a.txt", "b.txt"], { cwd: dir, rules: broken });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^reportlint: a\.txt: 内部错误：.+\n这是 reportlint 的缺陷，请在 https:\/\/\S+ 报告\n$/);
    expect(r.stdout).toContain("b.txt:1:1: 不应出现“错误” [错误/bad-word]");
  });
});

describe("files, directories and globs", () => {
  it("searches directories recursively for report extensions, skipping node_modules and dot-folders", async () => {
    const dir = tempDir();
    for (const path of ["r/a.txt", "r/sub/b.md", "r/sub/deeper/C.TXT", "r/node_modules/x.txt", "r/.git/y.txt", "r/notes.json", "r/.hidden.txt"]) {
      put(dir, path, "错误。\n");
    }
    const r = await cli(["-f", "json", "r"], { cwd: dir });
    const files = (JSON.parse(r.stdout) as { filePath: string }[]).map((x) => x.filePath.slice(dir.length + 1));
    expect(files).toEqual(["r/a.txt", "r/sub/b.md", "r/sub/deeper/C.TXT"]);
  });

  it("expands globs and de-duplicates files", async () => {
    const dir = tempDir();
    put(dir, "a/1.txt", "错误。\n");
    put(dir, "a/2.txt", "错误。\n");
    put(dir, "a/3.csv", "错误。\n");
    const r = await cli(["-f", "json", "a/*", "a/1.txt"], { cwd: dir });
    expect((JSON.parse(r.stdout) as { filePath: string }[]).map((x) => x.filePath.slice(dir.length + 1))).toEqual(["a/1.txt", "a/2.txt"]);
  });

  it("lints a file with an unknown extension when it is named explicitly", async () => {
    const dir = tempDir();
    put(dir, "report", "错误。\n");
    expect((await cli(["report"], { cwd: dir })).code).toBe(1);
  });
});

describe("standard input", () => {
  it("reads '-' and reports it as <stdin>", async () => {
    const dir = tempDir();
    const r = await cli(["-f", "json", "-"], { cwd: dir, stdin: "错误。\n" });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)[0]).toMatchObject({ filePath: "<stdin>", errorCount: 1 });
  });

  it("uses --stdin-filename for the path, the format and the config lookup", async () => {
    const dir = tempDir();
    put(dir, "sub/reportlint.config.json", JSON.stringify({ rules: { "bad-word": "off" } }));
    const r = await cli(["-f", "json", "--stdin-filename", "sub/x.md"], { cwd: dir, stdin: "错误，国绕。\n" });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)[0]).toMatchObject({ filePath: join(dir, "sub/x.md"), errorCount: 0, warningCount: 1 });
  });

  it("refuses binary standard input like a file", async () => {
    const dir = tempDir();
    const r = await cli(["--locale", "en", "-"], { cwd: dir, stdin: Uint8Array.from([0, 1, 2, 3]) });
    expect(r).toMatchObject({ code: 2, stderr: "reportlint: <stdin>: binary file, not a text report\n" });
  });
});

describe("positions", () => {
  it("counts lines and UTF-16 columns correctly with CRLF, a BOM and astral characters", async () => {
    const dir = tempDir();
    const text = "第一行\r\n𠀀𠀀国绕\r\n错误";
    put(dir, "a.txt", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    const r = await cli(["-f", "json", "a.txt"], { cwd: dir });
    const [typo, bad] = JSON.parse(r.stdout)[0].messages;
    expect(typo).toMatchObject({ line: 2, column: 5, endLine: 2, endColumn: 7, fix: { range: [9, 11], text: "围绕" } });
    expect(bad).toMatchObject({ line: 3, column: 1, endLine: 3, endColumn: 3 });
    expect(text.slice(9, 11)).toBe("国绕");
  });

  it("reads UTF-16 and GB18030 files", async () => {
    const dir = tempDir();
    put(dir, "u16.txt", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("第一\r\n错误", "utf16le")]));
    put(dir, "gbk.txt", Uint8Array.from([0xb9, 0xfa, 0xce, 0xf1, 0xd4, 0xba, 0x0d, 0x0a, 0xb4, 0xed, 0xce, 0xf3])); // 国务院\r\n错误
    const r = await cli(["-f", "json", "u16.txt", "gbk.txt"], { cwd: dir });
    const results = JSON.parse(r.stdout) as { messages: { line: number; column: number }[] }[];
    expect(results.map((x) => x.messages[0])).toMatchObject([
      { line: 2, column: 1 },
      { line: 2, column: 1 },
    ]);
  });
});

describe("no temporary files", () => {
  it("leaves only the files it was given", async () => {
    const dir = tempDir();
    put(dir, "a.txt", "国绕。\n");
    await cli(["--fix", "a.txt"], { cwd: dir });
    expect(readdirSync(dir)).toEqual(["a.txt"]);
  });
});
