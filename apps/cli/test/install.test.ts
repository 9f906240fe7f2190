import { spawnSync, type SpawnSyncOptions } from "node:child_process";
import { copyFileSync, existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { fixtureNames, fixturePath } from "@reportlint/fixtures";
import { beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "./helpers.js";

// Installs the packed CLI as a user outside the repo would: `pnpm pack`, then `npm i -g` of the
// tarball into a temporary prefix with no registry, then runs `reportlint` from another folder.
const packageDir = fileURLToPath(new URL("..", import.meta.url));
const repoBin = join(packageDir, "bin/reportlint.js");

// npm and pnpm settings of the running test (npm_config_*, set when tests run under pnpm) are left out,
// so the install sees only what a user's shell would give it.
const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.toLowerCase().startsWith("npm_")));

function sh(command: string, args: readonly string[], options: SpawnSyncOptions) {
  const r = spawnSync(command, args, { encoding: "utf8", env: { ...cleanEnv, NO_COLOR: "1" }, ...options });
  if (r.error) throw r.error;
  return { code: r.status, stdout: String(r.stdout), stderr: String(r.stderr) };
}

describe("the packed CLI installed outside the repo", () => {
  let tarball = "";
  let installedBin = "";

  beforeAll(() => {
    if (!existsSync(join(packageDir, "dist/bin.js"))) throw new Error("apps/cli is not built: run `pnpm --filter @reportlint/cli build` first");
    const packDir = tempDir();
    const pack = sh("pnpm", ["pack", "--pack-destination", packDir], { cwd: packageDir });
    expect(pack.code, pack.stderr).toBe(0);
    tarball = join(packDir, readdirSync(packDir).find((name) => name.endsWith(".tgz"))!);
    const prefix = tempDir();
    // --offline: nothing may come from a registry, so the tarball must carry everything it runs.
    const install = sh("npm", ["install", "--global", "--prefix", prefix, "--offline", "--no-audit", "--no-fund", tarball], { cwd: tempDir() });
    expect(install.code, install.stderr).toBe(0);
    installedBin = join(prefix, "bin/reportlint");
  }, 60_000);

  it("packs a manifest with no dependencies to fetch and only dist/ and bin/", () => {
    const manifest = JSON.parse(sh("tar", ["-xzOf", tarball, "package/package.json"], {}).stdout) as Record<string, unknown>;
    expect(manifest.dependencies).toBeUndefined();
    expect(JSON.stringify(manifest)).not.toContain("workspace:");
    expect(manifest.bin).toEqual({ reportlint: "./bin/reportlint.js" });
    const files = sh("tar", ["-tzf", tarball], {}).stdout.trim().split("\n");
    expect(files).toContain("package/bin/reportlint.js");
    expect(files).toContain("package/dist/bin.js");
    expect(files.filter((f) => !/^package\/(dist\/|bin\/|package\.json$|README\.md$)/.test(f))).toEqual([]);
  });

  it("runs from any folder and reports as the repo's build does", () => {
    const folder = tempDir();
    copyFileSync(fixturePath("seeds", fixtureNames("seeds")[0]!), join(folder, "报告.txt"));
    const installed = sh(installedBin, ["报告.txt"], { cwd: folder });
    const repo = sh(process.execPath, [repoBin, "报告.txt"], { cwd: folder });
    expect([0, 1]).toContain(installed.code);
    expect(installed).toEqual(repo);
    expect(installed.stdout).toContain("报告.txt");
    expect(installed.stdout).toMatch(/✖ 共 \d+ 个问题/);
  });

  it("answers --version and exits 2 on a missing file", () => {
    const folder = tempDir();
    const { version } = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")) as { version: string };
    expect(sh(installedBin, ["--version"], { cwd: folder })).toMatchObject({ code: 0, stdout: `${version}\n` });
    expect(sh(installedBin, ["--locale", "en", "missing.txt"], { cwd: folder })).toMatchObject({ code: 2, stdout: "" });
  });
});
