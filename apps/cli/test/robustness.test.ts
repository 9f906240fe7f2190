import { chmodSync, symlinkSync, truncateSync } from "node:fs";
import { basename, join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { lintWith } from "./builtin-run.js";
import { put, tempDir } from "./helpers.js";

const isRoot = process.getuid?.() === 0;
const GOOD = "一、主要工作\n我们依法行政，推进法治政府建设。\n";

interface JsonResult {
  filePath: string;
  messages: { fatal?: boolean; message: string }[];
}

/** Bad input, made in a fresh folder; returns the argument that names it. */
const CASES: Record<string, (dir: string) => string> = {
  "a path that does not exist": () => "missing.txt",
  "a symbolic link that leads back to itself": (dir) => {
    symlinkSync("loop.txt", join(dir, "loop.txt"));
    return "loop.txt";
  },
  "a binary file": (dir) => (put(dir, "image.txt", Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2, 3])), "image.txt"),
  "an empty file": (dir) => (put(dir, "empty.txt", ""), "empty.txt"),
  "a file over --max-file-size (refused before reading: a sparse 5 MB file)": (dir) => {
    put(dir, "huge.txt", "");
    truncateSync(join(dir, "huge.txt"), 5 * 1024 * 1024);
    return "huge.txt";
  },
  "a .docx that is not a zip": (dir) => (put(dir, "report.docx", "这不是 Word 文件。\n"), "report.docx"),
  "an .html page with no body": (dir) => (put(dir, "page.html", "<!doctype html><html><head><style>p{color:red}</style><script>var 正文 = 1;</script></head></html>"), "page.html"),
  "a .pdf that is not a PDF": (dir) => (put(dir, "report.pdf", "not a pdf at all\n"), "report.pdf"),
};

describe.each(["off", "2"])("bad input with --concurrency %s", (concurrency) => {
  it.each(Object.keys(CASES))("%s: one line naming it, exit 2, the other files still linted", async (name) => {
    const dir = tempDir();
    put(dir, "first.txt", GOOD);
    put(dir, "last.txt", GOOD);
    const bad = CASES[name]!(dir);
    const r = await lintWith(["--concurrency", concurrency, "--max-file-size", "1", "-f", "json", "--locale", "en", "first.txt", bad, "last.txt"], dir);
    expect(r.code).toBe(2);
    const lines = r.stderr.split("\n").filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^reportlint: ${bad.replace(".", "\\.")}: \\S`));
    expect(lines[0]).not.toMatch(/\n|at .+:\d+:\d+/);
    const results = JSON.parse(r.stdout) as JsonResult[];
    const fatal = (file: string) => results.find((x) => x.filePath === join(dir, file))?.messages.some((m) => m.fatal) ?? false;
    expect(fatal("first.txt")).toBe(false);
    expect(fatal("last.txt")).toBe(false);
    expect(results.filter((x) => x.messages.some((m) => m.fatal))).toHaveLength(1);
  });
});

describe("reasons", () => {
  it("says what is wrong with an empty file, a large one and a symlink loop, in zh by default and in en", async () => {
    const dir = tempDir();
    const names = ["empty.txt", CASES["a file over --max-file-size (refused before reading: a sparse 5 MB file)"]!(dir), CASES["a symbolic link that leads back to itself"]!(dir)];
    put(dir, "empty.txt", "");
    const en = await lintWith(["--locale", "en", "--max-file-size", "1", ...names], dir);
    // Arguments that name no file come first, then the files in order.
    expect(en.stderr).toBe(
      [
        "reportlint: loop.txt: a loop of symbolic links (the link leads back to itself)",
        "reportlint: empty.txt: empty file, nothing to lint",
        "reportlint: huge.txt: file is too large (5 MB; the limit is 1 MB)",
        "",
      ].join("\n"),
    );
    const zh = await lintWith(["--max-file-size", "1", ...names], dir);
    expect(zh.stderr).toContain("reportlint: empty.txt: 空文件，没有可检查的内容\n");
    expect(zh.stderr).toContain("reportlint: huge.txt: 文件过大（5 MB，上限 1 MB），未读取\n");
    expect(zh.code).toBe(2);
  });

  it("follows the locale of the config in the current folder, and --locale over it", async () => {
    const dir = tempDir();
    put(dir, "reportlint.config.json", '{ "locale": "en" }');
    expect((await lintWith(["missing.txt"], dir)).stderr).toBe("reportlint: missing.txt: no such file or directory\n");
    expect((await lintWith(["--locale", "zh", "missing.txt"], dir)).stderr).toBe("reportlint: missing.txt: 文件或目录不存在\n");
  });

  it("does not call a file with only spaces and line breaks a report either, but lints one with a single character", async () => {
    const dir = tempDir();
    put(dir, "blank.txt", " \n\n\t\n");
    put(dir, "one.txt", "文");
    const r = await lintWith(["--locale", "en", "blank.txt", "one.txt"], dir);
    expect(r.stderr).toBe("reportlint: blank.txt: empty file, nothing to lint\n");
  });

  it("refuses a bad --max-file-size as a usage error", async () => {
    for (const value of ["0", "x", "1e3", "-"]) {
      const r = await lintWith(["--max-file-size", value, "a.txt"], tempDir());
      expect(r.code, value).toBe(2);
      expect(r.stderr, value).toMatch(/^reportlint: --max-file-size expects a size in MB/);
    }
  });
});

describe("walking folders", () => {
  it("ends a directory symlink loop and lints each file once", async () => {
    const dir = tempDir();
    put(dir, "reports/a/one.txt", GOOD);
    put(dir, "reports/b/two.txt", GOOD);
    symlinkSync("..", join(dir, "reports/a/up"));
    symlinkSync(join(dir, "reports"), join(dir, "reports/b/again"));
    const r = await lintWith(["-f", "json", "reports"], dir);
    expect(r.stderr).toBe("");
    // Each file once, by whichever path the walk met it first.
    expect((JSON.parse(r.stdout) as JsonResult[]).map((x) => basename(x.filePath)).sort()).toEqual(["one.txt", "two.txt"]);
  });

  it.skipIf(isRoot)("says permission denied for a file it may not read (skipped when running as root, where chmod 000 does not deny)", async () => {
    const dir = tempDir();
    put(dir, "good.txt", GOOD);
    chmodSync(put(dir, "locked.txt", GOOD), 0o000);
    const r = await lintWith(["--locale", "en", "good.txt", "locked.txt"], dir);
    expect(r).toMatchObject({ code: 2, stderr: "reportlint: locked.txt: permission denied\n" });
  });
});

describe("a worker that dies", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("costs one line for its file; the files around it are still linted", async () => {
    vi.stubEnv("REPORTLINT_TEST_WORKER_CRASH_ON", "crash.txt");
    const dir = tempDir();
    const names = ["a.txt", "b.txt", "crash.txt", "c.txt", "d.txt", "e.txt", "f.txt", "g.txt", "h.txt"];
    for (const name of names) put(dir, name, GOOD);
    const r = await lintWith(["--concurrency", "2", "-f", "json", "--locale", "en", ...names], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^reportlint: crash\.txt: internal error: the worker linting this file stopped \(simulated crash\)\nThis is a bug in reportlint; please report it at \S+\n$/);
    const results = JSON.parse(r.stdout) as JsonResult[];
    expect(results.map((x) => x.filePath)).toEqual(names.map((n) => join(dir, n)));
    expect(results.map((x) => x.messages.some((m) => m.fatal))).toEqual(names.map((n) => n === "crash.txt"));
  });
});
