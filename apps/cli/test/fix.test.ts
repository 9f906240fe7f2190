import { readFileSync, readdirSync, statSync, chmodSync, symlinkSync, lstatSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixUntilStable, writeFileAtomic, MAX_FIX_PASSES } from "../src/index.js";
import { lint } from "@reportlint/core";
import { cli, put, tempDir, testRules } from "./helpers.js";

const read = (dir: string, name: string) => readFileSync(join(dir, name), "utf8");

describe("--fix", () => {
  it("applies safe fixes, keeps CRLF, reports what is left and exits by what is left", async () => {
    const dir = tempDir();
    put(dir, "a.txt", "一、国绕中心\r\n共 3 项，合计 5 项。\r\n");
    const r = await cli(["-f", "json", "--fix", "a.txt"], { cwd: dir });
    // The test rule only removes a space between a hanzi and a following digit.
    expect(read(dir, "a.txt")).toBe("一、围绕中心\r\n共3 项，合计5 项。\r\n");
    expect(r.code).toBe(1);
    const [result] = JSON.parse(r.stdout) as { output: string; messages: { ruleId: string; line: number; column: number }[] }[];
    expect(result!.output).toBe("一、围绕中心\r\n共3 项，合计5 项。\r\n");
    expect(result!.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([["sum", 2, 6]]);
  });

  it("is idempotent: a second run changes nothing", async () => {
    const dir = tempDir();
    put(dir, "a.txt", "国绕 2024 年，国绕中心。\n");
    await cli(["--fix", "a.txt"], { cwd: dir });
    const once = read(dir, "a.txt");
    const mtime = statSync(join(dir, "a.txt")).mtimeMs;
    const again = await cli(["-f", "json", "--fix", "a.txt"], { cwd: dir });
    expect(read(dir, "a.txt")).toBe(once);
    expect(statSync(join(dir, "a.txt")).mtimeMs).toBe(mtime);
    expect(JSON.parse(again.stdout)[0].output).toBeUndefined();
    expect(again.code).toBe(0);
  });

  it("keeps the BOM, the encoding and the file mode", async () => {
    const dir = tempDir();
    put(dir, "bom.txt", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("国绕\n")]));
    put(dir, "u16.txt", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("国绕\r\n", "utf16le")]));
    put(dir, "gb.txt", Uint8Array.from([0xb9, 0xfa, 0xc8, 0xc6, 0x0a])); // 国绕\n in GBK
    chmodSync(join(dir, "gb.txt"), 0o640);
    expect((await cli(["--fix", "bom.txt", "u16.txt", "gb.txt"], { cwd: dir })).code).toBe(0);
    expect([...readFileSync(join(dir, "bom.txt"))]).toEqual([0xef, 0xbb, 0xbf, ...Buffer.from("围绕\n")]);
    expect(readFileSync(join(dir, "u16.txt"))).toEqual(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("围绕\r\n", "utf16le")]));
    expect(new TextDecoder("gb18030").decode(readFileSync(join(dir, "gb.txt")))).toBe("围绕\n");
    expect(statSync(join(dir, "gb.txt")).mode & 0o777).toBe(0o640);
  });

  it("does not rewrite a GB18030 file whose other bytes would not survive, and says so", async () => {
    const dir = tempDir();
    const original = Uint8Array.from([0xb9, 0xfa, 0xc8, 0xc6, 0x80, 0xb9, 0xfa, 0x0a]); // 国绕€国\n with a lone 0x80
    put(dir, "gb.txt", original);
    const r = await cli(["--locale", "en", "--fix", "gb.txt"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^reportlint: gb\.txt: could not write the fixes, the file is unchanged: .*GB18030/);
    expect([...readFileSync(join(dir, "gb.txt"))]).toEqual([...original]);
  });

  it("writes through a symlink without replacing it", async () => {
    const dir = tempDir();
    put(dir, "real.txt", "国绕\n");
    symlinkSync(join(dir, "real.txt"), join(dir, "link.txt"));
    await cli(["--fix", "link.txt"], { cwd: dir });
    expect(lstatSync(join(dir, "link.txt")).isSymbolicLink()).toBe(true);
    expect(read(dir, "real.txt")).toBe("围绕\n");
  });

  it("does not apply suggestions unless --fix-type suggestion", async () => {
    const dir = tempDir();
    put(dir, "a.txt", "某县国绕。\n");
    await cli(["--fix", "a.txt"], { cwd: dir });
    expect(read(dir, "a.txt")).toBe("某县围绕。\n");
    await cli(["--fix", "--fix-type", "suggestion", "a.txt"], { cwd: dir });
    expect(read(dir, "a.txt")).toBe("本县围绕。\n");
  });

  it("fixes only what it reports: --quiet leaves warnings alone", async () => {
    const dir = tempDir();
    put(dir, "a.txt", "国绕，错误。\n");
    await cli(["--fix", "--quiet", "a.txt"], { cwd: dir });
    expect(read(dir, "a.txt")).toBe("国绕，错误。\n");
  });

  it("prints the fixed text of standard input to stdout and the report to stderr", async () => {
    const dir = tempDir();
    const r = await cli(["--fix", "-f", "unix", "-"], { cwd: dir, stdin: "国绕，错误。\n" });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("围绕，错误。\n");
    expect(r.stderr).toContain("<stdin>:1:4: 不应出现“错误” [错误/bad-word]");
  });

  it("prints standard input unchanged when there is nothing to fix", async () => {
    const dir = tempDir();
    const r = await cli(["--fix", "-"], { cwd: dir, stdin: "一切正常。\n" });
    expect(r).toMatchObject({ code: 0, stdout: "一切正常。\n", stderr: "" });
  });
});

describe("--fix-dry-run", () => {
  it("reports the output without writing", async () => {
    const dir = tempDir();
    put(dir, "a.txt", "国绕中心。\n");
    const r = await cli(["-f", "json", "--fix-dry-run", "a.txt"], { cwd: dir });
    expect(read(dir, "a.txt")).toBe("国绕中心。\n");
    expect(JSON.parse(r.stdout)[0]).toMatchObject({ output: "围绕中心。\n", messages: [], warningCount: 0 });
    expect(r.code).toBe(0);
  });

  it("works on standard input without printing the text", async () => {
    const dir = tempDir();
    const r = await cli(["-f", "json", "--fix-dry-run", "--fix-type", "suggestion", "-"], { cwd: dir, stdin: "某县。\n" });
    expect(JSON.parse(r.stdout)[0].output).toBe("本县。\n");
  });
});

describe("fixUntilStable", () => {
  it("applies the fixes of several rules and stops once nothing is left to fix", () => {
    const lintText = (text: string) => lint(text, { rules: testRules });
    const run = fixUntilStable("国绕 1 国绕 2\n", lintText, (r) => r.diagnostics, "safe");
    expect(run.output).toBe("围绕1 围绕2\n");
    expect(run.passes).toBe(1);
    expect(run.result.diagnostics).toEqual([]);
  });

  it("stops after MAX_FIX_PASSES when fixes never converge", () => {
    let n = 0;
    const lintText = (text: string) => {
      n++;
      return { ...lint(text, { rules: {} }), diagnostics: [{ ruleId: "x", severity: "warning" as const, messageId: "m", data: {}, message: "", span: [0, 0] as [number, number], range: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } }, fix: { span: [0, 0] as [number, number], text: "a" } }] };
    };
    const run = fixUntilStable("", lintText, (r) => r.diagnostics, "safe");
    expect(run.passes).toBe(MAX_FIX_PASSES);
    expect(run.output).toBe("a".repeat(MAX_FIX_PASSES));
    expect(n).toBe(MAX_FIX_PASSES + 1);
  });
});

describe("writeFileAtomic", () => {
  it("replaces the content and leaves no temporary file", async () => {
    const dir = tempDir();
    const path = put(dir, "a.txt", "old");
    await writeFileAtomic(path, Buffer.from("new"), Buffer.from("old"));
    expect(read(dir, "a.txt")).toBe("new");
    expect(readdirSync(dir)).toEqual(["a.txt"]);
  });

  it("refuses when the file changed since it was read, leaving it untouched", async () => {
    const dir = tempDir();
    const path = put(dir, "a.txt", "edited meanwhile");
    await expect(writeFileAtomic(path, Buffer.from("new"), Buffer.from("old"))).rejects.toThrow(/changed while/);
    expect(read(dir, "a.txt")).toBe("edited meanwhile");
    expect(readdirSync(dir)).toEqual(["a.txt"]);
  });
});
