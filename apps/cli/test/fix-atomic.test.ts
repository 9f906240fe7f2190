import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type * as fsPromises from "node:fs/promises";
import { describe, expect, it, vi } from "vitest";
import { put, tempDir, cli } from "./helpers.js";

// Make the final rename fail once, as a full disk or a lost mount would, to check the clean-up path.
const failRename = vi.hoisted(() => ({ on: false }));
vi.mock("node:fs/promises", async (importOriginal) => {
  const actual = await importOriginal<typeof fsPromises>();
  return {
    ...actual,
    rename: (from: string, to: string) => (failRename.on ? Promise.reject(Object.assign(new Error("EIO: i/o error, rename"), { code: "EIO" })) : actual.rename(from, to)),
  };
});

describe("atomic --fix", () => {
  it("keeps the original and removes the temporary file when the final rename fails", async () => {
    const dir = tempDir();
    put(dir, "a.txt", "国绕中心。\n");
    failRename.on = true;
    try {
      const r = await cli(["--fix", "a.txt"], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toBe("reportlint: a.txt: 未能写入修复，文件未改动：EIO: i/o error, rename\n");
      // The report describes the file as it still is.
      expect(r.stdout).toContain("“国绕”应为“围绕”");
    } finally {
      failRename.on = false;
    }
    expect(readFileSync(join(dir, "a.txt"), "utf8")).toBe("国绕中心。\n");
    expect(readdirSync(dir)).toEqual(["a.txt"]);
  });
});
