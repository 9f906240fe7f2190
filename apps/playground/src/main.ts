// The page: a textarea with the findings marked behind it, the list of findings beside it, the
// settings below. Linting runs in a Web Worker started from a Blob URL of its bundled code (a page
// opened from disk may not start a worker from a file: URL); the latest edit's result wins.
import { toConfig } from "./config.js";
import { say, type Locale, type WordId } from "./i18n.js";
import type { Piece } from "@reportlint/core";
import type { Level, LintSettings, PageFinding, ProfileInfo, Reply, Request, RuleInfo } from "./protocol.js";

/** The worker's bundled code, put here by scripts/build.mjs. */
declare const __WORKER_SOURCE__: string;

const STORAGE_KEY = "reportlint-playground:settings";
const DEBOUNCE_MS = 300;
const SEVERITIES = ["error", "warning", "info"] as const;
const RANK = { info: 0, warning: 1, error: 2 } as const;

interface Stored {
  reportYear?: number;
  profile?: string;
  rules: Record<string, Level>;
  locale: Locale;
}

const $ = <T extends HTMLElement>(id: string): T => {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`#${id} is missing`);
  return element as T;
};

const input = $<HTMLTextAreaElement>("input");
const backdrop = $<HTMLDivElement>("backdrop");
const list = $<HTMLDivElement>("findings");
const summary = $<HTMLParagraphElement>("summary");
const status = $<HTMLSpanElement>("status");
const detail = $<HTMLDivElement>("detail");
const fileInput = $<HTMLInputElement>("file");
const yearInput = $<HTMLInputElement>("report-year");
const profileSelect = $<HTMLSelectElement>("profile");
const todayInput = $<HTMLInputElement>("today");
const rulesTable = $<HTMLTableSectionElement>("rules");
const configPre = $<HTMLPreElement>("config-json");

function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function loadStored(): Stored {
  try {
    const raw = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? "{}") as Partial<Stored>;
    return {
      ...(typeof raw.reportYear === "number" ? { reportYear: raw.reportYear } : {}),
      ...(typeof raw.profile === "string" && raw.profile !== "" ? { profile: raw.profile } : {}),
      rules: raw.rules !== null && typeof raw.rules === "object" ? raw.rules : {},
      locale: raw.locale === "en" ? "en" : "zh",
    };
  } catch {
    return { rules: {}, locale: "zh" };
  }
}

const query = new URLSearchParams(location.search);
const stored = loadStored();
if (query.get("locale") === "en" || query.get("locale") === "zh") stored.locale = query.get("locale") as Locale;

const state = {
  stored,
  today: /^\d{4}-\d{2}-\d{2}$/.test(query.get("today") ?? "") ? query.get("today")! : localToday(),
  markdown: false,
  sourceName: "report",
  sourceKind: "text",
  findings: [] as PageFinding[],
  pieces: [] as readonly Piece[],
  /** The text the findings are about (the textarea may have changed since). */
  lintedText: "",
  active: -1,
  rules: [] as RuleInfo[],
  profiles: [] as ProfileInfo[],
  lastId: 0,
  busy: false,
  pending: undefined as Request | undefined,
  timer: undefined as ReturnType<typeof setTimeout> | undefined,
  /** Counts results shown, so marks are drawn for the latest one only. */
  shown: 0,
};

const t = (id: WordId, data?: Readonly<Record<string, string | number>>) => say(state.stored.locale, id, data);

function save(): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(state.stored));
  } catch {
    // Storage refused (private window): the settings last as long as the page.
  }
  configPre.textContent = `${JSON.stringify(toConfig(settings()), null, 2)}\n`;
}

function settings(): LintSettings {
  const { reportYear, profile, rules } = state.stored;
  return { ...(reportYear !== undefined ? { reportYear } : {}), ...(profile !== undefined ? { profile } : {}), rules, today: state.today, locale: state.stored.locale };
}

// ---- the worker ----------------------------------------------------------------------------

const worker = new Worker(URL.createObjectURL(new Blob([__WORKER_SOURCE__], { type: "text/javascript" })));
worker.onerror = (event) => {
  status.textContent = t("workerFailed", { reason: event.message });
};

function send(request: Request): void {
  if (state.busy) {
    // Only the newest request waits; older ones are dropped (their text is gone anyway).
    state.pending = request;
    return;
  }
  state.busy = true;
  status.textContent = t("linting");
  document.body.dataset.state = "linting";
  worker.postMessage(request, request.type === "read" ? [request.bytes.buffer] : []);
}

function next<T extends Request["type"]>(type: T, fields: Omit<Extract<Request, { type: T }>, "type" | "id" | "settings">): void {
  state.lastId += 1;
  document.body.dataset.state = "linting";
  send({ type, id: state.lastId, settings: settings(), ...fields } as unknown as Request);
}

function lintNow(): void {
  clearTimeout(state.timer);
  state.timer = undefined;
  if (input.value.trim() === "") {
    show([], [], input.value);
    return;
  }
  next("lint", { text: input.value, markdown: state.markdown });
}

worker.onmessage = (event: MessageEvent<Reply>) => {
  const reply = event.data;
  if (reply.type === "meta") {
    state.rules = [...reply.rules];
    state.profiles = [...reply.profiles];
    renderSettings();
    document.body.dataset.ready = "true";
    if (input.value.trim() !== "") lintNow();
    return;
  }
  state.busy = false;
  const pending = state.pending;
  state.pending = undefined;
  if (pending !== undefined) {
    send(pending);
    return;
  }
  // A result for an older text than the textarea's is dropped: another lint is on its way.
  if (reply.id !== state.lastId || state.timer !== undefined) return;
  status.textContent = "";
  if (reply.type === "failed") {
    document.body.dataset.state = "failed";
    status.textContent = reply.reason[state.stored.locale];
    return;
  }
  if (reply.kind !== undefined) {
    state.sourceKind = reply.kind;
    input.value = reply.text;
    $("source").textContent = t("source", { name: state.sourceName, kind: reply.encoding && reply.kind === "text" ? reply.encoding : reply.kind });
    $("docx-note").hidden = reply.kind !== "docx";
  } else if (reply.fixed !== undefined) {
    if (reply.fixed) input.value = reply.text;
    status.textContent = t(reply.fixed ? "fixesApplied" : "noFixes");
  }
  state.markdown = reply.markdown;
  show([...reply.findings], reply.pieces, reply.text);
};

// ---- showing findings ----------------------------------------------------------------------

/** One line of the text behind the textarea: its runs, each with the severity marking it (if any). */
interface BackdropLine {
  readonly key: string;
  readonly runs: readonly { readonly text: string; readonly mark?: string; readonly rules?: string }[];
}

/** The text cut into lines, each run marked by its most severe finding (the worker cut the pieces with core's spanPieces, as the CLI's html report does). */
function backdropLines(text: string, pieces: readonly Piece[], findings: readonly PageFinding[]): BackdropLine[] {
  const lines: BackdropLine[] = [];
  let runs: { text: string; mark?: string; rules?: string }[] = [];
  const close = () => {
    lines.push({ key: runs.map((r) => `${r.mark ?? ""}\u0001${r.rules ?? ""}\u0001${r.text}`).join("\u0002"), runs });
    runs = [];
  };
  for (const piece of pieces) {
    const covering = piece.covering.map((i) => findings[i]!);
    const severity = covering.length === 0 ? undefined : covering.reduce((worst, f) => (RANK[f.severity] > RANK[worst] ? f.severity : worst), "info" as PageFinding["severity"]);
    const mark = severity === undefined ? undefined : piece.start === piece.end ? `${severity} point` : severity;
    const rules = covering.length === 0 ? undefined : [...new Set(covering.map((f) => f.ruleId))].join(" ");
    text
      .slice(piece.start, piece.end)
      .split("\n")
      .forEach((part, k) => {
        if (k > 0) close();
        if (part !== "" || (mark !== undefined && piece.start === piece.end)) runs.push({ text: part, ...(mark !== undefined ? { mark, rules: rules! } : {}) });
      });
  }
  close();
  return lines;
}

function lineElement(line: BackdropLine): HTMLElement {
  const div = document.createElement("div");
  for (const run of line.runs) {
    if (run.mark === undefined) {
      div.append(run.text);
      continue;
    }
    const mark = document.createElement("mark");
    mark.className = run.mark;
    mark.dataset.rules = run.rules;
    mark.textContent = run.text;
    div.append(mark);
  }
  // An empty line still takes a line, as in the textarea.
  if (line.runs.every((r) => r.text === "")) div.append(document.createElement("br"));
  return div;
}

let shownLines: { key: string; node: HTMLElement }[] = [];

/**
 * The text behind the textarea with every finding in a <mark>, one element a line. Only the lines
 * that changed since the last result are replaced, so the browser lays out a few lines rather than
 * the whole report after each edit (a 50,000-character report took over 100 ms to lay out).
 */
function renderBackdrop(): void {
  const next = backdropLines(state.lintedText, state.pieces, state.findings);
  const old = shownLines;
  let prefix = 0;
  while (prefix < old.length && prefix < next.length && old[prefix]!.key === next[prefix]!.key) prefix++;
  let suffix = 0;
  while (suffix < old.length - prefix && suffix < next.length - prefix && old[old.length - 1 - suffix]!.key === next[next.length - 1 - suffix]!.key) suffix++;
  for (const line of old.slice(prefix, old.length - suffix)) line.node.remove();
  const before = suffix > 0 ? old[old.length - suffix]!.node : null;
  const added = next.slice(prefix, next.length - suffix).map((line) => ({ key: line.key, node: lineElement(line) }));
  const fragment = document.createDocumentFragment();
  fragment.append(...added.map((line) => line.node));
  backdrop.insertBefore(fragment, before);
  shownLines = [...old.slice(0, prefix), ...added, ...old.slice(old.length - suffix)];
  backdrop.classList.remove("stale");
  backdrop.scrollTop = input.scrollTop;
}

function missingParts(): string[] {
  return state.findings
    .filter((f) => f.ruleId === "required-sections" && (f.messageId === "missing" || f.messageId === "noCauses"))
    .map((f) => (f.messageId === "noCauses" ? t("causesMissing") : f.data.part !== undefined ? String(f.data.part as string) : f.message));
}

function renderSummary(): void {
  const errors = state.findings.filter((f) => f.severity === "error").length;
  const warnings = state.findings.filter((f) => f.severity === "warning").length;
  summary.dataset.errors = String(errors);
  summary.dataset.warnings = String(warnings);
  if (state.lintedText.trim() === "") {
    summary.textContent = t("empty");
    return;
  }
  const missing = missingParts();
  summary.dataset.missing = missing.join("、");
  summary.textContent = t("summary", { errors, warnings }) + (missing.length ? t("summaryMissing", { parts: missing.join(state.stored.locale === "zh" ? "、" : ", ") }) : t("summaryNoMissing"));
}

function newFindingItem(f: PageFinding): HTMLLIElement {
  const item = document.createElement("li");
  item.dataset.testid = "finding";
  item.setAttribute("data-testid", "finding");
  item.dataset.ruleId = f.ruleId;
  item.dataset.severity = f.severity;
  item.tabIndex = 0;
  const where = document.createElement("span");
  where.className = "loc";
  const text = document.createElement("span");
  text.className = "message";
  text.textContent = f.message;
  item.append(where, text);
  if (f.detail !== undefined) {
    const arithmetic = document.createElement("span");
    arithmetic.className = "detail";
    arithmetic.textContent = `= ${f.detail}`;
    item.append(" ", arithmetic);
  }
  if (f.fixable) {
    const chip = document.createElement("span");
    chip.className = "chip";
    chip.textContent = t("fixable");
    item.append(" ", chip);
  }
  return item;
}

// The items of the last list by what they show: a re-lint after an edit reuses the unchanged ones
// instead of building hundreds of elements again.
let itemCache = new Map<string, HTMLLIElement[]>();
let nextItemCache = new Map<string, HTMLLIElement[]>();

function findingItem(f: PageFinding, index: number): HTMLLIElement {
  // Its place is not part of the key: a line break typed above moves every finding below it.
  const key = [f.ruleId, f.severity, f.message, f.detail ?? "", f.fixable, state.stored.locale].join("\u0001");
  const item = itemCache.get(key)?.shift() ?? newFindingItem(f);
  nextItemCache.set(key, [...(nextItemCache.get(key) ?? []), item]);
  const place = { index: String(index), line: String(f.line), column: String(f.column), endLine: String(f.endLine), endColumn: String(f.endColumn) };
  if (item.dataset.line !== place.line || item.dataset.column !== place.column) {
    item.querySelector(".loc")!.textContent = t("location", { line: f.line, column: f.column });
  }
  Object.assign(item.dataset, place);
  item.classList.toggle("active", index === state.active);
  return item;
}

function docsLink(url: string | undefined, label: string): HTMLElement {
  if (url === undefined || !/^https?:\/\//.test(url)) return document.createElement("span");
  const link = document.createElement("a");
  link.href = url;
  link.target = "_blank";
  link.rel = "noopener noreferrer";
  link.textContent = label;
  return link;
}

function renderList(): void {
  nextItemCache = new Map();
  const fragment = document.createDocumentFragment();
  if (state.findings.length === 0 && state.lintedText.trim() !== "") {
    const none = document.createElement("p");
    none.className = "muted";
    none.textContent = t("noFindings");
    fragment.append(none);
  }
  for (const severity of SEVERITIES) {
    const indexes = state.findings.flatMap((f, i) => (f.severity === severity ? [i] : []));
    if (indexes.length === 0) continue;
    const group = document.createElement("section");
    group.className = `group ${severity}`;
    group.dataset.severity = severity;
    const heading = document.createElement("h2");
    heading.textContent = `${t(severity)} ${indexes.length}`;
    group.append(heading);
    const byRule = new Map<string, number[]>();
    for (const i of indexes) byRule.set(state.findings[i]!.ruleId, [...(byRule.get(state.findings[i]!.ruleId) ?? []), i]);
    for (const [ruleId, members] of [...byRule].sort(([a], [b]) => a.localeCompare(b))) {
      const rule = state.rules.find((r) => r.id === ruleId);
      const box = document.createElement("div");
      box.className = "rule";
      box.dataset.rule = ruleId;
      const title = document.createElement("h3");
      const id = document.createElement("code");
      id.textContent = ruleId;
      title.append(id, ` ${rule?.description[state.stored.locale] ?? ""} `, `(${members.length}) `, docsLink(rule?.url ?? state.findings[members[0]!]!.url, t("docs")));
      const ol = document.createElement("ol");
      for (const i of members) ol.append(findingItem(state.findings[i]!, i));
      box.append(title, ol);
      group.append(box);
    }
    fragment.append(group);
  }
  list.replaceChildren(fragment);
  itemCache = nextItemCache;
}

function show(findings: PageFinding[], pieces: readonly Piece[], text: string): void {
  state.findings = findings;
  state.pieces = pieces;
  state.lintedText = text;
  state.active = -1;
  detail.hidden = true;
  renderSummary();
  renderList();
  // Marks for an older text stay hidden until the result for the textarea's text comes. They are
  // drawn in a task of their own, so a keystroke can come between the list and the marks.
  const shown = ++state.shown;
  setTimeout(() => {
    if (shown !== state.shown || input.value !== text) return;
    renderBackdrop();
    if (state.timer === undefined && !state.busy) document.body.dataset.state = "done";
  }, 0);
}

/** Selects finding `index`: marks it in the list, shows it above the text; with `select`, selects its words. */
function activate(index: number, select: boolean): void {
  const f = state.findings[index];
  if (f === undefined) return;
  state.active = index;
  for (const item of list.querySelectorAll("li.active")) item.classList.remove("active");
  const item = list.querySelector<HTMLLIElement>(`li[data-index="${index}"]`);
  item?.classList.add("active");
  detail.hidden = false;
  detail.replaceChildren();
  const label = document.createElement("strong");
  label.textContent = `${t("selected")}：`;
  const copy = item ? (item.cloneNode(true) as HTMLElement) : document.createElement("span");
  copy.removeAttribute("data-testid");
  detail.append(label, copy, " ", docsLink(f.url, t("docs")));
  detail.dataset.rule = f.ruleId;
  if (select) {
    input.focus({ preventScroll: true });
    input.setSelectionRange(f.span[0], f.span[1]);
    const line = shownLines[f.line - 1]?.node;
    if (line !== undefined) input.scrollTop = Math.max(0, line.offsetTop - input.clientHeight / 3);
    backdrop.scrollTop = input.scrollTop;
  } else {
    item?.scrollIntoView({ block: "nearest" });
  }
}

list.addEventListener("click", (event) => {
  const item = (event.target as HTMLElement).closest<HTMLElement>("li[data-index]");
  if (item === null || (event.target as HTMLElement).closest("a") !== null) return;
  activate(Number(item.dataset.index), true);
});
list.addEventListener("keydown", (event) => {
  const item = (event.target as HTMLElement).closest<HTMLElement>("li[data-index]");
  if (item !== null && (event.key === "Enter" || event.key === " ")) {
    event.preventDefault();
    activate(Number(item.dataset.index), true);
  }
});

// A click in the text on a marked word shows its finding (the textarea lies over the marks). The
// caret is read after the click: a click inside a selection collapses it only once the click is over.
function showFindingAtCaret(): void {
  if (input.value !== state.lintedText || input.selectionStart !== input.selectionEnd) return;
  const at = input.selectionStart;
  const covering = state.findings
    .map((f, i) => ({ f, i }))
    .filter(({ f }) => (f.span[0] <= at && at < f.span[1]) || (f.span[0] === f.span[1] && f.span[0] === at))
    .sort((a, b) => RANK[b.f.severity] - RANK[a.f.severity] || a.i - b.i);
  if (covering.length > 0) activate(covering[0]!.i, false);
}
input.addEventListener("click", () => setTimeout(showFindingAtCaret, 0));

input.addEventListener("scroll", () => {
  backdrop.scrollTop = input.scrollTop;
});

input.addEventListener("input", () => {
  // The marks no longer fit the text: hidden (not removed: see renderBackdrop) until the new result comes.
  backdrop.classList.add("stale");
  document.body.dataset.state = "editing";
  clearTimeout(state.timer);
  state.timer = setTimeout(lintNow, DEBOUNCE_MS);
});

// ---- files ---------------------------------------------------------------------------------

async function openFile(file: File): Promise<void> {
  document.body.dataset.state = "reading";
  const bytes = new Uint8Array(await file.arrayBuffer());
  state.sourceName = file.name;
  clearTimeout(state.timer);
  state.timer = undefined;
  next("read", { bytes, name: file.name });
}

fileInput.addEventListener("change", () => {
  const file = fileInput.files?.[0];
  if (file !== undefined) void openFile(file);
  fileInput.value = "";
});

for (const target of [input, $("editor")]) {
  target.addEventListener("dragover", (event) => {
    if (event.dataTransfer?.types.includes("Files")) {
      event.preventDefault();
      document.body.classList.add("dragging");
    }
  });
  target.addEventListener("dragleave", () => document.body.classList.remove("dragging"));
  target.addEventListener("drop", (event) => {
    const file = event.dataTransfer?.files[0];
    document.body.classList.remove("dragging");
    if (file === undefined) return;
    event.preventDefault();
    void openFile(file);
  });
}

// ---- fixes, copy, download -----------------------------------------------------------------

function downloadText(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

$("apply-fixes").addEventListener("click", () => {
  if (input.value.trim() === "") return;
  clearTimeout(state.timer);
  state.timer = undefined;
  next("fix", { text: input.value, markdown: state.markdown });
});

$("copy").addEventListener("click", () => {
  const done = () => (status.textContent = t("copied"));
  navigator.clipboard.writeText(input.value).then(done, () => {
    // Pages opened from disk may have no clipboard API: copy the selected textarea instead.
    input.select();
    if (document.execCommand("copy")) done();
  });
});

$("download").addEventListener("click", () => {
  const base = state.sourceName.replace(/\.[^.]*$/, "") || "report";
  // Always text (UTF-8): a .docx is never rewritten, and Markdown is text too.
  downloadText(`${base}.txt`, input.value, "text/plain;charset=utf-8");
});

// ---- settings ------------------------------------------------------------------------------

function levelName(level: string): string {
  return level === "off" ? t("off") : level === "warn" || level === "warning" ? t("warn") : t(level as "error" | "info");
}

function renderSettings(): void {
  yearInput.value = state.stored.reportYear === undefined ? "" : String(state.stored.reportYear);
  todayInput.value = state.today;
  profileSelect.replaceChildren(new Option(t("profileAuto"), ""), ...state.profiles.map((p) => new Option(`${p.name[state.stored.locale]} (${p.id})`, p.id)));
  profileSelect.value = state.stored.profile ?? "";
  const rows = state.rules.map((rule) => {
    const row = document.createElement("tr");
    row.dataset.rule = rule.id;
    const name = document.createElement("td");
    const code = document.createElement("code");
    code.textContent = rule.id;
    name.append(code, " ", docsLink(rule.url, t("docs")));
    const description = document.createElement("td");
    description.textContent = rule.description[state.stored.locale];
    const cell = document.createElement("td");
    const select = document.createElement("select");
    select.dataset.rule = rule.id;
    select.setAttribute("aria-label", rule.id);
    select.append(new Option(t("levelDefault", { level: levelName(rule.defaultLevel) }), ""), ...(["off", "warn", "error"] as const).map((level) => new Option(levelName(level), level)));
    select.value = state.stored.rules[rule.id] ?? "";
    cell.append(select);
    row.append(name, description, cell);
    return row;
  });
  rulesTable.replaceChildren(...rows);
  save();
}

function settingsChanged(): void {
  save();
  lintNow();
}

yearInput.addEventListener("change", () => {
  const year = Number(yearInput.value);
  if (yearInput.value === "" || !Number.isInteger(year) || year < 1990 || year > 2100) delete state.stored.reportYear;
  else state.stored.reportYear = year;
  settingsChanged();
});
profileSelect.addEventListener("change", () => {
  if (profileSelect.value === "") delete state.stored.profile;
  else state.stored.profile = profileSelect.value;
  settingsChanged();
});
todayInput.addEventListener("change", () => {
  if (/^\d{4}-\d{2}-\d{2}$/.test(todayInput.value)) state.today = todayInput.value;
  lintNow();
});
rulesTable.addEventListener("change", (event) => {
  const select = event.target as HTMLSelectElement;
  const id = select.dataset.rule;
  if (id === undefined) return;
  if (select.value === "") delete state.stored.rules[id];
  else state.stored.rules[id] = select.value as Level;
  settingsChanged();
});
$("export-config").addEventListener("click", () => {
  downloadText("reportlint.config.json", `${JSON.stringify(toConfig(settings()), null, 2)}\n`, "application/json");
});
$("reset-settings").addEventListener("click", () => {
  state.stored = { rules: {}, locale: state.stored.locale };
  renderSettings();
  lintNow();
});

// ---- words ---------------------------------------------------------------------------------

function renderWords(): void {
  document.documentElement.lang = state.stored.locale === "zh" ? "zh-CN" : "en";
  for (const element of document.querySelectorAll<HTMLElement>("[data-word]")) element.textContent = t(element.dataset.word as WordId);
  input.placeholder = t("placeholder");
  document.title = t("title");
}

$("locale-switch").addEventListener("click", () => {
  state.stored.locale = state.stored.locale === "zh" ? "en" : "zh";
  save();
  renderWords();
  if (state.rules.length > 0) renderSettings();
  renderSummary();
  // The messages come in the new language with the next lint.
  lintNow();
});

renderWords();
renderSummary();
save();
