import { spawn } from "node:child_process";
import { chmodSync, chownSync, linkSync, mkdirSync, openSync, closeSync, ftruncateSync, readFileSync, readdirSync, statSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { cli, put, tempDir } from "./helpers.js";

const bin = fileURLToPath(new URL("../bin/reportlint.js", import.meta.url));
const isRoot = process.getuid?.() === 0;

describe("-o never overwrites an input", () => {
  it("refuses an output file that is one of the inputs, with exit 2, before writing anything", async () => {
    const dir = tempDir();
    put(dir, "a.txt", "国绕中心。\n");
    const r = await cli(["--locale", "en", "--fix", "-o", "a.txt", "a.txt"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("reportlint: -o a.txt: is an input (a.txt); not overwriting it with the report\n");
    // Not fixed either: nothing is written once -o is refused.
    expect(readFileSync(join(dir, "a.txt"), "utf8")).toBe("国绕中心。\n");
  });

  it("sees the input through a symlink, a hard link and another spelling of the path", async () => {
    const dir = tempDir();
    put(dir, "reports/a.txt", "正文。\n");
    symlinkSync(join(dir, "reports/a.txt"), join(dir, "link.txt"));
    linkSync(join(dir, "reports/a.txt"), join(dir, "hard.txt"));
    for (const out of ["link.txt", "hard.txt", "reports/../reports/a.txt"]) {
      const r = await cli(["-o", out, "reports"], { cwd: dir });
      expect([out, r.code]).toEqual([out, 2]);
      expect(readFileSync(join(dir, "reports/a.txt"), "utf8")).toBe("正文。\n");
    }
    expect((await cli(["-o", "report.json", "-f", "json", "reports"], { cwd: dir })).code).toBe(0);
  });
});

describe("--fix keeps the file", () => {
  it("keeps the mode exactly, whatever the umask", async () => {
    const dir = tempDir();
    const file = put(dir, "a.txt", "国绕中心。\n");
    chmodSync(file, 0o666);
    const umask = process.umask(0o022);
    try {
      expect((await cli(["--fix", "a.txt"], { cwd: dir })).code).toBe(0);
    } finally {
      process.umask(umask);
    }
    expect(readFileSync(file, "utf8")).toBe("围绕中心。\n");
    expect(statSync(file).mode & 0o7777).toBe(0o666);
  });

  it("keeps hard links: every name of the file sees the fixes", async () => {
    const dir = tempDir();
    const file = put(dir, "a.txt", "国绕中心。\n");
    linkSync(file, join(dir, "b.md"));
    expect((await cli(["--fix", "a.txt"], { cwd: dir })).code).toBe(0);
    expect(readFileSync(join(dir, "b.md"), "utf8")).toBe("围绕中心。\n");
    expect(statSync(file).ino).toBe(statSync(join(dir, "b.md")).ino);
    expect(readdirSync(dir).sort()).toEqual(["a.txt", "b.md"]);
  });

  it.runIf(isRoot)("keeps the owner and group (run as root)", async () => {
    const dir = tempDir();
    const file = put(dir, "a.txt", "国绕中心。\n");
    chownSync(file, 1234, 4321);
    expect((await cli(["--fix", "a.txt"], { cwd: dir })).code).toBe(0);
    expect(readFileSync(file, "utf8")).toBe("围绕中心。\n");
    expect(statSync(file)).toMatchObject({ uid: 1234, gid: 4321 });
  });

  it("refuses a read-only file with a clear message and leaves it as it was", async () => {
    const dir = tempDir();
    const file = put(dir, "a.txt", "国绕中心。\n");
    chmodSync(file, 0o444);
    const r = await cli(["--locale", "en", "--fix", "a.txt"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "reportlint: a.txt: could not write the fixes, the file is unchanged: the file is read-only (mode 444); make it writable to apply the fixes\n",
    );
    expect(readFileSync(file, "utf8")).toBe("国绕中心。\n");
    expect(statSync(file).mode & 0o777).toBe(0o444);
    expect(readdirSync(dir)).toEqual(["a.txt"]);
  });
});

describe("one file, one result", () => {
  it("lints a file reached through a symlinked folder and a hard link once", async () => {
    const dir = tempDir();
    put(dir, "reports/a.txt", "错误。\n");
    symlinkSync(join(dir, "reports"), join(dir, "same"));
    linkSync(join(dir, "reports/a.txt"), join(dir, "reports/b.txt"));
    const r = await cli(["-f", "json", "reports", "same", "same/a.txt"], { cwd: dir });
    const files = (JSON.parse(r.stdout) as { filePath: string }[]).map((f) => f.filePath);
    expect(files).toEqual([join(dir, "reports/a.txt")]);
  });
});

describe("memory stays bounded", () => {
  it("refuses a huge file from its size, before reading it", async () => {
    const dir = tempDir();
    // Sparse: 2.5 GB on paper, nothing on disk. Reading it first would fail in Node's readFile (or
    // take the memory) instead of giving the size limit's message.
    const file = join(dir, "huge.txt");
    const fd = openSync(file, "w");
    ftruncateSync(fd, 2.5 * 1024 ** 3);
    closeSync(fd);
    const r = await cli(["--locale", "en", "huge.txt"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("reportlint: huge.txt: file is too large (2560 MB; the limit is 32 MB)\n");
  });

  it("stops reading standard input at the size limit, with a clear message", async () => {
    // A writer that never ends: the CLI must stop at the limit rather than wait for the end.
    const child = spawn(process.execPath, [bin, "--locale", "en", "-"], { cwd: tempDir(), stdio: ["pipe", "pipe", "pipe"] });
    const chunk = Buffer.alloc(1024 * 1024, "报告正文。\n");
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.stdin.on("error", () => undefined);
    const write = () => {
      while (child.stdin.writable && child.stdin.write(chunk));
    };
    child.stdin.on("drain", write);
    write();
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(code).toBe(2);
    expect(stderr).toBe("reportlint: <stdin>: standard input is larger than the limit (32 MB); stopped reading there\n");
  }, 30_000);
});

describe("unreadable folders", () => {
  it("says permission denied for a folder it may not read", async () => {
    const dir = tempDir();
    put(dir, "locked/a.txt", "正文。\n");
    chmodSync(join(dir, "locked"), 0o000);
    try {
      if (!isRoot) {
        const r = await cli(["--locale", "en", "locked"], { cwd: dir });
        expect(r.code).toBe(2);
        expect(r.stderr).toBe("reportlint: locked: permission denied\n");
        return;
      }
      // Root reads any folder: run the binary as nobody instead.
      chmodSync(dir, 0o755);
      const child = spawn(process.execPath, [bin, "--locale", "en", "locked"], { cwd: dir, uid: 65534, gid: 65534, stdio: ["ignore", "pipe", "pipe"] });
      let stderr = "";
      child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
      const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
      expect(stderr).toBe("reportlint: locked: permission denied\n");
      expect(code).toBe(2);
    } finally {
      chmodSync(join(dir, "locked"), 0o755);
    }
  }, 30_000);

  it("still lints a readable folder", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "open"));
    put(dir, "open/a.txt", "正文。\n");
    expect((await cli(["open"], { cwd: dir })).code).toBe(0);
  });
});
