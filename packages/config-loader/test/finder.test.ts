import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigFinder } from "../src/index.js";

describe("ConfigFinder", () => {
  it("finds the nearest config up to the project root and sees a changed config after clear()", async () => {
    const root = mkdtempSync(join(tmpdir(), "rl-finder-"));
    mkdirSync(join(root, ".git"));
    mkdirSync(join(root, "a", "b"), { recursive: true });
    writeFileSync(join(root, "reportlint.config.json"), '{"reportYear": 2024}');
    const finder = new ConfigFinder({ cwd: root });
    const file = join(root, "a", "b", "报告.txt");
    expect(await finder.forFile(file)).toEqual({ path: join(root, "reportlint.config.json"), config: { reportYear: 2024 } });

    writeFileSync(join(root, "reportlint.config.json"), '{"reportYear": 2025}');
    expect((await finder.forFile(file)).config).toEqual({ reportYear: 2024 });
    finder.clear();
    expect((await finder.forFile(file)).config).toEqual({ reportYear: 2025 });

    writeFileSync(join(root, "a", "reportlint.config.json"), '{"locale": "en"}');
    finder.clear();
    expect(await finder.forFile(file)).toEqual({ path: join(root, "a", "reportlint.config.json"), config: { locale: "en" } });
  });

  it("finds none above the project root", async () => {
    const outer = mkdtempSync(join(tmpdir(), "rl-finder-"));
    writeFileSync(join(outer, "reportlint.config.json"), '{"reportYear": 2024}');
    mkdirSync(join(outer, "repo", ".git"), { recursive: true });
    const finder = new ConfigFinder({ cwd: join(outer, "repo") });
    expect(await finder.forFile(join(outer, "repo", "x.txt"))).toEqual({ path: null, config: {} });
  });
});
