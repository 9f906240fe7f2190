// Acceptance of issue 17: the built page (dist/index.html opened from disk) in real headless
// Chromium (Debian's /usr/bin/chromium driven by playwright-core; .ci/run installs it), checked
// against the built CLI's JSON for the same files, with the same --today on both sides.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { fixtureNames, readFixture } from "@reportlint/fixtures";
import { createLineIndex } from "@reportlint/parser";
import { encodeText } from "@reportlint/readers";
import { Document, Packer, Paragraph, TextRun } from "docx";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const CHROMIUM = "/usr/bin/chromium";
// Flags from the conventions (pitfall #10): without the networking ones Chromium keeps calling out.
const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
const ARTIFACTS = fileURLToPath(new URL("../test-artifacts/", import.meta.url));
const PAGE = fileURLToPath(new URL("../dist/index.html", import.meta.url));
const TODAY = "2025-06-01";
const hasChromium = existsSync(CHROMIUM);
const title = hasChromium
  ? "the playground in headless Chromium"
  : `the playground in headless Chromium: SKIPPED, ${CHROMIUM} is missing (install it with apt-get install -y chromium, as .ci/run does)`;
if (!hasChromium) console.warn(`reportlint: ${title}`);

// The built CLI, found through its package (a devDependency, so turbo builds it first).
const require = createRequire(import.meta.url);
const cliManifest = require("@reportlint/cli/package.json") as { bin: { reportlint: string } };
const CLI_BIN = join(dirname(require.resolve("@reportlint/cli/package.json")), cliManifest.bin.reportlint);

interface JsonMessage { ruleId: string; messageId: string; severity: 1 | 2; message: string; line: number; column: number; endLine: number; endColumn: number }
interface JsonResult { filePath: string; messages: JsonMessage[]; errorCount: number; warningCount: number; output?: string }

/** The CLI's JSON results for files (exit code 1 just means findings). */
function cliJson(args: readonly string[]): JsonResult[] {
  let stdout: string;
  try {
    stdout = execFileSync(process.execPath, [CLI_BIN, "--no-config-lookup", "--format", "json", "--today", TODAY, ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const failed = error as { status?: number; stdout?: string; stderr?: string };
    if (failed.status !== 1 || failed.stdout === undefined) throw new Error(`reportlint failed (${failed.status}): ${failed.stderr}`, { cause: error });
    stdout = failed.stdout;
  }
  return JSON.parse(stdout) as JsonResult[];
}

/** UTF-16 offset of a 1-based line/column, as the engine counts them. */
const offsetOf = (text: string, line: number, column: number): number => createLineIndex(text).offsetAt(line, column);

/** A .docx with one paragraph per line of the text (as Word saves a pasted text). */
async function toDocx(text: string): Promise<Uint8Array> {
  const doc = new Document({ sections: [{ children: text.replace(/\n$/, "").split("\n").map((line) => new Paragraph({ children: [new TextRun(line)] })) }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** What the page lists: one row per finding, in the order of the CLI's JSON (text order). */
async function pageFindings(page: Page): Promise<string[]> {
  const rows = await page.locator('[data-testid="finding"]').evaluateAll((items) =>
    items.map((li) => {
      const e = li as HTMLElement;
      return { index: Number(e.dataset.index), row: [e.dataset.ruleId, e.dataset.line, e.dataset.column, e.dataset.endLine, e.dataset.endColumn, e.dataset.severity === "error" ? 2 : 1, e.querySelector(".message")?.textContent].join(" | ") };
    }),
  );
  return rows.sort((a, b) => a.index - b.index).map((r) => r.row);
}

const cliFindings = (result: JsonResult) => result.messages.map((m) => [m.ruleId, m.line, m.column, m.endLine, m.endColumn, m.severity, m.message].join(" | "));
/** Rule and message only: a .docx's CLI locations are paragraphs, the page's are lines of the text shown. */
const ruleAndMessage = (rows: readonly string[]) => rows.map((row) => { const parts = row.split(" | "); return `${parts[0]} | ${parts[6]}`; });

/** Waits until the page has linted the textarea's current text. */
async function linted(page: Page): Promise<void> {
  await page.waitForFunction(() => document.body.dataset.state === "done" || document.body.dataset.state === "failed", undefined, { timeout: 60_000 });
  expect(await page.evaluate(() => document.body.dataset.state)).toBe("done");
}

async function paste(page: Page, text: string): Promise<void> {
  await page.locator('[data-testid="report-input"]').fill(text);
  await linted(page);
}

/** Drops a file on the text box the way a browser does (a drop event whose DataTransfer holds it). */
async function drop(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  await page.evaluate(
    ({ name, data }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], name));
      const target = document.querySelector('[data-testid="report-input"]')!;
      document.body.dataset.state = "reading";
      target.dispatchEvent(new DragEvent("dragover", { dataTransfer: transfer, bubbles: true, cancelable: true }));
      target.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    { name, data: [...bytes] },
  );
  await linted(page);
}

describe.skipIf(!hasChromium)(title, () => {
  const dir = mkdtempSync(join(tmpdir(), "reportlint-playground-"));
  const seeds = fixtureNames("seeds");
  const json = new Map<string, JsonResult>();
  const jsonEn = new Map<string, JsonResult>();
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const requests: string[] = [];
  const blocked: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    expect(existsSync(PAGE), `${PAGE} is missing: run pnpm --filter @reportlint/playground build`).toBe(true);
    for (const name of seeds) writeFileSync(join(dir, name), readFixture("seeds", name));
    const files = seeds.map((name) => join(dir, name));
    cliJson(files).forEach((r, i) => json.set(seeds[i]!, r));
    cliJson(["--locale", "en", ...files]).forEach((r, i) => jsonEn.set(seeds[i]!, r));

    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
    // Anything but the page's own files and the blob: worker is refused and recorded.
    await context.route("**/*", async (route) => {
      const url = route.request().url();
      if (/^(?:file|blob|data):/.test(url)) return route.continue();
      blocked.push(url);
      return route.abort();
    });
    page = await context.newPage();
    page.on("request", (request) => requests.push(request.url()));
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${pathToFileURL(PAGE).href}?today=${TODAY}`);
    await page.waitForFunction(() => document.body.dataset.ready === "true", undefined, { timeout: 60_000 });
    mkdirSync(ARTIFACTS, { recursive: true });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("lists the CLI's findings for every pasted seed, with the same summary counts", async () => {
    let total = 0;
    let missedParts = 0;
    for (const name of seeds) {
      const text = readFixture("seeds", name);
      await paste(page, text);
      const expected = json.get(name)!;
      expect([name, await pageFindings(page)]).toEqual([name, cliFindings(expected)]);
      const summary = page.locator('[data-testid="summary"]');
      expect([await summary.getAttribute("data-errors"), await summary.getAttribute("data-warnings")]).toEqual([String(expected.errorCount), String(expected.warningCount)]);
      // The missing parts named on top are required-sections' findings of a missing part.
      const missing = expected.messages.filter((m) => m.ruleId === "required-sections" && (m.messageId === "missing" || m.messageId === "noCauses"));
      const shown = (await summary.getAttribute("data-missing")) ?? "";
      expect([name, shown === "" ? 0 : shown.split("、").length]).toEqual([name, missing.length]);
      missedParts += missing.length;
      total += expected.messages.length;
    }
    expect(total).toBeGreaterThan(10);
    console.log(`reportlint playground: ${total} findings on ${seeds.length} pasted seeds, ${missedParts} missing parts named, all as the CLI's`);
    await page.screenshot({ path: join(ARTIFACTS, "pasted-seed.png") });
  });

  it("says what the CLI says in English after the language switch", async () => {
    const name = seeds[0]!;
    await paste(page, readFixture("seeds", name));
    await page.locator('[data-testid="locale-switch"]').click();
    await linted(page);
    expect(await pageFindings(page)).toEqual(cliFindings(jsonEn.get(name)!));
    expect(await page.locator('[data-testid="summary"]').textContent()).toMatch(/errors?, \d+ warnings?/);
    await page.screenshot({ path: join(ARTIFACTS, "english.png") });
    await page.locator('[data-testid="locale-switch"]').click();
    await linted(page);
    expect(await pageFindings(page)).toEqual(cliFindings(json.get(name)!));
  });

  it("finds the same in the report dropped as .docx and chosen as GB18030 .txt", async () => {
    for (const name of seeds) {
      const text = readFixture("seeds", name);
      const expected = cliFindings(json.get(name)!);
      const base = name.replace(/\.txt$/, "");
      const docx = await toDocx(text);
      writeFileSync(join(dir, `${base}.docx`), docx);
      await drop(page, `${base}.docx`, docx);
      expect(await page.locator('[data-testid="source"]').textContent()).toContain("docx");
      expect([name, "docx", ruleAndMessage(await pageFindings(page))]).toEqual([name, "docx", ruleAndMessage(expected)]);
      // The CLI reading the same .docx agrees too.
      expect(ruleAndMessage(cliFindings(cliJson([join(dir, `${base}.docx`)])[0]!))).toEqual(ruleAndMessage(expected));

      const gb = encodeText(text, "gb18030");
      if (!gb.ok) throw new Error(gb.error.message);
      const gbPath = join(dir, `${base}-gb18030.txt`);
      writeFileSync(gbPath, gb.bytes);
      await page.locator('[data-testid="report-file"]').setInputFiles(gbPath);
      await page.waitForFunction(() => document.querySelector('[data-testid="source"]')?.textContent?.includes("gb18030"), undefined, { timeout: 60_000 });
      await linted(page);
      expect([name, "gb18030", await pageFindings(page)]).toEqual([name, "gb18030", expected]);
      expect(await page.locator('[data-testid="report-input"]').inputValue()).toBe(text);
    }
    await page.screenshot({ path: join(ARTIFACTS, "gb18030.png") });
  });

  it("reads a chosen .md file as Markdown, as the CLI does, and refuses a .pdf with a reason", async () => {
    const name = seeds[1]!;
    const mdPath = join(dir, name.replace(/\.txt$/, ".md"));
    writeFileSync(mdPath, `# ${readFixture("seeds", name)}`);
    await page.locator('[data-testid="report-file"]').setInputFiles(mdPath);
    await linted(page);
    expect(await page.locator('[data-testid="source"]').textContent()).toContain("markdown");
    expect(await pageFindings(page)).toEqual(cliFindings(cliJson([mdPath])[0]!));

    const pdfPath = join(dir, "report.pdf");
    writeFileSync(pdfPath, "%PDF-1.4\n");
    await page.locator('[data-testid="report-file"]').setInputFiles(pdfPath);
    await page.waitForFunction(() => document.body.dataset.state === "failed", undefined, { timeout: 60_000 });
    expect(await page.locator('[data-testid="status"]').textContent()).toContain("report.pdf");
  });

  it("selects a finding's words when it is clicked, and shows the finding of a clicked highlight", async () => {
    const name = seeds.find((n) => json.get(n)!.messages.length >= 3) ?? seeds[0]!;
    const text = readFixture("seeds", name);
    await paste(page, text);
    const input = page.locator('[data-testid="report-input"]');
    const messages = json.get(name)!.messages;
    for (const [i, m] of messages.entries()) {
      await page.locator(`[data-testid="finding"][data-index="${i}"]`).click();
      const selected = await input.evaluate((el: HTMLTextAreaElement) => ({ start: el.selectionStart, end: el.selectionEnd, focused: document.activeElement === el }));
      const [start, end] = [offsetOf(text, m.line, m.column), offsetOf(text, m.endLine, m.endColumn)];
      expect([m.ruleId, selected]).toEqual([m.ruleId, { start, end, focused: true }]);
      expect(await page.locator(`[data-testid="finding"][data-index="${i}"]`).getAttribute("class")).toContain("active");
    }
    await page.screenshot({ path: join(ARTIFACTS, "finding-selected.png") });

    // A click on a marked word (the textarea lies over the marks) shows that word's finding.
    const wide = messages.findIndex((m) => m.line === m.endLine && m.endColumn - m.column >= 2);
    expect(wide).toBeGreaterThanOrEqual(0);
    await page.locator(`[data-testid="finding"][data-index="${wide}"]`).click();
    await page.evaluate(() => window.scrollTo(0, 0));
    const mark = page.locator(`#backdrop > div:nth-child(${messages[wide]!.line}) mark[data-rules~="${messages[wide]!.ruleId}"]`).first();
    const box = (await mark.boundingBox())!;
    await page.locator('[data-testid="finding-detail"]').evaluate((el) => el.setAttribute("data-rule", ""));
    await page.mouse.click(box.x + Math.min(8, box.width / 2), box.y + box.height / 2);
    await expect.poll(() => page.locator('[data-testid="finding-detail"]').getAttribute("data-rule")).toBe(messages[wide]!.ruleId);
    expect(await page.locator('[data-testid="finding-detail"]').isVisible()).toBe(true);
  });

  it("exports settings as a reportlint.config.json that gives the CLI the page's findings, and keeps them", async () => {
    const name = seeds[0]!;
    await paste(page, readFixture("seeds", name));
    await page.locator('[data-testid="settings"] > summary').click();
    const firstRule = json.get(name)!.messages[0]!.ruleId;
    await page.locator(`select[data-rule="${firstRule}"]`).selectOption("off");
    await linted(page);
    await page.locator('select[data-rule="punctuation-width"]').selectOption("error");
    await linted(page);
    await page.locator('[data-testid="report-year"]').fill("2023");
    await page.locator('[data-testid="report-year"]').dispatchEvent("change");
    await linted(page);
    await page.locator('[data-testid="profile"]').selectOption("fazhi-annual");
    await linted(page);
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator('[data-testid="export-config"]').click()]);
    expect(download.suggestedFilename()).toBe("reportlint.config.json");
    const configPath = join(dir, "reportlint.config.json");
    await download.saveAs(configPath);
    const config = JSON.parse(readFileSync(configPath, "utf8")) as { rules: Record<string, string>; reportYear: number; profile: string };
    expect(config).toMatchObject({ reportYear: 2023, profile: "fazhi-annual", rules: { [firstRule]: "off", "punctuation-width": "error" } });

    const viaConfig = cliJson(["--config", configPath, join(dir, name)])[0]!;
    expect(viaConfig.messages.some((m) => m.ruleId === firstRule)).toBe(false);
    expect(await pageFindings(page)).toEqual(cliFindings(viaConfig));
    await page.screenshot({ path: join(ARTIFACTS, "settings.png"), fullPage: true });

    // Kept in local storage: a reload lints with the same settings.
    await page.reload();
    await page.waitForFunction(() => document.body.dataset.ready === "true", undefined, { timeout: 60_000 });
    expect(await page.locator('[data-testid="report-year"]').inputValue()).toBe("2023");
    await paste(page, readFixture("seeds", name));
    expect(await pageFindings(page)).toEqual(cliFindings(viaConfig));
    await page.locator('[data-testid="settings"] > summary').click();
    await page.locator("#reset-settings").click();
    await linted(page);
    expect(await pageFindings(page)).toEqual(cliFindings(json.get(name)!));
  });

  it("applies the safe fixes as the CLI's --fix does, and downloads the fixed text as .txt", async () => {
    const name = seeds.find((n) => cliJson(["--fix-dry-run", join(dir, n)])[0]!.output !== undefined);
    expect(name, "a seed with a safe fix").toBeDefined();
    const fixed = cliJson(["--fix-dry-run", join(dir, name!)])[0]!;
    await paste(page, readFixture("seeds", name!));
    await page.locator('[data-testid="apply-fixes"]').click();
    await expect.poll(() => page.locator('[data-testid="report-input"]').inputValue(), { timeout: 60_000 }).toBe(fixed.output);
    await linted(page);
    expect(await pageFindings(page)).toEqual(cliFindings(fixed));
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator('[data-testid="download-text"]').click()]);
    expect(download.suggestedFilename()).toMatch(/\.txt$/);
    const saved = join(dir, "fixed.txt");
    await download.saveAs(saved);
    expect(readFileSync(saved, "utf8")).toBe(fixed.output);
  });

  it("stays responsive while typing into a 50,000-character report (long tasks printed)", async () => {
    let text = "";
    for (let i = 0; text.length < 50_000; i++) text += readFixture("seeds", seeds[i % seeds.length]!);
    text = text.slice(0, 50_000);
    await paste(page, text);
    expect((await page.locator('[data-testid="report-input"]').inputValue()).length).toBe(50_000);
    await page.evaluate(() => {
      const w = window as unknown as { longTasks: number[] };
      w.longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.longTasks.push(entry.duration);
      }).observe({ type: "longtask" });
    });
    const input = page.locator('[data-testid="report-input"]');
    await input.evaluate((el: HTMLTextAreaElement) => {
      el.focus();
      el.setSelectionRange(25_000, 25_000);
    });
    // Three bursts of typing, each followed by its re-lint, so results arrive while the page is in use.
    for (const words of ["全年共办理行政复议案件十二件，", "依法公开政府信息。", "\n二、存在的不足"]) {
      await page.keyboard.type(words, { delay: 30 });
      await linted(page);
      await page.keyboard.press("End");
    }
    const tasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
    const longest = Math.max(0, ...tasks);
    // Printed, not asserted: on a loaded 2-core machine the numbers say more about the load.
    console.log(`reportlint playground: typing into 50,000 characters: ${tasks.length} long tasks on the main thread, the longest ${longest.toFixed(0)} ms`);
    expect((await input.inputValue()).length).toBeGreaterThan(50_000);
    expect(await page.locator('[data-testid="finding"]').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(ARTIFACTS, "fifty-thousand.png") });
  });

  it("made no request to any other host, and saved screenshots", () => {
    expect(blocked).toEqual([]);
    expect(requests.filter((url) => !/^(?:file|blob|data):/.test(url))).toEqual([]);
    // The linting ran in a worker started from a blob: URL.
    expect(page.workers().map((w) => w.url().slice(0, 5))).toEqual(["blob:"]);
    expect(errors).toEqual([]);
    expect(statSync(join(ARTIFACTS, "pasted-seed.png")).size).toBeGreaterThan(10_000);
  });
});
