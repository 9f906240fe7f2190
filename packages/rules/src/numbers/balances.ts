/**
 * Balance identities: what came in and what went out of a period's caseload in one sentence.
 * 新收 + 上年结转 = 办结 + 结转下年 (共收到申请30件，上年结转1件，共办结24件，结转下年7件). The four
 * counts are read from their words; the identity is checked only when each is printed once in the
 * sentence, exactly, in one unit. When the intake may already include what was carried over
 * (含上年结转…, or a bracket), the identity without it is tried too: only a sentence that fits
 * neither reading is reported, and only as a warning (a report may count a withdrawn application
 * in neither column).
 */
import { oncePerFacts } from "./once-per-facts.js";
import { BALANCE_WORDS, XXGK_PROSE_PHRASES, type Report } from "@reportlint/report-model";
import { unitsCompatible } from "@reportlint/indicator-math";
import { isRegExpSpace } from "../util/typography.js";
import { numberFacts, type CountFact, type NumberFacts } from "./facts.js";
import { mapped } from "../util/lists.js";

/** A sentence whose intake and carry-over do not balance its closures and carry-forward. */
export interface BalanceViolation {
  readonly intake: CountFact;
  readonly carriedIn: CountFact;
  readonly closed: CountFact;
  readonly carriedOut: CountFact;
  /** intake + carriedIn, and closed + carriedOut. */
  readonly sources: bigint;
  readonly uses: bigint;
  readonly span: [number, number];
}

const CARRIED_IN = new RegExp(BALANCE_WORDS.carriedIn, "u");
const CARRIED_OUT = new RegExp(BALANCE_WORDS.carriedOut, "u");
const CLOSED = new RegExp(BALANCE_WORDS.closed, "u");
const INTAKE = new RegExp(BALANCE_WORDS.intake, "u");
const NOT_CASELOAD = new RegExp(BALANCE_WORDS.other, "u");

type Slot = "intake" | "carriedIn" | "closed" | "carriedOut";

function slotOf(f: CountFact): Slot | null {
  const label = f.quantity.label;
  if (f.kind === "average" || f.kind === "change" || f.exact === null || NOT_CASELOAD.test(label)) return null;
  if (CARRIED_IN.test(label)) return "carriedIn";
  if (CARRIED_OUT.test(label)) return "carriedOut";
  if (CLOSED.test(label)) return "closed";
  if (INTAKE.test(label)) return "intake";
  return null;
}

/** The sentences of a report whose balance identity fails, computed once per report. */
export function balanceViolations(report: Report): readonly BalanceViolation[] {
  return balancesOf(numberFacts(report));
}

const balancesOf = oncePerFacts(findBalanceViolations);

function findBalanceViolations(facts: NumberFacts): readonly BalanceViolation[] {
  const out: BalanceViolation[] = [];
  for (const sentence of facts.sentences) {
    // Only sentences with at least four counts can hold a balance; long ones are tables flattened.
    if (sentence.counts.length < 4 || sentence.counts.length > 12) continue;
    // The one count of each slot, null when it has none or several (no map of lists per sentence).
    let intake: CountFact | null = null;
    let carriedIn: CountFact | null = null;
    let closed: CountFact | null = null;
    let carriedOut: CountFact | null = null;
    const seen = { intake: 0, carriedIn: 0, closed: 0, carriedOut: 0 };
    for (const k of sentence.counts) {
      const fact = facts.counts[k]!;
      const slot = slotOf(fact);
      if (slot === null) continue;
      const first = seen[slot]++ === 0;
      if (slot === "intake") intake = first ? fact : null;
      else if (slot === "carriedIn") carriedIn = first ? fact : null;
      else if (slot === "closed") closed = first ? fact : null;
      else carriedOut = first ? fact : null;
    }
    if (!intake || !carriedIn || !closed || !carriedOut) continue;
    const four = [intake, carriedIn, closed, carriedOut];
    if (!four.every((f) => unitsCompatible(f.unit, intake.unit))) continue;
    // In text order: what came in before what went out (共办结24件，结转7件 after 收到30件，上年结转1件).
    if (Math.max(intake.index, carriedIn.index) > Math.min(closed.index, carriedOut.index)) continue;
    const sources = intake.exact! + carriedIn.exact!;
    const uses = closed.exact! + carriedOut.exact!;
    if (sources === uses) continue;
    // 收到申请30件（含上年结转1件）: the intake may hold the carry-over already.
    if (intake.exact === uses) continue;
    const from = Math.min(...four.map((f) => f.quantity.span[0] - f.quantity.label.length));
    const to = Math.max(...four.map((f) => f.quantity.span[1]));
    out.push({ intake, carriedIn, closed, carriedOut, sources, uses, span: [Math.max(0, from), to] });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The same balance with the closures printed as the template's outcomes

/** A paragraph whose intake and carry-over do not balance its six printed outcomes and carry-forward. */
export interface OutcomeBalanceViolation {
  readonly intake: CountFact;
  readonly carriedIn: CountFact;
  readonly outcomes: readonly CountFact[];
  readonly carriedOut: CountFact;
  readonly sources: bigint;
  readonly uses: bigint;
  readonly span: [number, number];
  /** The intake, carry-over and carry-forward as printed, with the template words naming them. */
  readonly quotes: readonly [string, string, string];
}

// The outcomes of 三、本年度办理结果 (国办公开办函〔2021〕30号: （一）予以公开 … （六）其他处理); 予以公开及部分公开
// stands for the first two.
const OUTCOMES: readonly (readonly string[])[] = [["disclosed", "partly-disclosed"], ["disclosed-and-partly"]].map((first) => [
  ...first,
  "withheld",
  "unavailable",
  "not-processed",
  "other-handling",
]);
const BALANCE_PHRASES = XXGK_PROSE_PHRASES.filter((p) => ["new", "carried-over", "carried-forward", ...OUTCOMES.flat()].includes(p.id)).map((p) => ({
  id: p.id,
  pattern: new RegExp(p.pattern, "u"),
  exclude: p.exclude === undefined ? null : new RegExp(p.exclude, "u"),
}));
// The words naming a count: back to a separator or another number, spaces and line breaks left out.
// Marked by code: no one-character string per character read.
const WORDS_STOP = new Uint8Array(0x10000);
for (const c of "，,。；;：:、（）()！？!?|0123456789") WORDS_STOP[c.charCodeAt(0)] = 1;
const MAX_WORDS = 40;
// Words every outcome balance holds (the unavailable and not-processed outcomes, the carry-over).
const OUTCOME_GATES = [/无\s*法\s*提\s*供/u, /不\s*予\s*处\s*理/u, /结\s*转/u];
// 收到申请36件（含上年结转2件）: the intake may hold the carry-over.
const WITH_CARRIED = /^[^，,。；;]{0,3}[（(]?(?:含|包括)[^，,。；;]{0,6}上一?年度?结转/u;

function wordsBefore(text: string, at: number): string {
  // Where the words start, read back by code; a slice of the text unless a space is to be left out.
  let start = at;
  let length = 0;
  let spaced = false;
  for (let i = at - 1; i >= 0 && length < MAX_WORDS; i--) {
    const c = text.charCodeAt(i);
    if (isRegExpSpace(c)) {
      spaced = true;
      continue;
    }
    if (WORDS_STOP[c] === 1) break;
    start = i;
    length++;
  }
  if (!spaced) return text.slice(start, at);
  let words = "";
  for (let i = start; i < at; i++) if (!isRegExpSpace(text.charCodeAt(i))) words += text[i]!;
  return words;
}

/** The template phrase a count's words end with (the longest match), or null. */
function phraseOf(text: string, f: CountFact): { id: string; match: string } | null {
  const words = wordsBefore(text, f.quantity.span[0]);
  let best: { id: string; match: string } | null = null;
  for (const p of BALANCE_PHRASES) {
    const m = p.pattern.exec(words);
    if (!m || (p.exclude && p.exclude.test(words))) continue;
    if (!best || m[0].length > best.match.length) best = { id: p.id, match: m[0] };
  }
  return best;
}

/**
 * 全年收到申请34件，上年结转2件。…同意公开答复9件，部分公开答复0件，不予公开答复2件，无法提供的10件，不予处理0件，
 * 其他处理14件，转下一年度办理答复的有1件: in one paragraph, each count named once by the template's own
 * words (XXGK_PROSE_PHRASES) — all six outcomes printed, so together they are the year's results —
 * and 新收 + 上年结转 must equal the outcomes plus what is carried forward. Only a warning.
 */
export function outcomeBalanceViolations(report: Report): readonly OutcomeBalanceViolation[] {
  return outcomeBalancesOf(numberFacts(report));
}

const outcomeBalancesOf = oncePerFacts(findOutcomeBalanceViolations);

function findOutcomeBalanceViolations(facts: NumberFacts): readonly OutcomeBalanceViolation[] {
  const { report } = facts;
  const { text } = report;
  const out: OutcomeBalanceViolation[] = [];
  // Every balance names 无法提供, 不予处理 and 上年结转 (words may hold spaces between their
  // characters): a report without one of them holds none, and no count's words are read.
  if (!OUTCOME_GATES.every((gate) => gate.test(text))) return out;
  let from = 0;
  while (from < facts.counts.length) {
    const paragraph = facts.counts[from]!.paragraph;
    let to = from;
    while (to < facts.counts.length && facts.counts[to]!.paragraph === paragraph) to++;
    // Eight counts at least (予以公开及部分公开 stands for two outcomes); more than 24 is a table flattened.
    // Told from the paragraph's bounds: a paragraph of other sizes is not copied.
    const size = to - from;
    const counts = size < 8 || size > 24 ? [] : facts.counts.slice(from, to);
    from = to;
    if (counts.length === 0) continue;
    const byPhrase = new Map<string, CountFact[]>();
    // The words each count was named by; quoted (words and number) only for a finding.
    const named = new Map<CountFact, string>();
    for (const f of counts) {
      if (f.exact === null || f.kind === "average" || f.kind === "change" || f.quantity.unit !== "件") continue;
      const phrase = phraseOf(text, f);
      if (!phrase) continue;
      const same = byPhrase.get(phrase.id);
      if (same) same.push(f);
      else byPhrase.set(phrase.id, [f]);
      named.set(f, phrase.match);
    }
    const quote = (f: CountFact) => `${named.get(f)!}${text.slice(...f.quantity.span).replace(/\s+/gu, "")}`;
    const one = (id: string) => (byPhrase.get(id)?.length === 1 ? byPhrase.get(id)![0]! : null);
    const intake = one("new");
    const carriedIn = one("carried-over");
    const carriedOut = one("carried-forward");
    const outcomeIds = OUTCOMES.find((ids) => ids.every((id) => one(id) !== null));
    if (!intake || !carriedIn || !carriedOut || !outcomeIds) continue;
    const outcomes = mapped(outcomeIds, (id) => one(id)!);
    // In text order: the intake and carry-over before the outcomes and carry-forward.
    if (Math.max(intake.index, carriedIn.index) > Math.min(carriedOut.index, ...outcomes.map((o) => o.index))) continue;
    const sources = intake.exact! + carriedIn.exact!;
    const uses = outcomes.reduce((t, o) => t + o.exact!, 0n) + carriedOut.exact!;
    if (sources === uses) continue;
    if (intake.exact === uses && WITH_CARRIED.test(text.slice(intake.quantity.span[1], intake.quantity.span[1] + 20))) continue;
    const all = [intake, carriedIn, ...outcomes, carriedOut];
    const start = Math.min(...all.map((f) => f.quantity.span[0]));
    const end = Math.max(...all.map((f) => f.quantity.span[1]));
    out.push({ intake, carriedIn, outcomes, carriedOut, sources, uses, span: [start, end], quotes: [intake, carriedIn, carriedOut].map(quote) as [string, string, string] });
  }
  return out;
}
