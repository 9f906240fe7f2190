import { spawn, spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readFileLimited, TooLargeError } from "../src/read-limited.js";
import { put, tempDir } from "./helpers.js";

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString("utf8");
const hasMkfifo = spawnSync("mkfifo", ["--version"]).status === 0;

describe("readFileLimited", () => {
  it("reads a regular file whole, small or larger than one read buffer", async () => {
    const dir = tempDir();
    const small = put(dir, "small.txt", "一、主要工作\n");
    const large = "依法行政。".repeat(30_000); // 450 KB in UTF-8: more than the 64 KB floor of a read
    expect(text(await readFileLimited(small, 1024))).toBe("一、主要工作\n");
    expect(text(await readFileLimited(put(dir, "large.txt", large), 1024 * 1024))).toBe(large);
  });

  it("reads a file of exactly the limit and refuses one byte more before reading", async () => {
    const dir = tempDir();
    expect((await readFileLimited(put(dir, "ten.txt", "0123456789"), 10)).length).toBe(10);
    await expect(readFileLimited(put(dir, "eleven.txt", "0123456789A"), 10)).rejects.toBeInstanceOf(TooLargeError);
  });

  // A pipe hands over what has been written so far: a short read is not its end.
  it.runIf(hasMkfifo)("reads a pipe written in pieces to its end, and stops one at the limit", async () => {
    const dir = tempDir();
    const readPipe = async (script: string, limit: number) => {
      const fifo = join(dir, `pipe-${limit}`);
      expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
      const writer = spawn("sh", ["-c", `{ ${script}; } > "${fifo}"`]);
      const exited = new Promise((resolve) => writer.on("exit", resolve));
      try {
        return await readFileLimited(fifo, limit);
      } finally {
        await exited;
      }
    };
    expect(text(await readPipe("printf 一、; sleep 0.3; printf 主要工作", 1024))).toBe("一、主要工作");
    await expect(readPipe("printf 0123456789; sleep 0.3; printf ABCDEF", 12)).rejects.toBeInstanceOf(TooLargeError);
  });
});
