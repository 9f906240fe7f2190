// Which report profile the text is: the option; else a built-in profile's title patterns
// matched against the title (or, without a title, against the opening sentence with any
// 《document titles》 taken out); else the profile whose parts the top-level headings cover
// best (at least three parts, and more than any other profile); else, for a text without a title,
// the one profile whose subject (a title pattern) a top-level heading names and whose parts two
// top-level headings name; else the default. Titles and headings are matched in simplified
// characters, without pinyin annotations, since the profiles' patterns are written that way and
// some pages are converted (法治政府建設(shè)).
import { DEFAULT_PROFILE_ID, PROFILES, type Heading, type ReportMeta } from "@reportlint/report-model";
import { objectList } from "./lists.js";

const MIN_PARTS_FROM_HEADINGS = 3;
// Top-level headings naming parts, when another top-level heading names the report's subject.
const MIN_HEADINGS_WITH_SUBJECT = 2;
// The patterns see at most this many characters of a title, opening sentence or heading: a report
// names its kind early, and patterns such as 法治建设.*报告 or 《[^》]*》 retried at every start of an
// unbounded text take quadratic time (《 × 100,000 took 56 s).
const MAX_MATCHED = 300;
const head = (s: string) => (s.length > MAX_MATCHED ? s.slice(0, MAX_MATCHED) : s);
const compiled = new Map<string, RegExp | null>();

function pattern(source: string): RegExp | null {
  let re = compiled.get(source);
  if (re === undefined) {
    try {
      re = new RegExp(source, "u");
    } catch {
      re = null;
    }
    compiled.set(source, re);
  }
  return re;
}

/** A list of sources compiled: each valid one, and all of them as one expression when they join safely. */
interface CompiledList {
  readonly sources: readonly string[];
  readonly list: readonly RegExp[];
  readonly any: RegExp | null;
}

// The compiled expressions of a list of sources (the profiles' lists), invalid ones left out, with the
// sources they were compiled from: a list changed since is compiled again.
const compiledLists = new WeakMap<readonly string[], CompiledList>();

// A backreference (\1, \k<name>) or a named group would mean something else, or nothing, in a joined expression.
const NOT_JOINABLE = /\\[1-9]|\\k<|\(\?<[^=!]/u;

/**
 * The valid sources as one alternation, which matches a string exactly when one of them does: one
 * test per string instead of one per source (a profile's part has up to a dozen). Null when a source
 * cannot be joined.
 */
function joined(list: readonly RegExp[]): RegExp | null {
  if (list.length < 2 || list.some((re) => NOT_JOINABLE.test(re.source))) return null;
  try {
    return new RegExp(list.map((re) => `(?:${re.source})`).join("|"), "u");
  } catch {
    return null;
  }
}

function compiledList(sources: readonly string[]): CompiledList {
  const known = compiledLists.get(sources);
  if (known && known.sources.length === sources.length && known.sources.every((p, i) => p === sources[i])) return known;
  const list = sources.map(pattern).filter((re): re is RegExp => re !== null);
  const compiled = { sources: [...sources], list, any: joined(list) };
  compiledLists.set(sources, compiled);
  return compiled;
}

/** True when any of the regular expression sources (flags "u") matches; invalid sources never match. */
export function matchesAny(sources: readonly string[], s: string): boolean {
  const { list, any } = compiledList(sources);
  if (any !== null) return any.test(s);
  for (const re of list) if (re.test(s)) return true;
  return false;
}

// Traditional forms of the characters that report names and part headings use, in pairs.
const TRADITIONAL_SIMPLIFIED =
  "設设報报開开況况務务資资會会區区縣县關关於于與与總总結结態态進进責责規规劃划應应處处機机構构將将權权職职決决問问題题據据實实際际專专項项費费論论議议義义辦办廳厅範范審审執执監监復复訴诉請请領领導导黨党舉举績绩興兴產产業业級级書书";
// By UTF-16 code unit (every one of them is a single unit): the simplified form's code unit, or 0.
const SIMPLIFIED = new Uint16Array(0x10000);
for (let i = 0; i + 1 < TRADITIONAL_SIMPLIFIED.length; i += 2) SIMPLIFIED[TRADITIONAL_SIMPLIFIED.charCodeAt(i)] = TRADITIONAL_SIMPLIFIED.charCodeAt(i + 1);
const PINYIN = /\([a-zà-ÿāēīōūǎěǐǒǔǖǘǚǜ]+\)/gu;

/** The text in simplified characters, without pinyin annotations in brackets. */
export function matchable(s: string): string {
  // Every annotation opens with "(", and every traditional character here is one UTF-16 code unit.
  const plain = s.includes("(") ? s.replace(PINYIN, "") : s;
  let out = "";
  let run = 0;
  for (let i = 0; i < plain.length; i++) {
    const simplified = SIMPLIFIED[plain.charCodeAt(i)]!;
    if (simplified === 0) continue;
    out += plain.slice(run, i) + String.fromCharCode(simplified);
    run = i + 1;
  }
  return run === 0 ? plain : out + plain.slice(run);
}

/** The start of a sentence without 《document titles》, including one the cut left open. */
function withoutDocumentTitles(sentence: string): string {
  const start = head(sentence);
  return start.replace(start.length < sentence.length ? /《[^》]*(?:》|$)/gu : /《[^》]*》/gu, "");
}

// PROFILES is frozen: its list is taken once, not at every guess.
const PROFILE_LIST = Object.values(PROFILES);

/** What a list of headings says: its top-level texts (matchable) and the profile whose parts they cover, if any. */
interface HeadingsReading {
  readonly top: readonly string[];
  readonly byParts: string | null;
}

// By list: parse asks about the headings it first read the table labels with (the same list) again.
const readings = new WeakMap<readonly Heading[], HeadingsReading>();

function readHeadings(headings: readonly Heading[]): HeadingsReading {
  const known = readings.get(headings);
  if (known) return known;
  // A loop into an object list: an empty filter + map result has another map (deopts below).
  const top: string[] = objectList();
  for (const h of headings) if (h.depth === 1) top.push(matchable(head(h.text)));
  let best: { id: string; parts: number } | null = null;
  let tie = false;
  for (const p of PROFILE_LIST) {
    const parts = p.parts.filter((part) => top.some((t) => matchesAny(part.headingPatterns, t))).length;
    if (!best || parts > best.parts) {
      best = { id: p.id, parts };
      tie = false;
    } else if (parts === best.parts) {
      tie = true;
    }
  }
  const reading = { top, byParts: best && !tie && best.parts >= MIN_PARTS_FROM_HEADINGS ? best.id : null };
  readings.set(headings, reading);
  return reading;
}

/** The guessed profile id and where it came from. */
export function guessProfile(
  option: string | undefined,
  title: string | null,
  openingSentence: string | null,
  headings: readonly Heading[],
): Pick<ReportMeta, "profile" | "profileSource"> {
  if (option) return { profile: option, profileSource: "option" };
  const profiles = PROFILE_LIST;
  const named = title ?? (openingSentence === null ? null : withoutDocumentTitles(openingSentence));
  const plain = named === null ? null : matchable(head(named));
  if (plain) {
    const byTitle = profiles.find((p) => matchesAny(p.titlePatterns, plain));
    if (byTitle) return { profile: byTitle.id, profileSource: "guessed" };
  }
  const { top, byParts } = readHeadings(headings);
  if (byParts !== null) return { profile: byParts, profileSource: "guessed" };
  // A text without a title (a capture that starts below it) whose top-level headings name the
  // report's subject (…法治政府建设稳步推进) and two of its parts is that report, one part short.
  if (title === null) {
    // Counted in a loop: the filtered list, often empty, reached here with two maps (a deopt).
    let bySubject: string | null = null;
    let subjects = 0;
    for (const p of profiles) {
      if (!top.some((t) => matchesAny(p.titlePatterns, t))) continue;
      if (top.filter((t) => p.parts.some((part) => matchesAny(part.headingPatterns, t))).length < MIN_HEADINGS_WITH_SUBJECT) continue;
      bySubject = p.id;
      subjects++;
    }
    if (subjects === 1) return { profile: bySubject!, profileSource: "guessed" };
  }
  return { profile: DEFAULT_PROFILE_ID, profileSource: "default" };
}
