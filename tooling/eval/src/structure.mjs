// @ts-check
// Loads a structure.json annotation file (the structure and time facts of real texts, written by
// hand from reading them), finds every quote in its text (exact UTF-16 offsets, computed here at
// load time), reads heading and enumeration numbers and dates, and fails loudly when a quote is
// missing or ambiguous or a fact does not hold (a run that is not numbered 1..n without an
// annotated real defect, a date that does not exist, a plan year that is not Y+1…).
// The schema is described in ../README.md#structurejson.
import { existsSync, readFileSync } from "node:fs";
import { fixturePath, readFixture } from "@reportlint/fixtures";
import { formatChinese, parseChinese } from "./numbers.mjs";

/** The nine structure and time rules (rule ids are a contract). */
export const STRUCTURE_RULES = [
  "required-sections",
  "heading-sequence",
  "heading-style",
  "enumeration-sequence",
  "report-title",
  "duplicate-text",
  "report-year",
  "stale-year",
  "invalid-date",
];

/** @typedef {[number, number]} Span */

/**
 * A heading marker read from the start of a heading quote.
 * @typedef {object} Marker
 * @property {string} style cn-dun 一、 | cn-full （一） | cn-half (一) | ar-dot 1. | ar-fdot 1． | ar-dun 1、 | ar-full （1） | ar-half (1)
 * @property {number} rank 1 一、, 2 （一）, 3 1., 4 （1）
 * @property {number} n
 * @property {Span} numSpan the numeral
 * @property {Span} markerSpan the whole marker (brackets, numeral, 、 or .)
 */

/**
 * @typedef {object} HeadingItem
 * @property {string} quote
 * @property {Span} span the quote
 * @property {Span} line the whole line of the heading (without its line break)
 * @property {number} level
 * @property {Marker | null} marker null when the marker is broken (a known defect)
 */

/**
 * @typedef {object} HeadingRun sibling headings under one parent, in text order
 * @property {number} level
 * @property {HeadingItem[]} items
 * @property {boolean} numbered every marker is readable and the numbers run 1..n
 * @property {boolean} uniform every marker has the same style
 */

/**
 * @typedef {object} EnumItem
 * @property {string} quote
 * @property {Span} span
 * @property {number} n
 * @property {Span} numSpan
 * @property {"shi" | "di"} form 一是 | 第一
 */

/**
 * @typedef {object} Part
 * @property {HeadingItem | null} heading
 * @property {HeadingItem[]} implicit part 1 made of topical sections
 * @property {Span[]} extents where the part's text is (heading line to the next heading of the same or a higher level)
 */

/**
 * @typedef {object} YearMention
 * @property {string} quote
 * @property {Span} span
 * @property {Span} yearSpan the digits of the year
 * @property {number} year
 */

/**
 * @typedef {object} FullDate
 * @property {string} quote
 * @property {Span} span the date as printed
 * @property {"cn" | "iso"} form 2025年3月25日 | 2025-03-25
 * @property {number} y
 * @property {number} m
 * @property {number} d
 * @property {Span} ySpan
 * @property {Span} mSpan
 * @property {Span} dSpan
 * @property {Span | null} yearSuffix the 年 after the year (cn form)
 * @property {boolean} metadata the date is part of the page's metadata (发布时间, 成文日期…), annotated { "metadata": true }
 */

/**
 * @typedef {object} YearRange
 * @property {string} quote
 * @property {Span} span
 * @property {Span} dashSpan
 * @property {number} from
 * @property {number} to
 */

/**
 * @typedef {object} KnownDefect
 * @property {string} rule
 * @property {Span | null} span null: reported anywhere in the file (document-level)
 * @property {string} why
 */

/**
 * @typedef {object} StructureFile
 * @property {string} set
 * @property {string} file
 * @property {string} text
 * @property {"fazhi" | "xxgk" | "fuyi" | "other"} kind
 * @property {boolean} complete
 * @property {number | null} reportYear
 * @property {{ date: string, y: number, span: Span } | null} published
 * @property {Span[]} titleLines
 * @property {YearMention[]} titleYears
 * @property {number} bodyEnd where page chrome after the body starts (or the end of the text)
 * @property {HeadingRun[]} runs
 * @property {HeadingItem[]} headings every heading item, in text order
 * @property {{ measures: Part | null, shortcomings: Part | null, leader: Part | null, plan: Part | null }} parts
 * @property {{ span: Span, remove: Span }[]} causeEdits cause words to remove from headings of the 不足 part
 * @property {Span[]} causes sentences or paragraphs that give causes
 * @property {YearMention[]} planYears
 * @property {EnumItem[][]} enumerations
 * @property {YearMention[]} yearOpeners
 * @property {(YearMention & { mSpan: Span, month: number })[]} dated
 * @property {Span[]} relative
 * @property {FullDate[]} dates
 * @property {YearRange[]} ranges
 * @property {KnownDefect[]} known
 */

const KINDS = new Set(["fazhi", "xxgk", "fuyi", "other"]);
const PART_NAMES = /** @type {const} */ (["measures", "shortcomings", "leader", "plan"]);

/** Every occurrence of needle in hay. */
function occurrences(/** @type {string} */ hay, /** @type {string} */ needle) {
  const out = [];
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) out.push(i);
  return out;
}

/**
 * Finds a quote (a string, or { quote, nth }) exactly once, or the nth occurrence when nth is given.
 * @param {string} text @param {any} q @param {string} role
 * @returns {{ quote: string, span: Span }}
 */
export function locate(text, q, role) {
  const quote = typeof q === "string" ? q : q?.quote;
  if (typeof quote !== "string" || !quote) throw new Error(`${role}: missing quote`);
  const hits = occurrences(text, quote);
  if (!hits.length) throw new Error(`${role}: quote not found: 「${quote}」`);
  const nth = typeof q === "object" ? q.nth : undefined;
  if (hits.length > 1 && nth === undefined) throw new Error(`${role}: 「${quote}」 occurs ${hits.length} times; give nth`);
  const at = hits[(nth ?? 1) - 1];
  if (at === undefined) throw new Error(`${role}: nth ${nth} out of range for 「${quote}」`);
  return { quote, span: [at, at + quote.length] };
}

/** The line around an offset, without its line break. @returns {Span} */
export function lineOf(/** @type {string} */ text, /** @type {number} */ at) {
  const start = text.lastIndexOf("\n", at - 1) + 1;
  const nl = text.indexOf("\n", at);
  return [start, nl < 0 ? text.length : nl];
}

const CN_NUM = "[一二三四五六七八九十]+";
/** Marker patterns, in the order they are tried. */
const MARKERS = [
  { style: "cn-dun", rank: 1, re: new RegExp(`^(${CN_NUM})、`, "u"), pre: 0 },
  { style: "cn-full", rank: 2, re: new RegExp(`^（(${CN_NUM})）`, "u"), pre: 1 },
  { style: "cn-half", rank: 2, re: new RegExp(`^\\((${CN_NUM})\\)`, "u"), pre: 1 },
  { style: "ar-full", rank: 4, re: /^（(\d+)）/u, pre: 1 },
  { style: "ar-half", rank: 4, re: /^\((\d+)\)/u, pre: 1 },
  { style: "ar-dot", rank: 3, re: /^(\d+)\.(?!\d)/u, pre: 0 },
  { style: "ar-fdot", rank: 3, re: /^(\d+)．/u, pre: 0 },
  { style: "ar-dun", rank: 3, re: /^(\d+)、/u, pre: 0 },
];

/** Writes a marker of a style with a number. @param {string} style @param {number} n */
export function markerText(style, n) {
  const cn = formatChinese(n);
  switch (style) {
    case "cn-dun":
      return `${cn}、`;
    case "cn-full":
      return `（${cn}）`;
    case "cn-half":
      return `(${cn})`;
    case "ar-full":
      return `（${n}）`;
    case "ar-half":
      return `(${n})`;
    case "ar-dot":
      return `${n}.`;
    case "ar-fdot":
      return `${n}．`;
    default:
      return `${n}、`;
  }
}

/** The numeral of a style with a number (what a renumbering edit writes). */
export function numeralText(/** @type {string} */ style, /** @type {number} */ n) {
  return style.startsWith("cn") ? formatChinese(n) : String(n);
}

/**
 * Reads the marker at the start of a heading string; offsets relative to `base`.
 * @param {string} s @param {number} base
 * @returns {Marker | null}
 */
export function readMarker(s, base = 0) {
  for (const m of MARKERS) {
    const hit = m.re.exec(s);
    if (!hit) continue;
    const num = /** @type {string} */ (hit[1]);
    const n = m.style.startsWith("cn") ? parseChinese(num) : Number(num);
    if (n === null || !Number.isInteger(n) || n < 1) return null;
    return {
      style: m.style,
      rank: m.rank,
      n,
      numSpan: [base + m.pre, base + m.pre + num.length],
      markerSpan: [base, base + hit[0].length],
    };
  }
  return null;
}

/**
 * Reads an enumeration item (一是… or 第一…) at the start of a quote.
 * @param {string} s @param {number} base
 * @returns {{ n: number, numSpan: Span, form: "shi" | "di" } | null}
 */
export function readEnumItem(s, base = 0) {
  const shi = /^([一二三四五六七八九十]+)是/u.exec(s);
  if (shi) {
    const n = parseChinese(/** @type {string} */ (shi[1]));
    return n ? { n, numSpan: [base, base + /** @type {string} */ (shi[1]).length], form: "shi" } : null;
  }
  const di = /^第([一二三四五六七八九十]+)/u.exec(s);
  if (di) {
    const n = parseChinese(/** @type {string} */ (di[1]));
    return n ? { n, numSpan: [base + 1, base + 1 + /** @type {string} */ (di[1]).length], form: "di" } : null;
  }
  return null;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** Whether y-m-d is a real calendar date. */
export function isRealDate(/** @type {number} */ y, /** @type {number} */ m, /** @type {number} */ d) {
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const max = m === 2 && leap ? 29 : /** @type {number} */ (DAYS_IN_MONTH[m - 1]);
  return d <= max;
}

/** Day of the week (0 = Sunday) of a real date, by Zeller's congruence (no Date, no clock). */
export function weekday(/** @type {number} */ y, /** @type {number} */ m, /** @type {number} */ d) {
  const mm = m < 3 ? m + 12 : m;
  const yy = m < 3 ? y - 1 : y;
  const k = yy % 100;
  const j = Math.floor(yy / 100);
  const h = (d + Math.floor((13 * (mm + 1)) / 5) + k + Math.floor(k / 4) + Math.floor(j / 4) + 5 * j) % 7; // 0 = Saturday
  return (h + 6) % 7;
}

/**
 * Reads a full date at the start of a string (2025年3月25日, 2025-03-25).
 * @param {string} s @param {number} base
 * @returns {Omit<FullDate, "quote" | "span" | "metadata"> & { length: number } | null}
 */
export function readFullDate(s, base = 0) {
  const cn = /^(\d{4})(年)(\d{1,2})月(\d{1,2})日/u.exec(s);
  if (cn) {
    const [y, m, d] = /** @type {[string, string, string]} */ ([cn[1], cn[3], cn[4]]);
    const yl = y.length;
    return {
      form: "cn",
      y: Number(y),
      m: Number(m),
      d: Number(d),
      ySpan: [base, base + yl],
      yearSuffix: [base + yl, base + yl + 1],
      mSpan: [base + yl + 1, base + yl + 1 + m.length],
      dSpan: [base + yl + 2 + m.length, base + yl + 2 + m.length + d.length],
      length: cn[0].length,
    };
  }
  const iso = /^(\d{4})-(\d{2})-(\d{2})/u.exec(s);
  if (iso) {
    const [y, m, d] = /** @type {[string, string, string]} */ ([iso[1], iso[2], iso[3]]);
    return {
      form: "iso",
      y: Number(y),
      m: Number(m),
      d: Number(d),
      ySpan: [base, base + 4],
      yearSuffix: null,
      mSpan: [base + 5, base + 7],
      dSpan: [base + 8, base + 10],
      length: 10,
    };
  }
  return null;
}

/**
 * Loads and checks one set's structure.json; a set without one has no structure annotations.
 * @param {string} set
 * @returns {{ files: StructureFile[], missing: boolean }}
 */
export function loadStructure(set) {
  const path = fixturePath(/** @type {any} */ (set), "structure.json");
  if (!existsSync(path)) return { files: [], missing: true };
  return { files: parseStructure(set, JSON.parse(readFileSync(path, "utf8")), (f) => readFixture(/** @type {any} */ (set), f)), missing: false };
}

/**
 * Resolves an annotation object against its texts; throws with every problem found.
 * @param {string} set @param {any} json @param {(file: string) => string} read
 * @returns {StructureFile[]}
 */
export function parseStructure(set, json, read) {
  /** @type {string[]} */
  const errors = [];
  /** @type {StructureFile[]} */
  const out = [];
  for (const [file, a] of Object.entries(json.files ?? {})) {
    let text;
    try {
      text = read(file);
    } catch {
      errors.push(`${set}/${file}: no such text`);
      continue;
    }
    /** @type {string[]} */
    const problems = [];
    const resolved = resolveFile(set, file, text, a, problems);
    for (const p of problems) errors.push(`${set}/${file}: ${p}`);
    if (resolved && !problems.length) out.push(resolved);
  }
  if (errors.length) throw new Error(`structure.json of "${set}" has ${errors.length} problem(s):\n  ${errors.join("\n  ")}`);
  return out;
}

const within = (/** @type {Span} */ inner, /** @type {Span[]} */ outers) => outers.some((o) => inner[0] >= o[0] && inner[1] <= o[1]);
const overlaps = (/** @type {Span} */ a, /** @type {Span} */ b) => a[0] < b[1] && b[0] < a[1];

/**
 * @param {string} set @param {string} file @param {string} text @param {any} a @param {string[]} problems
 * @returns {StructureFile | null}
 */
function resolveFile(set, file, text, a, problems) {
  /** Runs f, recording its error as a problem. @template T @param {string} role @param {() => T} f @returns {T | null} */
  const attempt = (role, f) => {
    try {
      return f();
    } catch (error) {
      problems.push(`${role}: ${/** @type {Error} */ (error).message}`);
      return null;
    }
  };
  if (!KINDS.has(a.kind)) problems.push(`unknown kind "${a.kind}"`);
  if (typeof a.complete !== "boolean") problems.push(`"complete" must be true or false`);
  const reportYear = a.reportYear ?? null;
  if (reportYear !== null && !Number.isInteger(reportYear)) problems.push(`reportYear must be a year or null`);
  const list = (/** @type {string} */ key) => {
    const v = a[key] ?? [];
    if (!Array.isArray(v)) problems.push(`"${key}" must be a list`);
    return Array.isArray(v) ? v : [];
  };

  // Known real defects first: runs that are not numbered 1..n must carry one.
  /** @type {KnownDefect[]} */
  const known = [];
  for (const [i, k] of list("known").entries()) {
    if (!STRUCTURE_RULES.includes(k.rule)) problems.push(`known[${i}]: "${k.rule}" is not one of the structure/time rules`);
    if (!k.why) problems.push(`known[${i}]: give "why"`);
    if (k.anywhere) known.push({ rule: k.rule, span: null, why: k.why ?? "" });
    else {
      const at = attempt(`known[${i}]`, () => locate(text, k, "quote"));
      if (at) known.push({ rule: k.rule, span: at.span, why: k.why ?? "" });
    }
  }
  const knownIn = (/** @type {string} */ rule, /** @type {Span[]} */ spans) =>
    known.some((k) => k.rule === rule && k.span && spans.some((s) => overlaps(/** @type {Span} */ (k.span), s)));

  let published = null;
  if (a.published) {
    const at = attempt("published", () => locate(text, a.published, "quote"));
    const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(a.published.date ?? "");
    const shown = at && /(\d{4})\s*[-年]\s*(\d{1,2})\s*[-月]\s*(\d{1,2})/u.exec(at.quote);
    if (!m) problems.push(`published.date must be YYYY-MM-DD`);
    else if (at && (!shown || [1, 2, 3].some((i) => Number(shown[i]) !== Number(m[i])))) problems.push(`published: the quote does not show ${a.published.date}`);
    if (m && at) published = { date: a.published.date, y: Number(m[1]), span: at.span };
  }

  /** @type {Span[]} */
  const titleLines = [];
  /** @type {YearMention[]} */
  const titleYears = [];
  for (const [i, q] of list("titleLines").entries()) {
    const at = attempt(`titleLines[${i}]`, () => locate(text, q, "quote"));
    if (!at) continue;
    const line = lineOf(text, at.span[0]);
    if (text.slice(...line).trim() !== at.quote) problems.push(`titleLines[${i}]: 「${at.quote}」 is not a whole line`);
    titleLines.push(at.span);
    const y = /(\d{4})\s*年/u.exec(at.quote);
    if (y) {
      const s = at.span[0] + y.index;
      titleYears.push({ quote: y[0], span: [s, s + y[0].length], yearSpan: [s, s + 4], year: Number(y[1]) });
      if (reportYear !== null && Number(y[1]) !== reportYear) problems.push(`titleLines[${i}]: title year ${y[1]} is not the report year ${reportYear}`);
    }
  }

  let bodyEnd = text.length;
  if (a.bodyEnd) {
    const at = attempt("bodyEnd", () => locate(text, a.bodyEnd, "quote"));
    if (at) bodyEnd = lineOf(text, at.span[0])[0];
  }

  /** @type {HeadingRun[]} */
  const runs = [];
  for (const [r, run] of list("headings").entries()) {
    const level = run.level;
    if (!Number.isInteger(level) || level < 1) problems.push(`headings[${r}]: level must be 1, 2, …`);
    /** @type {HeadingItem[]} */
    const items = [];
    for (const [i, q] of (run.items ?? []).entries()) {
      const at = attempt(`headings[${r}].items[${i}]`, () => locate(text, q, "quote"));
      if (!at) continue;
      const line = lineOf(text, at.span[0]);
      if (text.slice(line[0], at.span[0]).trim() !== "") problems.push(`headings[${r}].items[${i}]: 「${at.quote}」 does not start its line`);
      if (items.length && /** @type {HeadingItem} */ (items.at(-1)).span[0] >= at.span[0]) problems.push(`headings[${r}].items[${i}]: not in text order`);
      items.push({ quote: at.quote, span: at.span, line, level, marker: readMarker(at.quote, at.span[0]) });
    }
    const numbered = items.every((x, i) => x.marker !== null && x.marker.n === i + 1);
    const uniform = items.every((x) => x.marker !== null && x.marker.style === items[0]?.marker?.style);
    const lines = items.map((x) => x.line);
    if (!numbered && !knownIn("heading-sequence", lines)) {
      problems.push(`headings[${r}]: not numbered 1..${items.length} (${items.map((x) => x.marker?.n ?? "?").join(" ")}) and no known heading-sequence defect in it`);
    }
    if (!uniform && numbered && !knownIn("heading-style", lines)) problems.push(`headings[${r}]: mixed marker styles and no known heading-style defect in it`);
    runs.push({ level, items, numbered, uniform });
  }
  const headings = runs.flatMap((r) => r.items).sort((x, y) => x.span[0] - y.span[0]);
  /** The extent of a heading: its line to the next heading of the same or a higher level. @returns {Span} */
  const extentOf = (/** @type {HeadingItem} */ h) => {
    const next = headings.find((x) => x.span[0] > h.span[0] && x.level <= h.level);
    return [h.line[0], next ? next.line[0] : bodyEnd];
  };
  const headingAt = (/** @type {string} */ quote, /** @type {string} */ role) => {
    const h = headings.find((x) => x.quote === quote);
    if (!h) throw new Error(`${role}: 「${quote}」 is not an annotated heading`);
    return h;
  };

  const parts = /** @type {StructureFile["parts"]} */ ({ measures: null, shortcomings: null, leader: null, plan: null });
  const pa = a.parts ?? {};
  for (const name of PART_NAMES) {
    const p = pa[name];
    if (!p) continue;
    attempt(`parts.${name}`, () => {
      if (p.implicit) {
        const implicit = p.implicit.map((/** @type {string} */ q) => headingAt(q, "implicit"));
        parts[name] = { heading: null, implicit, extents: implicit.map(extentOf) };
      } else {
        const heading = headingAt(p.heading, "heading");
        parts[name] = { heading, implicit: [], extents: [extentOf(heading)] };
      }
    });
  }
  const extents = (/** @type {keyof StructureFile["parts"]} */ name) => parts[name]?.extents ?? [];

  /** @type {StructureFile["causeEdits"]} */
  const causeEdits = [];
  /** @type {Span[]} */
  const causes = [];
  const sp = pa.shortcomings ?? {};
  for (const [i, c] of (sp.causeEdits ?? []).entries()) {
    attempt(`parts.shortcomings.causeEdits[${i}]`, () => {
      const at = locate(text, c, "quote");
      const j = at.quote.indexOf(c.remove);
      if (!c.remove || j < 0 || at.quote.indexOf(c.remove, j + 1) >= 0) throw new Error(`"remove" must occur once in the quote`);
      if (!headings.some((h) => overlaps(h.line, at.span))) throw new Error(`「${at.quote}」 is not in a heading`);
      causeEdits.push({ span: at.span, remove: [at.span[0] + j, at.span[0] + j + c.remove.length] });
    });
  }
  for (const [i, c] of (sp.causes ?? []).entries()) {
    attempt(`parts.shortcomings.causes[${i}]`, () => {
      const at = locate(text, c, "quote");
      if (!within(at.span, extents("shortcomings"))) throw new Error(`「${at.quote.slice(0, 20)}…」 is not in the 不足 part`);
      causes.push(at.span);
    });
  }

  /** A year mention that starts its quote. @param {any} q @param {string} role @returns {YearMention} */
  const yearAtStart = (q, role) => {
    const at = locate(text, q, role);
    const rest = at.quote.replace(/^[一二三四五六七八九十]+、/u, "");
    const off = at.quote.length - rest.length;
    const y = /^(\d{4})\s*年/u.exec(rest);
    if (!y) throw new Error(`${role}: 「${at.quote}」 does not start with a year`);
    const s = at.span[0] + off;
    return { quote: at.quote, span: at.span, yearSpan: [s, s + 4], year: Number(y[1]) };
  };

  /** @type {YearMention[]} */
  const planYears = [];
  for (const [i, q] of (pa.plan?.years ?? []).entries()) {
    const m = attempt(`parts.plan.years[${i}]`, () => yearAtStart(q, "quote"));
    if (!m) continue;
    if (reportYear !== null && m.year !== reportYear + 1) problems.push(`parts.plan.years[${i}]: ${m.year} is not Y+1 = ${reportYear + 1}`);
    if (!within(m.span, extents("plan"))) problems.push(`parts.plan.years[${i}]: not in the plan part`);
    planYears.push(m);
  }

  /** @type {EnumItem[][]} */
  const enumerations = [];
  for (const [r, run] of list("enumerations").entries()) {
    /** @type {EnumItem[]} */
    const items = [];
    for (const [i, q] of run.entries()) {
      const at = attempt(`enumerations[${r}][${i}]`, () => locate(text, q, "quote"));
      if (!at) continue;
      const e = readEnumItem(at.quote, at.span[0]);
      if (!e) {
        problems.push(`enumerations[${r}][${i}]: 「${at.quote}」 does not start with 一是… or 第一…`);
        continue;
      }
      if (items.length && /** @type {EnumItem} */ (items.at(-1)).span[0] >= at.span[0]) problems.push(`enumerations[${r}][${i}]: not in text order`);
      items.push({ quote: at.quote, span: at.span, ...e });
    }
    if (!items.every((x, i) => x.n === i + 1) && !knownIn("enumeration-sequence", items.map((x) => x.span))) {
      problems.push(`enumerations[${r}]: not numbered 1..${items.length} and no known enumeration-sequence defect in it`);
    }
    enumerations.push(items);
  }

  const measures = extents("measures");
  /** @type {YearMention[]} */
  const yearOpeners = [];
  for (const [i, q] of list("yearOpeners").entries()) {
    const m = attempt(`yearOpeners[${i}]`, () => yearAtStart(q, "quote"));
    if (!m) continue;
    if (m.year !== reportYear) problems.push(`yearOpeners[${i}]: ${m.year} is not the report year ${reportYear}`);
    if (!within(m.span, measures)) problems.push(`yearOpeners[${i}]: not in the measures part`);
    yearOpeners.push(m);
  }
  /** @type {StructureFile["dated"]} */
  const dated = [];
  for (const [i, q] of list("dated").entries()) {
    const m = attempt(`dated[${i}]`, () => yearAtStart(q, "quote"));
    if (!m) continue;
    const mo = /^\d{4}年(\d{1,2})月/u.exec(text.slice(m.yearSpan[0]));
    if (!mo) problems.push(`dated[${i}]: 「${m.quote}」 has no month after the year`);
    else {
      if (m.year !== reportYear) problems.push(`dated[${i}]: ${m.year} is not the report year ${reportYear}`);
      if (!within(m.span, measures)) problems.push(`dated[${i}]: not in the measures part`);
      const ms = m.yearSpan[0] + 5;
      dated.push({ ...m, mSpan: [ms, ms + /** @type {string} */ (mo[1]).length], month: Number(mo[1]) });
    }
  }
  /** @type {Span[]} */
  const relative = [];
  for (const [i, q] of list("relative").entries()) {
    const at = attempt(`relative[${i}]`, () => locate(text, q, "quote"));
    if (!at) continue;
    if (!/^(?:今年|本年度|本年)/u.test(at.quote)) problems.push(`relative[${i}]: 「${at.quote}」 does not start with 今年/本年/本年度`);
    relative.push(at.span);
  }
  /** @type {FullDate[]} */
  const dates = [];
  for (const [i, q] of list("dates").entries()) {
    const at = attempt(`dates[${i}]`, () => locate(text, q, "quote"));
    if (!at) continue;
    const d = readFullDate(at.quote, at.span[0]);
    if (!d) problems.push(`dates[${i}]: 「${at.quote}」 does not start with a full date`);
    else if (!isRealDate(d.y, d.m, d.d)) problems.push(`dates[${i}]: ${d.y}-${d.m}-${d.d} does not exist`);
    else dates.push({ ...d, quote: at.quote, span: [at.span[0], at.span[0] + d.length], metadata: typeof q === "object" && q.metadata === true });
  }
  /** @type {YearRange[]} */
  const ranges = [];
  for (const [i, q] of list("ranges").entries()) {
    const at = attempt(`ranges[${i}]`, () => locate(text, q, "quote"));
    if (!at) continue;
    const r = /^(\d{4})([-—–－~])(\d{4})\s*年/u.exec(at.quote);
    if (!r) problems.push(`ranges[${i}]: 「${at.quote}」 is not a year range like 2021—2025年`);
    else if (Number(r[1]) >= Number(r[3])) problems.push(`ranges[${i}]: the range runs backwards`);
    else ranges.push({ quote: at.quote, span: at.span, dashSpan: [at.span[0] + 4, at.span[0] + 5], from: Number(r[1]), to: Number(r[3]) });
  }

  return {
    set,
    file,
    text,
    kind: a.kind,
    complete: a.complete,
    reportYear,
    published,
    titleLines,
    titleYears,
    bodyEnd,
    runs,
    headings,
    parts,
    causeEdits,
    causes,
    planYears,
    enumerations,
    yearOpeners,
    dated,
    relative,
    dates,
    ranges,
    known,
  };
}

export { markerText as writeMarker, overlaps, within };
