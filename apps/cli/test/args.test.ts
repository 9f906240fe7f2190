import { describe, expect, it } from "vitest";
import { parseCliArgs, UsageError } from "../src/index.js";

describe("parseCliArgs", () => {
  it("has the documented defaults", () => {
    expect(parseCliArgs(["a.txt"])).toMatchObject({
      targets: ["a.txt"],
      format: "stylish",
      fix: false,
      fixDryRun: false,
      fixType: "safe",
      overrides: {},
      maxWarnings: -1,
      quiet: false,
      includeInfo: false,
      color: undefined,
      printConfig: false,
    });
  });

  it("reads every option", () => {
    const o = parseCliArgs([
      "-f", "json", "-o", "out.json", "--fix", "--fix-type", "suggestion", "--rule", "typo:off", "--rule", "sum:2",
      "-c", "c.json", "--report-year", "2024", "--profile", "fazhi-annual", "--max-warnings", "3", "--quiet",
      "--include-info", "--locale", "en", "--no-color", "--stdin-filename", "x.txt", "--today", "2025-01-02", "--published", "2025-04-11", "-", "dir",
    ]);
    expect(o).toMatchObject({
      targets: ["-", "dir"],
      format: "json",
      outputFile: "out.json",
      fix: true,
      fixType: "suggestion",
      overrides: { rules: { typo: "off", sum: "error" }, reportYear: 2024, profile: "fazhi-annual", locale: "en" },
      configPath: "c.json",
      maxWarnings: 3,
      quiet: true,
      includeInfo: true,
      color: false,
      stdinFilename: "x.txt",
      today: "2025-01-02",
      published: "2025-04-11",
    });
  });

  it("accepts --print-config with or without a file", () => {
    expect(parseCliArgs(["--print-config"])).toMatchObject({ printConfig: true, targets: [] });
    expect(parseCliArgs(["--print-config", "a.txt"])).toMatchObject({ printConfig: true, targets: ["a.txt"] });
    expect(parseCliArgs(["--print-config=a.txt"])).toMatchObject({ printConfig: true, targets: ["a.txt"] });
  });
  it("takes a negative --max-warnings as a separate argument (the documented -1)", () => {
    expect(parseCliArgs(["--max-warnings", "-1", "a.txt"])).toMatchObject({ maxWarnings: -1, targets: ["a.txt"] });
    expect(parseCliArgs(["--max-warnings=-1"]).maxWarnings).toBe(-1);
    expect(parseCliArgs(["--max-warnings", "0", "a.txt"]).maxWarnings).toBe(0);
    // After "--" everything is a file name.
    expect(parseCliArgs(["--", "--max-warnings", "-1"]).targets).toEqual(["--max-warnings", "-1"]);
  });

  it.each([
    [["--rule", "typo"], /--rule 的写法是/],
    [["--rule", "typo:loud"], /--rule 的写法是/],
    [["--rule", ":off"], /--rule 的写法是/],
    [["--report-year", "1800"], /--report-year/],
    [["--today", "2025-1-2"], /--today/],
    [["--published", "2025-02-29"], /--published 需要 YYYY-MM-DD 格式的日期，收到的是“2025-02-29”/],
    [["--published", "11.4.2025"], /--published/],
    [["--max-warnings", "-2"], /--max-warnings/],
    [["--max-warnings", "-x"], /--max-warnings/],
    [["--color", "--no-color"], /--color 和 --no-color 不能同时使用/],
    [["-x"], /没有 -x 这个选项/],
  ])("rejects %j", (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(UsageError);
    expect(() => parseCliArgs(argv)).toThrow(message);
  });
});
