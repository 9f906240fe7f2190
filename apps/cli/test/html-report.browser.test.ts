// The html report opened in real headless Chromium (Debian's /usr/bin/chromium, driven by
// playwright-core; .ci/run installs it): the summary table and the highlighted findings are checked
// against the JSON results of the same run, and the page must fetch nothing.
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { fixtureNames, fixturePath } from "@reportlint/fixtures";
import { rules } from "@reportlint/rules";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cli, put, tempDir } from "./helpers.js";

const CHROMIUM = "/usr/bin/chromium";
// Flags from the conventions (pitfall #10): without the networking ones Chromium keeps calling out.
const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
const ARTIFACTS = fileURLToPath(new URL("../test-artifacts/", import.meta.url));
const hasChromium = existsSync(CHROMIUM);
const title = hasChromium
  ? "the html report in headless Chromium"
  : `the html report in headless Chromium: SKIPPED, ${CHROMIUM} is missing (install it with apt-get install -y chromium, as .ci/run does)`;
if (!hasChromium) console.warn(`reportlint: ${title}`);

interface JsonMessage { ruleId: string; severity: 1 | 2; line: number; column: number; endLine: number; endColumn: number }
interface JsonResult { filePath: string; messages: JsonMessage[]; errorCount: number; warningCount: number; source?: string }

/** UTF-16 offset of a 1-based line/column, lines ending at \n, \r\n or \r as the engine counts them. */
function offsetOf(text: string, line: number, column: number): number {
  let start = 0;
  for (let l = 1; l < line; l++) {
    const lf = text.indexOf("\n", start);
    const cr = text.indexOf("\r", start);
    const end = cr !== -1 && (lf === -1 || cr < lf) ? cr : lf;
    start = end + (text[end] === "\r" && text[end + 1] === "\n" ? 2 : 1);
  }
  return start + column - 1;
}

const CLEAN_NAME = `clean <&"'>.txt`;

describe.skipIf(!hasChromium)(title, () => {
  let dir = "";
  let json: JsonResult[] = [];
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];
  const blocked: string[] = [];

  beforeAll(async () => {
    dir = tempDir();
    const seeds = fixtureNames("seeds");
    for (const name of seeds) copyFileSync(fixturePath("seeds", name), join(dir, name));
    put(dir, CLEAN_NAME, "会议纪要\n\n本次会议讨论了明年的工作。\n");
    put(dir, "unreadable.txt", Uint8Array.from([0, 1, 2, 3]));
    const files = [...seeds, CLEAN_NAME, "unreadable.txt"];
    const asJson = await cli(["--format", "json", ...files], { cwd: dir, rules });
    json = JSON.parse(asJson.stdout) as JsonResult[];
    const asHtml = await cli(["--format", "html", "-o", join(dir, "report.html"), ...files], { cwd: dir, rules });
    expect(asHtml.code).toBe(asJson.code);

    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const context = await browser.newContext({ viewport: { width: 1280, height: 1600 } });
    // Everything but the page itself is refused and recorded: the report must need nothing else.
    await context.route("**/*", async (route) => {
      const url = route.request().url();
      if (url === pathToFileURL(join(dir, "report.html")).href) return route.continue();
      blocked.push(url);
      return route.abort();
    });
    page = await context.newPage();
    page.on("request", (request) => requests.push(request.url()));
    await page.goto(pathToFileURL(join(dir, "report.html")).href);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("ran the CLI on the seeds, a clean report and an unreadable file", () => {
    expect(json).toHaveLength(7);
    expect(json.filter((r) => r.messages.length > 0).length).toBeGreaterThanOrEqual(4);
    expect(json.find((r) => basename(r.filePath) === CLEAN_NAME)).toMatchObject({ messages: [], errorCount: 0, warningCount: 0 });
  });

  it("lists every file in the summary table with the counts of the JSON results", async () => {
    const rows = await page.locator("table.summary tbody tr").evaluateAll((trs) =>
      trs.map((tr) => ({
        file: tr.querySelector("td.file")?.textContent,
        numbers: Array.from(tr.querySelectorAll("td.n")).map((td) => Number(td.textContent)),
        rules: Object.fromEntries(Array.from(tr.querySelectorAll(".chip[data-rule]")).map((c) => [c.getAttribute("data-rule"), Number(c.querySelector("b")?.textContent)])),
        fatal: tr.querySelector(".fatal")?.textContent ?? null,
      })),
    );
    expect(rows.map((r) => r.file)).toEqual(json.map((r) => basename(r.filePath)));
    rows.forEach((row, i) => {
      const result = json[i]!;
      if (basename(result.filePath) === "unreadable.txt") {
        expect(row.fatal).toMatch(/^无法读取：.+/);
        expect(row.numbers).toEqual([]);
        return;
      }
      expect(row.fatal).toBeNull();
      expect(row.numbers).toEqual([result.errorCount, result.warningCount]);
      const byRule: Record<string, number> = {};
      for (const m of result.messages) byRule[m.ruleId] = (byRule[m.ruleId] ?? 0) + 1;
      expect(row.rules).toEqual(byRule);
    });
    const cleanRow = rows.find((r) => r.file === CLEAN_NAME)!;
    expect(cleanRow.rules).toEqual({});
    expect(await page.locator("table.summary tr", { hasText: CLEAN_NAME }).textContent()).toContain("未发现问题");
  });

  it("shows the parts required-sections found missing", async () => {
    const expected = json.map((r) => r.messages.filter((m) => m.ruleId === "required-sections").length);
    const shown = await page.locator("table.summary tbody tr").evaluateAll((trs) => trs.map((tr) => tr.querySelectorAll(".chip.part").length));
    expect(shown).toEqual(expected);
    expect(expected.some((n) => n > 0)).toBe(true);
  });

  it("highlights every finding in its report's text, with the words of its span", async () => {
    let checked = 0;
    for (const [index, result] of json.entries()) {
      if (result.source === undefined) continue;
      const marks = await page.locator(`#r${index} pre.text mark`).evaluateAll((ms) => ms.map((m) => ({ f: m.getAttribute("data-f")!.split(" ").map(Number), text: m.textContent, title: m.getAttribute("title") })));
      for (const [i, m] of result.messages.entries()) {
        const text = marks.filter((mark) => mark.f.includes(i)).map((mark) => mark.text).join("");
        const span = result.source.slice(offsetOf(result.source, m.line, m.column), offsetOf(result.source, m.endLine, m.endColumn));
        expect([m.ruleId, text]).toEqual([m.ruleId, span]);
        expect(await page.locator(`#r${index}-f${i}`).count()).toBe(1);
        expect(await page.locator(`#r${index} ol.findings a[href="#r${index}-f${i}"]`).count()).toBe(1);
        checked++;
      }
    }
    // An unreadable file has no text: its one JSON message is the read error, shown in the table.
    expect(checked).toBe(json.reduce((n, r) => n + (r.source === undefined ? 0 : r.messages.length), 0));
    expect(checked).toBeGreaterThan(10);
  });

  it("opens a folded report when one of its findings is followed", async () => {
    const folded = page.locator("section.report details:not([open])").first();
    await expect.poll(() => folded.count()).toBe(1);
    const section = folded.locator("xpath=..");
    const id = await section.getAttribute("id");
    await section.locator("ol.findings a.loc").first().click();
    expect(await page.locator(`#${id} details`).getAttribute("open")).not.toBeNull();
    expect(await page.locator(`#${id}-f0`).isVisible()).toBe(true);
  });

  it("made no network request and saved a screenshot", async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    mkdirSync(ARTIFACTS, { recursive: true });
    const shot = join(ARTIFACTS, "html-report.png");
    await page.screenshot({ path: shot, fullPage: true });
    expect(statSync(shot).size).toBeGreaterThan(10_000);
    expect(blocked).toEqual([]);
    expect(requests).toEqual([pathToFileURL(join(dir, "report.html")).href]);
    expect(readFileSync(join(dir, "report.html"), "utf8")).not.toMatch(/\b(?:src|href)="(?!#|https?:)/);
  });
});
