// Checks every workspace package's manifest against its imports, and exits with 1 on any of:
// - an import of a package the manifest does not declare (src/ and bin/ need it in dependencies or
//   peerDependencies; tests and configs may use devDependencies too);
// - a runtime dependency that src/, bin/ and the files named in `exports`/`main` never import;
// - a devDependency that no file imports and no script runs (by one of its bin names); `@types/*` are
//   exempt, since nothing imports them.
// A package whose tsup build bundles every import (`noExternal: [/.*/]`, the CLI) ships no runtime
// dependencies: what src/ imports is a build input, declared in devDependencies, and any entry in
// dependencies is drift (npm would install it for nothing, or fail on an unpublished workspace package).
// Imports come from TypeScript's own import scanner (static, dynamic, `export … from`, `require`,
// `import type`), so strings that only look like imports in code or test data do not count.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { builtinModules } from "node:module";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const SOURCE = /\.(?:[cm]?[jt]s|tsx)$/u;
const SKIP_DIRS = new Set(["node_modules", "dist", "coverage", ".cache", ".turbo"]);
const BUILTINS = new Set(builtinModules);

/** Workspace package folders from the `packages:` globs of pnpm-workspace.yaml (only `dir/*` globs). */
function workspaceDirs() {
  const yaml = readFileSync(join(root, "pnpm-workspace.yaml"), "utf8");
  const block = /^packages:\n((?:[ \t]*(?:-.*)?\n)+)/mu.exec(yaml)?.[1] ?? "";
  const globs = [...block.matchAll(/^\s*-\s*["']?([^"'\s]+)["']?/gmu)].map((m) => m[1]);
  if (globs.length === 0) throw new Error("no packages: globs found in pnpm-workspace.yaml");
  return globs.flatMap((glob) => {
    if (!glob.endsWith("/*")) throw new Error(`unsupported workspace glob ${glob} (expected dir/*)`);
    const parent = join(root, glob.slice(0, -2));
    if (!existsSync(parent)) return [];
    return readdirSync(parent, { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join(parent, d.name, "package.json")))
      .map((d) => join(parent, d.name));
  });
}

/** Source files of a package, as paths relative to it. */
function sourceFiles(dir, sub = "") {
  return readdirSync(join(dir, sub), { withFileTypes: true }).flatMap((d) => {
    const path = sub ? `${sub}/${d.name}` : d.name;
    if (d.isDirectory()) return SKIP_DIRS.has(d.name) ? [] : sourceFiles(dir, path);
    return SOURCE.test(d.name) && !d.name.endsWith(".d.ts") ? [path] : [];
  });
}

/** The package an import specifier names, or null for relative paths, `#imports` and Node builtins. */
function packageOf(specifier) {
  if (/^[./#]/u.test(specifier) || specifier.startsWith("node:") || BUILTINS.has(specifier)) return null;
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
}

/** Files whose imports the published package needs at run time. */
function runtimeEntries(manifest) {
  const entries = new Set();
  const collect = (value) => {
    if (typeof value === "string") entries.add(value.replace(/^\.\//u, ""));
    else if (value && typeof value === "object") Object.values(value).forEach(collect);
  };
  collect(manifest.exports);
  collect(manifest.main);
  collect(manifest.bin);
  return entries;
}

/** Whether the package's tsup build bundles every import into its output. */
function bundlesEverything(dir) {
  const config = join(dir, "tsup.config.ts");
  return existsSync(config) && /^\s*noExternal:\s*\[\/\.\*\/\]/mu.test(readFileSync(config, "utf8"));
}

/** The bin names a dependency installs, read from its installed package.json. */
function binNames(dir, name) {
  const file = join(dir, "node_modules", name, "package.json");
  if (!existsSync(file)) return [];
  const { bin } = JSON.parse(readFileSync(file, "utf8"));
  if (typeof bin === "string") return [name.split("/").pop()];
  return bin ? Object.keys(bin) : [];
}

const problems = [];
for (const dir of workspaceDirs()) {
  const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  const where = relative(root, dir);
  const runtimeDeclared = new Set([
    ...Object.keys(manifest.dependencies ?? {}),
    ...Object.keys(manifest.peerDependencies ?? {}),
    ...Object.keys(manifest.optionalDependencies ?? {}),
  ]);
  const devDeclared = new Set(Object.keys(manifest.devDependencies ?? {}));
  const bundled = bundlesEverything(dir);
  if (bundled) {
    for (const name of runtimeDeclared) problems.push(`${where}: ${name} is a runtime dependency, but the build bundles every import: make it a devDependency`);
    for (const name of devDeclared) runtimeDeclared.add(name);
  }
  const entries = runtimeEntries(manifest);
  /** package name → first file importing it, for runtime and for all files. */
  const runtimeUses = new Map();
  const allUses = new Map();

  for (const file of sourceFiles(dir)) {
    const runtime = file.startsWith("src/") || file.startsWith("bin/") || entries.has(file);
    const { importedFiles } = ts.preProcessFile(readFileSync(join(dir, file), "utf8"), true, true);
    for (const { fileName } of importedFiles) {
      const name = packageOf(fileName);
      if (name === null || name === manifest.name) continue;
      // A VS Code extension's `vscode` module is the editor's own API, never installed.
      if (name === "vscode" && manifest.engines?.vscode !== undefined) continue;
      if (!allUses.has(name)) allUses.set(name, file);
      if (runtime && !runtimeUses.has(name)) runtimeUses.set(name, file);
      if (runtime && !runtimeDeclared.has(name)) {
        const hint = devDeclared.has(name) ? " (it is only a devDependency)" : "";
        problems.push(`${where}: ${file} imports ${name}, which is not in dependencies${hint}`);
      } else if (!runtime && !runtimeDeclared.has(name) && !devDeclared.has(name)) {
        problems.push(`${where}: ${file} imports ${name}, which package.json does not declare`);
      }
    }
  }

  for (const name of bundled ? [] : Object.keys(manifest.dependencies ?? {})) {
    if (runtimeUses.has(name)) continue;
    const hint = allUses.has(name) ? ` (only ${allUses.get(name)} does: move it to devDependencies)` : "";
    problems.push(`${where}: dependency ${name} is never imported by src/, bin/ or an exported file${hint}`);
  }

  const scriptWords = new Set(Object.values(manifest.scripts ?? {}).flatMap((s) => s.split(/[\s;&|()]+/u)));
  for (const name of devDeclared) {
    if (name.startsWith("@types/") || allUses.has(name)) continue;
    if (binNames(dir, name).some((bin) => scriptWords.has(bin))) continue;
    problems.push(`${where}: devDependency ${name} is neither imported nor run by a script`);
  }
}

// Deduplicate: one message per package, file and import is enough.
const unique = [...new Set(problems)];
if (unique.length > 0) {
  console.error(`Manifest drift (${unique.length}):\n${unique.map((p) => `  ${p}`).join("\n")}`);
  process.exitCode = 1;
} else {
  console.log("Every workspace package declares exactly what it imports.");
}
