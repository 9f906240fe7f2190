/**
 * official-names: misquoted names of laws, regulations, plans, meetings, bodies and thoughts, judged
 * against the catalog in report-model (lexicon/official-names.ts). Docs: docs/rules/official-names.md
 */
import {
  BoundedSet,
  OFFICIAL_NAMES,
  OFFICIAL_NAME_PREFIXES,
  OFFICIAL_TITLE_TYPE_WORDS,
  PLAN_CITING_WORDS,
  PLAN_CURRENT_VERBS,
  PLENUM_COUNTS,
  type MessageData,
  type OfficialName,
  type Span,
} from "@reportlint/report-model";
import { firstIndexNotBefore, foldTraditional } from "@reportlint/parser";
import { createRule } from "../rule.js";
import { boundedEditDistance } from "../util/edit-distance.js";
import { isRegExpSpace } from "../util/typography.js";

/** A correct written form of a catalog name (the name, a short form, a plan without its period). */
interface Form {
  readonly form: string;
  readonly entry: OfficialName;
}

const TITLE_KINDS = new Set(["law", "administrative-regulation", "party-regulation", "document", "plan"]);
const PERIOD = /^(.+)（(\d{4})—(\d{4})年?）$/u;
/** The dashes and tildes a period's years are joined by: - — – － ‐ ‑ ― ~ ～. */
const DASHES = new Set([..."-—–－‐‑―~～"].map((c) => c.charCodeAt(0)));
/** Left out of a title as compared: white space (`\s`) and U+200B. */
const isSpace = (c: number) => isRegExpSpace(c) || c === 0x200b;
/** Titles this short or shorter are too generic for a near-miss (《条例》, 《劳动法》). */
const MIN_NEAR_MISS = 5;

const stripPrefix = (name: string): string | undefined => {
  const prefix = OFFICIAL_NAME_PREFIXES.find((p) => name.startsWith(p) && name.length - p.length >= 3);
  return prefix === undefined ? undefined : name.slice(prefix.length);
};

function formsOf(entry: OfficialName): string[] {
  const names = [entry.name];
  if (entry.period) names.push(entry.name.replace(/（\d{4}—\d{4}年）$/u, ""));
  const forms = new Set<string>();
  for (const name of [...names, ...(entry.shortForms ?? [])]) {
    forms.add(name);
    const short = stripPrefix(name);
    if (short) forms.add(short);
  }
  return [...forms];
}

const typeWord = (name: string) => OFFICIAL_TITLE_TYPE_WORDS.find((w) => name.endsWith(w)) ?? "";

let catalog: {
  titles: Map<string, Form>;
  byType: Map<string, Form[]>;
  /** Plan base name → its editions. */
  plans: Map<string, OfficialName[]>;
  plansPattern: RegExp | null;
  /** Wrong form → the canonical name; 法制 variants of 法治 names and the catalog's misquotes. */
  misquotes: Map<string, { canonical: string; fazhi: boolean }>;
  misquotesPattern: RegExp | null;
  /** The misquotes without 法制, for a text without 法制, where no other can match. */
  /** Every misquote by where it holds 法制 or 法治, when each holds one (else null): see findMisquotes. */
  misquoteAnchors: readonly Anchor[] | null;
  /** The last two characters of every plan base name (纲要, 规划 …): a text with none has no plan period. */
  planEnds: readonly string[] | null;
} | null = null;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
const alternation = (words: Iterable<string>) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join("|");

function buildCatalog() {
  if (catalog) return catalog;
  const titles = new Map<string, Form>();
  const byType = new Map<string, Form[]>();
  const plans = new Map<string, OfficialName[]>();
  const misquotes = new Map<string, { canonical: string; fazhi: boolean }>();
  for (const entry of OFFICIAL_NAMES) {
    const forms = formsOf(entry);
    if (TITLE_KINDS.has(entry.kind)) {
      for (const form of forms) {
        titles.set(form, { form, entry });
        const type = typeWord(form);
        byType.set(type, [...(byType.get(type) ?? []), { form, entry }]);
      }
    }
    if (entry.period) {
      const base = entry.name.replace(/（\d{4}—\d{4}年）$/u, "");
      plans.set(base, [...(plans.get(base) ?? []), entry]);
    }
    for (const form of forms) {
      if (form.includes("法治") && form.length >= 6) misquotes.set(form.replaceAll("法治", "法制"), { canonical: form, fazhi: true });
    }
    for (const wrong of entry.misquotes ?? []) misquotes.set(wrong, { canonical: entry.name, fazhi: false });
  }
  const planBases = [...plans.keys()].map((base) => escape(base).replaceAll("法治", "法[治制]"));
  const plansPattern =
    planBases.length === 0
      ? null
      : new RegExp(`(?:${planBases.join("|")})[\\s\\u3000]*[（(][\\s\\u3000]*(\\d{4})[\\s\\u3000]*年?[\\s\\u3000]*[-—–－‐‑―~～]+[\\s\\u3000]*(\\d{4})[\\s\\u3000]*年?[\\s\\u3000]*[）)]`, "gu");
  const misquotesPattern = misquotes.size === 0 ? null : new RegExp(alternation(misquotes.keys()), "gu");
  // Null (no gate) if an end could be written otherwise (法[治制]) by the pattern.
  const ends = [...new Set([...plans.keys()].map((base) => base.slice(-2)))];
  const planEnds = ends.every((end) => end.length === 2 && !/[治制]/u.test(end)) ? ends : null;
  const misquoteAnchors = anchorsOf([...misquotes.keys()]);
  catalog = { titles, byType, plans, plansPattern, misquotes, misquotesPattern, misquoteAnchors, planEnds };
  return catalog;
}

/** A word that holds `anchor` at offset `at`. */
interface AnchoredWord {
  readonly word: string;
  readonly at: number;
}

/** The words holding one anchor (法制 or 法治), by the code unit after it in the word (-1: at its end). */
interface Anchor {
  readonly anchor: string;
  readonly byNext: Map<number, AnchoredWord[]>;
}

const ANCHORS = ["法制", "法治"];

/** The words by each place they hold an anchor; null when a word holds none (then only the regex finds it). */
function anchorsOf(words: readonly string[]): Anchor[] | null {
  if (!words.every((w) => ANCHORS.some((a) => w.includes(a)))) return null;
  const anchors: Anchor[] = [];
  for (const anchor of ANCHORS) {
    const byNext = new Map<number, AnchoredWord[]>();
    for (const word of words) {
      for (let at = word.indexOf(anchor); at >= 0; at = word.indexOf(anchor, at + 1)) {
        const next = at + anchor.length < word.length ? word.charCodeAt(at + anchor.length) : -1;
        const list = byNext.get(next) ?? [];
        list.push({ word, at });
        byNext.set(next, list);
      }
    }
    anchors.push({ anchor, byNext });
  }
  return anchors;
}

/** A misquote found in the text. */
interface WordAt {
  readonly index: number;
  readonly word: string;
}

/**
 * The matches of the misquotes' alternation (longest first) in the text: at each place the text holds
 * 法制 or 法治, the words holding it there are compared, and of the words found the leftmost, then
 * longest, are kept without overlaps, as the regex would match them — without trying the ~45
 * alternatives at every position of the text.
 */
function findMisquotes(text: string, anchors: readonly Anchor[]): WordAt[] {
  const found: WordAt[] = [];
  for (const { anchor, byNext } of anchors) {
    for (let p = text.indexOf(anchor); p >= 0; p = text.indexOf(anchor, p + 1)) {
      const after = p + anchor.length < text.length ? text.charCodeAt(p + anchor.length) : -1;
      addAnchored(text, p, byNext.get(after), found);
      if (after !== -1) addAnchored(text, p, byNext.get(-1), found);
    }
  }
  if (found.length === 0) return found;
  found.sort((a, b) => a.index - b.index || b.word.length - a.word.length);
  const kept: WordAt[] = [];
  let end = 0;
  for (const f of found) {
    if (f.index < end) continue;
    kept.push(f);
    end = f.index + f.word.length;
  }
  return kept;
}

/** The matches of the misquotes' alternation, for a catalog with a misquote that holds neither anchor. */
function regexMatches(text: string, pattern: RegExp | null): WordAt[] {
  const found: WordAt[] = [];
  if (pattern) for (const m of text.matchAll(pattern)) found.push({ index: m.index, word: m[0] });
  return found;
}

/** Adds each of `words` that the text holds with its anchor at `p`. */
function addAnchored(text: string, p: number, words: readonly AnchoredWord[] | undefined, found: WordAt[]): void {
  if (words === undefined) return;
  for (const { word, at } of words) {
    const index = p - at;
    if (index >= 0 && text.startsWith(word, index)) found.push({ index, word });
  }
}

/** Titles as written between 《》 that draw no finding (each one depends on the title's text alone). */
const MAX_QUIET_TITLES = 4096;
const quietTitles = new BoundedSet<string>(MAX_QUIET_TITLES);
function rememberQuiet(title: string): void {
  // A flat copy: a match's substring may be a slice that would keep its whole report alive.
  quietTitles.add(title.split("").join(""));
}

/** The title's text as compared: full-width brackets, one em dash, no spaces; `at[i]` is the offset of char i. */
function normalise(text: string, start: number, end: number): { key: string; at: number[] } {
  let key = "";
  const at: number[] = [];
  // Whether the last quotation mark in the key opens a quotation.
  let open = false;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) continue;
    let c = text[i]!;
    if (c === "(") c = "（";
    else if (c === ")") c = "）";
    else if (c === '"' || c === "「" || c === "」") c = c === "「" || (c === '"' && !open) ? "“" : "”";
    else if (DASHES.has(code)) {
      if (key.endsWith("—")) continue;
      c = "—";
    }
    key += c;
    if (c === "“") open = true;
    else if (c === "”") open = false;
    at.push(i);
  }
  return { key, at };
}

const digits = (s: string) => s.replace(/\D/gu, "");
/** digits() of each catalog form, read once. */
const formDigits = new Map<string, string>();
const digitsOfForm = (form: string) => {
  let d = formDigits.get(form);
  if (d === undefined) {
    d = digits(form);
    formDigits.set(form, d);
  }
  return d;
};

/** The nearest catalog form of the same type within the allowed distance, if exactly one is nearest. */
function nearest(key: string): Form | undefined {
  const { byType } = buildCatalog();
  const candidates = byType.get(typeWord(key)) ?? [];
  let best: Form | undefined;
  let bestDistance = Infinity;
  let tie = false;
  const keyDigits = digits(key);
  for (const candidate of candidates) {
    const max = candidate.form.length >= 20 ? 2 : 1;
    if (Math.abs(candidate.form.length - key.length) > max) continue;
    // A year or number that differs names another edition or document, not a misquote.
    if (digitsOfForm(candidate.form) !== keyDigits) continue;
    const distance = boundedEditDistance(key, candidate.form, max);
    if (distance < 0 || distance > bestDistance) continue;
    if (distance === bestDistance) tie = tie || best?.entry !== candidate.entry;
    else tie = false;
    best = candidate;
    bestDistance = distance;
  }
  return tie ? undefined : best;
}

/** Where two strings differ once their common start and end are set aside. */
function differingMiddle(written: string, canonical: string): { start: number; end: number; replacement: string } {
  let p = 0;
  while (p < written.length && p < canonical.length && written[p] === canonical[p]) p++;
  let s = 0;
  while (s < written.length - p && s < canonical.length - p && written[written.length - 1 - s] === canonical[canonical.length - 1 - s]) s++;
  return { start: p, end: written.length - s, replacement: canonical.slice(p, canonical.length - s) };
}

/** True when `offset` lies in one of `spans` (sorted by start, not overlapping). */
function inSpans(spans: readonly Span[], offset: number): boolean {
  const i = firstIndexNotBefore(spans.length, (k) => spans[k]![0] <= offset) - 1;
  return i >= 0 && offset < spans[i]![1];
}

const CN_DIGITS = "一二三四五六七八九";
const cnNumber = (s: string) => CN_DIGITS.indexOf(s) + 1;
const PLENUM = /(二十[一二三四五六七八九]?|十[一二三四五六七八九]?)届([一二三四五六七八九])中全会/gu;
const MISORDERED_PLENUM = /([一二三四五六七八九])中全会((?:二十|十)[一二三四五六七八九]?届)/gu;
/** Words after which a plan name is cited in running text (贯彻落实, 学习) rather than part of a local title. */
const CITING_WORDS = [...PLAN_CURRENT_VERBS, ...PLAN_CITING_WORDS];

export default createRule({
  id: "official-names",
  meta: {
    type: "problem",
    docs: {
      description: {
        zh: "法律法规、规划纲要、会议、机构和思想的名称应与正式名称一致",
        en: "Names of laws, plans, meetings, bodies and thoughts must match their official form",
      },
      recommended: true,
    },
    defaultSeverity: "error",
    fixable: "suggestion",
    messages: {
      nearMiss: {
        zh: "《{{written}}》与正式名称《{{canonical}}》不符，请核对",
        en: '"{{written}}" does not match the official title "{{canonical}}"; check it',
      },
      fazhi: {
        zh: "「{{written}}」中的「法制」应为「法治」：{{canonical}}",
        en: 'In "{{written}}", 法制 should be 法治: {{canonical}}',
      },
      misquote: {
        zh: "「{{written}}」不是正式名称，应为「{{canonical}}」",
        en: '"{{written}}" is not the official name; expected "{{canonical}}"',
      },
      planRange: {
        zh: "「{{base}}」的期限是{{expected}}，不是{{written}}",
        en: 'The period of "{{base}}" is {{expected}}, not {{written}}',
      },
      plenumOrder: {
        zh: "「{{written}}」语序有误，应为「{{expected}}」",
        en: '"{{written}}" is in the wrong order; expected "{{expected}}"',
      },
      noSuchPlenum: {
        zh: "党的{{session}}届中央委员会只召开过{{count}}次全体会议，「{{written}}」不存在，请核对",
        en: 'The {{session}} Central Committee held only {{count}} plenums; "{{written}}" did not take place',
      },
      replace: { zh: "改为「{{text}}」", en: 'Replace with "{{text}}"' },
      remove: { zh: "删除「{{text}}」", en: 'Remove "{{text}}"' },
    },
  },
  create(context) {
    const { text, document } = context;
    const { titles, plans, plansPattern, misquotes, misquotesPattern, misquoteAnchors, planEnds } = buildCatalog();
    // By push, not map: one array layout for inSpans whether a text has page furniture or not.
    const chromeSpans: Span[] = [];
    for (const c of document.chrome) chromeSpans.push(c.span);
    const inChrome = (offset: number) => inSpans(chromeSpans, offset);
    // In text order, so both lookups bisect.
    const titleSpans: Span[] = [];
    const inTitle = (offset: number) => inSpans(titleSpans, offset);
    /** A warning on `span` whose suggestion writes `replacement` there (or removes it when empty). */
    const warn = (messageId: "nearMiss" | "misquote" | "plenumOrder" | "fazhi", span: Span, data: MessageData, replacement: string) =>
      context.report({
        messageId,
        severity: "warning",
        span,
        data,
        suggestions: [
          replacement === ""
            ? { messageId: "remove", data: { text: text.slice(...span) }, fix: { span, text: "" } }
            : { messageId: "replace", data: { text: replacement }, fix: { span, text: replacement } },
        ],
      });
    /** Each 法制 of `written` (at `offset` of the text unless `at` maps its characters) as 法治. */
    const fazhi = (written: string, canonical: string, at: (i: number) => number) => {
      for (let i = written.indexOf("法制"); i >= 0; i = written.indexOf("法制", i + 2)) {
        warn("fazhi", [at(i), at(i + 1) + 1], { written, canonical }, "法治");
      }
    };

    // 1. Titles in 《》: 法制 for 法治, near-misses of a catalog title.
    for (const m of text.matchAll(/《([^《》〈〉\n]{2,80})》/gu)) {
      const start = m.index + 1;
      const end = start + m[1]!.length;
      if (inChrome(start)) continue;
      titleSpans.push([start, end]);
      const written = m[1]!;
      // Most titles (《政府信息公开条例》) recur from report to report and draw nothing: looked up, not compared again.
      if (quietTitles.has(written)) continue;
      const { key, at } = normalise(text, start, end);
      const base = PERIOD.exec(key)?.[1] ?? key;
      // traditional-chars' business when folding changes it.
      if (titles.has(base) || foldTraditional(base) !== base) {
        rememberQuiet(written);
        continue;
      }
      const asFazhi = base.replaceAll("法制", "法治");
      if (asFazhi !== base && titles.has(asFazhi)) {
        const written = text.slice(start, end);
        fazhi(written, `《${written.replaceAll("法制", "法治")}》`, (i) => start + i);
        continue;
      }
      const near = base.length < MIN_NEAR_MISS ? undefined : nearest(base);
      if (!near) {
        rememberQuiet(written);
        continue;
      }
      const diff = differingMiddle(base, near.form);
      let span: Span;
      let replacement = diff.replacement;
      if (diff.end > diff.start) {
        span = [at[diff.start]!, at[diff.end - 1]! + 1];
      } else if (diff.start > 0) {
        // Something was left out: the suggestion rewrites the character before the gap.
        span = [at[diff.start - 1]!, at[diff.start - 1]! + 1];
        replacement = text.slice(...span) + replacement;
      } else {
        span = [at[0]!, at[0]! + 1];
        replacement += text.slice(...span);
      }
      warn("nearMiss", span, { written: text.slice(start, end), canonical: near.form }, replacement);
    }

    // 2. Plan periods, in titles or running text: 纲要（2020—2025年） for （2021—2025年）.
    // The pattern's names each end in one of planEnds: a text without any (most) is not searched.
    if (plansPattern && (planEnds === null || planEnds.some((end) => text.includes(end)))) {
      for (const m of text.matchAll(plansPattern)) {
        const before = text.slice(Math.max(0, m.index - 4), m.index);
        const previous = before.at(-1) ?? "";
        // 《广东省法治政府建设实施纲要（2016—2020年）》 is a local plan of its own.
        if (/\p{Script=Han}/u.test(previous) && !CITING_WORDS.some((w) => before.endsWith(w))) continue;
        if (inChrome(m.index)) continue;
        const start = Number(m[1]);
        const end = Number(m[2]);
        const base = normalise(m[0], 0, m[0].search(/[\s\u3000]*[（(]/u)).key.replaceAll("法制", "法治");
        const editions = plans.get(base) ?? [];
        if (editions.some((e) => e.period!.start === start && e.period!.end === end)) continue;
        // A period after every known edition may be a new edition.
        if (editions.every((e) => start > e.period!.end)) continue;
        const closest = [...editions].sort(
          (a, b) =>
            Math.abs(a.period!.start - start) + Math.abs(a.period!.end - end) - (Math.abs(b.period!.start - start) + Math.abs(b.period!.end - end)),
        )[0]!;
        const yearsStart = m.index + m[0].indexOf(m[1]!);
        const yearsEnd = m.index + m[0].lastIndexOf(m[2]!) + 4;
        const between = text.slice(yearsStart + 4, yearsEnd - 4);
        const span: Span = [yearsStart, yearsEnd];
        const replacement = `${closest.period!.start}${between}${closest.period!.end}`;
        context.report({
          messageId: "planRange",
          span,
          data: { base, expected: `${closest.period!.start}—${closest.period!.end}年`, written: text.slice(...span) },
          suggestions: [{ messageId: "replace", data: { text: replacement }, fix: { span, text: replacement } }],
        });
      }
    }

    // 3. 法制 variants of 法治 names and known misquotes in running text (titles were checked above).
    // Every misquote holds 法制 or 法治 (see anchorsOf): found from the places the text holds them.
    const found = misquoteAnchors ? findMisquotes(text, misquoteAnchors) : regexMatches(text, misquotesPattern);
    for (const { index, word } of found) {
      if (inTitle(index) || inChrome(index)) continue;
      const { canonical, fazhi: isFazhi } = misquotes.get(word)!;
      const end = index + word.length;
      // A wrong form that is part of the right one (依法治县委员会 in 全面依法治县委员会) is fine.
      const around = text.slice(Math.max(0, index - canonical.length), end + canonical.length);
      if (!isFazhi && around.includes(canonical)) continue;
      if (isFazhi) fazhi(word, canonical, (i) => index + i);
      else warn("misquote", [index, end], { written: word, canonical }, canonical);
    }

    // 4. Plenums: 三中全会二十届 for 二十届三中全会; 十九届八中全会, which never met.
    // Both patterns need 中全会: most texts have none and are not searched.
    if (!text.includes("中全会")) return;
    for (const m of text.matchAll(MISORDERED_PLENUM)) {
      if (inTitle(m.index) || inChrome(m.index)) continue;
      const expected = `${m[2]!}${m[1]!}中全会`;
      warn("plenumOrder", [m.index, m.index + m[0].length], { written: m[0], expected }, expected);
    }
    for (const m of text.matchAll(PLENUM)) {
      const count = PLENUM_COUNTS[m[1]!];
      // 县委十九届八中全会 would be a local committee's session: only the party's own are known.
      if (count === undefined || cnNumber(m[2]!) <= count || /委$/u.test(text.slice(Math.max(0, m.index - 1), m.index))) continue;
      if (inChrome(m.index)) continue;
      context.report({
        messageId: "noSuchPlenum",
        severity: "warning",
        span: [m.index, m.index + m[0].length],
        data: { session: m[1]!, count, written: m[0] },
      });
    }
  },
});
