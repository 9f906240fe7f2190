import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expandTargets } from "../src/index.js";
import { put, tempDir } from "./helpers.js";

describe("expandTargets", () => {
  it("keeps argument order, reads stdin once and does not mistake existing bracketed names for globs", async () => {
    const dir = tempDir();
    put(dir, "报告[2024].txt", "x");
    put(dir, "b.txt", "x");
    const { targets, errors } = await expandTargets(["b.txt", "-", "报告[2024].txt", "-", "b.txt"], dir);
    expect(errors).toEqual([]);
    expect(targets).toEqual([
      { kind: "file", path: join(dir, "b.txt") },
      { kind: "stdin" },
      { kind: "file", path: join(dir, "报告[2024].txt") },
    ]);
  });

  it("accepts absolute globs", async () => {
    const dir = tempDir();
    put(dir, "x/a.txt", "x");
    const { targets } = await expandTargets([`${dir}/x/*.txt`], "/");
    expect(targets).toEqual([{ kind: "file", path: join(dir, "x/a.txt") }]);
  });
});
