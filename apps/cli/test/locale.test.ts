import { describe, expect, it } from "vitest";
import { HELP_MESSAGES } from "../src/i18n/help.js";
import { ARGS_MESSAGES } from "../src/i18n/args.js";
import { CONFIG_MESSAGES } from "@reportlint/config-loader";
import { FORMATTER_MESSAGES } from "../src/i18n/formatters.js";
import { parseCliArgs, type UsageError } from "../src/index.js";
import { cli, put, tempDir } from "./helpers.js";

// One finding of each severity, a fixable one folded away, and one with a suggestion.
const report = ["国绕中心工作，出现错误。", "注意：第 1 项第 2 项第 3 项第 4 项第 5 项第 6 项第 7 项。", "某县政府。", ""].join("\n");

async function lintReport(...args: string[]) {
  const dir = tempDir();
  put(dir, "r.txt", report);
  return cli([...args, "r.txt"], { cwd: dir });
}

describe("stylish follows the locale", () => {
  it("labels, folds and totals in Chinese by default, with commands a drafter can run", async () => {
    const r = await lintReport("--include-info");
    expect(r.stdout).toMatch(/^ {2}1:10 {2}错误 {2}不应出现“错误”/m);
    expect(r.stdout).toMatch(/^ {2}1:1 {3}警告 {2}“国绕”应为“围绕”/m);
    expect(r.stdout).toMatch(/^ {2}2:1 {3}提示 {2}/m);
    expect(r.stdout).toContain("… 另有 4 处 spacing 警告未列出（可用 --fix 自动改正）");
    expect(r.stdout).toContain("✖ 共 11 个问题（1 个错误，9 个警告，1 个提示）");
    expect(r.stdout).toContain("  其中 8 处可自动改正：运行 reportlint --fix 文件名 即可\n");
    expect(r.stdout).toContain("  另有 1 处可按建议修改：运行 reportlint --fix --fix-type suggestion 文件名 即可自动改正\n");
    // No English framing around the Chinese findings.
    expect(r.stdout).not.toMatch(/\b(error|warning|info|problems?|fixable|more with)\b/);
  });

  it("is English with --locale en, with the singular for one", async () => {
    const r = await lintReport("--include-info", "--locale", "en");
    expect(r.stdout).toMatch(/^ {2}1:10 {2}error {4}Unexpected “错误”/m);
    expect(r.stdout).toMatch(/^ {2}1:1 {3}warning {2}Unexpected “国绕”/m);
    expect(r.stdout).toContain("… and 4 more spacing warnings (fixable with --fix)");
    expect(r.stdout).toContain("✖ 11 problems (1 error, 9 warnings, 1 info)");
    expect(r.stdout).toContain("  8 can be fixed automatically: run reportlint --fix <file>\n");
    expect(r.stdout).toContain("  1 more has a suggested change: run reportlint --fix --fix-type suggestion <file> to apply it\n");
    expect(r.stdout).not.toMatch(/个问题|处可|未列出|^ {2}\S+ +(错误|警告|提示) /m);
  });

  it("takes the locale from the config when --locale is not given", async () => {
    const dir = tempDir();
    put(dir, "reportlint.config.json", '{ "locale": "en" }');
    put(dir, "r.txt", "错误。\n");
    const r = await cli(["r.txt"], { cwd: dir });
    expect(r.stdout).toContain("✖ 1 problem (1 error, 0 warnings)");
    expect(r.stdout).not.toContain("个问题");
  });
});

describe("unix follows the locale", () => {
  it("labels and counts in Chinese by default, in English with --locale en", async () => {
    const zh = await lintReport("-f", "unix");
    expect(zh.stdout).toMatch(/r\.txt:1:10: 不应出现“错误” \[错误\/bad-word\]$/m);
    expect(zh.stdout).toMatch(/\[警告\/typo\]$/m);
    expect(zh.stdout.endsWith("\n\n共 10 个问题\n")).toBe(true);
    const en = await lintReport("-f", "unix", "--locale", "en");
    expect(en.stdout).toMatch(/r\.txt:1:10: Unexpected “错误” \[Error\/bad-word\]$/m);
    expect(en.stdout.endsWith("\n\n10 problems\n")).toBe(true);
  });
});

describe("help follows --locale", () => {
  it("is Chinese by default and English with --locale en; the option names stay", async () => {
    const dir = tempDir();
    const zh = await cli(["--help"], { cwd: dir });
    const en = await cli(["--help", "--locale", "en"], { cwd: dir });
    expect(zh.stdout).toContain("用法：reportlint [选项]");
    expect(zh.stdout).toContain("退出码：");
    expect(zh.stdout).not.toContain("Usage:");
    expect(en.stdout).toContain("Usage: reportlint [options]");
    expect(en.stdout).not.toMatch(/用法|退出码/);
    const options = (text: string) => [...text.matchAll(/^ {2}(?:-\w, )? *(--[\w-]+)/gm)].map((m) => m[1]);
    expect(options(zh.stdout)).toEqual(options(en.stdout));
    expect(options(zh.stdout)).toContain("--fix-type");
  });

  it("has the same placeholders in both locales of every CLI table", () => {
    const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const table of [HELP_MESSAGES, ARGS_MESSAGES, CONFIG_MESSAGES, FORMATTER_MESSAGES]) {
      const zh = table.zh as Record<string, string>;
      const en = table.en as Record<string, string>;
      expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
      for (const id of Object.keys(zh)) expect([id, placeholders(zh[id]!)]).toEqual([id, placeholders(en[id]!)]);
    }
  });
});

describe("usage errors follow --locale", () => {
  it("are Chinese by default, with the pointer to --help", async () => {
    const r = await cli(["--format", "xml", "a.txt"], { cwd: tempDir() });
    expect(r).toMatchObject({ code: 2, stdout: "", stderr: "reportlint: --format 只能是 stylish, json, sarif, github, unix, html 之一，收到的是“xml”\n运行 reportlint --help 查看用法。\n" });
  });

  it("are English with --locale en, even when --locale comes after the mistake", async () => {
    const r = await cli(["--format", "xml", "--locale", "en", "a.txt"], { cwd: tempDir() });
    expect(r.stderr).toBe('reportlint: --format must be one of stylish, json, sarif, github, unix, html; got "xml"\nRun "reportlint --help" for usage.\n');
  });

  it("name an unknown option or a missing value in the locale", () => {
    const error = (argv: string[]) => {
      try {
        parseCliArgs(argv);
      } catch (e) {
        return e as UsageError;
      }
      throw new Error("no usage error");
    };
    expect(error(["--bogus"])).toMatchObject({ message: "没有 --bogus 这个选项（以“-”开头的文件名请放在 -- 之后）", locale: "zh" });
    expect(error(["--bogus", "--locale=en"])).toMatchObject({ message: 'Unknown option --bogus (put file names that start with "-" after --)', locale: "en" });
    expect(error(["--format"]).message).toBe("选项 -f, --format 后面缺少取值");
    expect(error(["--fix=yes", "--locale", "en"]).message).toBe("Option --fix takes no value");
    // An invalid --locale is itself told in the default locale.
    expect(error(["--locale", "fr"]).message).toBe("--locale 只能是 zh, en 之一，收到的是“fr”");
  });
});

describe("config problems and --init follow the locale", () => {
  it("frame core's problems in Chinese by default, in English with --locale en", async () => {
    const dir = tempDir();
    put(dir, "reportlint.config.json", '{ "rules": { "tpyo": "warn" } }');
    put(dir, "r.txt", "错误。\n");
    const zh = await cli(["r.txt"], { cwd: dir });
    expect(zh.stderr).toBe('reportlint: reportlint.config.json: 配置有误：Unknown rule "tpyo" in "rules" (did you mean "typo"?)\n');
    const en = await cli(["--locale", "en", "r.txt"], { cwd: dir });
    expect(en.stderr).toBe('reportlint: reportlint.config.json: Unknown rule "tpyo" in "rules" (did you mean "typo"?)\n');
  });

  it("frame a broken config's problems in the locale the config names", async () => {
    const dir = tempDir();
    put(dir, "reportlint.config.json", '{ "locale": "en", "reportYear": "x" }');
    put(dir, "r.txt", "错误。\n");
    const r = await cli(["r.txt"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^reportlint: reportlint\.config\.json: "reportYear": /);
    expect(r.stderr).not.toContain("配置有误");
  });

  it("say why a config file cannot be read, in either locale", async () => {
    const dir = tempDir();
    put(dir, "reportlint.config.json", "{ nope");
    put(dir, "r.txt", "错误。\n");
    expect((await cli(["r.txt"], { cwd: dir })).stderr).toMatch(/^reportlint: reportlint\.config\.json: 配置文件不是有效的 JSON（第 1 行第 3 列）：/);
    expect((await cli(["--locale", "en", "r.txt"], { cwd: dir })).stderr).toMatch(/^reportlint: reportlint\.config\.json: invalid JSON at line 1, column 3: /);
    expect((await cli(["-c", "none.json", "--locale", "en", "r.txt"], { cwd: dir })).stderr).toBe("reportlint: none.json: cannot read the config: no such file\n");
  });

  it("--init tells what it created in the locale", async () => {
    expect((await cli(["--init"], { cwd: tempDir() })).stdout).toBe("已创建 reportlint.config.json\n");
    expect((await cli(["--init", "--locale", "en"], { cwd: tempDir() })).stdout).toBe("Created reportlint.config.json\n");
  });
});
