/**
 * Counts whose words make one a subset of the other in the same period: 调解纠纷7353件 and
 * 调解成功7329件, 审结27宗 and 败诉3宗, 发现问题6.8万个 and 整改6.3万个. The pairs are the rate lexicon's
 * (an indicator marked partOfBase), so the subset is known without a rate being printed; the one
 * that counts the subset can never be the larger. Pairs such as 办结 of 受理 are not among them:
 * cases carried over from last year may be closed this year. Pairs of words outside the lexicon
 * (收到 ⊇ 受理, 被申请行政复议 ⊇ 撤销) come from report-model's SUBSET_WORDS.
 */
import { oncePerFacts } from "./once-per-facts.js";
import { CUMULATIVE_WORDS, INDICATORS, SUBSET_WORDS, type Report, type Role } from "@reportlint/report-model";
import { commonSuffix, entirelyAbove, unitsCompatible } from "@reportlint/indicator-math";
import { anyWordPattern, numberFacts, type CountFact, type NumberFacts } from "./facts.js";

/** A subset count above the count it is part of. */
export interface RolePairViolation {
  /** The count of the subset (调解成功). */
  readonly part: CountFact;
  /** The count it is part of (调解). */
  readonly whole: CountFact;
  /** The indicator that names the pair ("调解成功率"), for the message. */
  readonly name: string;
  /** Set when the pair is read from words that make it likely, not certain (新建 / 累计): a warning. */
  readonly likely?: true;
}

const PAIRS = INDICATORS.filter((i) => i.partOfBase && i.numerator?.kind === "role" && i.denominator?.kind === "role").map((i) => ({
  part: i.numerator!.kind === "role" ? i.numerator!.role : null,
  whole: i.denominator!.kind === "role" ? i.denominator!.role : null,
  name: i.names[0]!,
}));

/**
 * The one count of the role among a sentence's (changes and averages aside), or null when it has
 * none or several: found by a scan, with no list or map of the sentence's counts by role.
 */
function onlyOfRole(facts: NumberFacts, indices: readonly number[], role: Role): CountFact | null {
  let found: CountFact | null = null;
  for (const k of indices) {
    const f = facts.counts[k]!;
    if (f.role !== role || f.kind === "change" || f.kind === "average") continue;
    if (found !== null) return null;
    found = f;
  }
  return found;
}

/** True when the two counts name different members of one partition (按期 / 逾期). */
function siblings(a: CountFact, b: CountFact): boolean {
  for (const [partition, member] of a.members) {
    const other = b.members.get(partition);
    if (other !== undefined && other !== member) return true;
  }
  return false;
}

/** Subset counts above their whole within one sentence, computed once per report. */
export function rolePairViolations(report: Report): readonly RolePairViolation[] {
  return rolePairsOf(numberFacts(report));
}

const rolePairsOf = oncePerFacts(findRolePairViolations);

function findRolePairViolations(facts: NumberFacts): readonly RolePairViolation[] {
  const out: RolePairViolation[] = [];
  for (const sentence of facts.sentences) {
    // A pair is two counts: a sentence of fewer is not read.
    if (sentence.counts.length < 2) continue;
    for (const pair of PAIRS) {
      // Each side printed once in the sentence: otherwise which goes with which is not known.
      const part = pair.part === null ? null : onlyOfRole(facts, sentence.counts, pair.part);
      if (part === null) continue;
      const whole = pair.whole === null ? null : onlyOfRole(facts, sentence.counts, pair.whole);
      if (whole === null) continue;
      if (part.inParens !== whole.inParens || !unitsCompatible(part.unit, whole.unit)) continue;
      // 按时办结 and 逾期办结 are two sides of one partition, not a part and its whole.
      if (siblings(part, whole)) continue;
      // Above for certain: rounded values (6.3万) only when no true values could be in order.
      if (!entirelyAbove(part.intervals.hard, whole.intervals.hard)) continue;
      out.push({ part, whole, name: pair.name });
    }
  }
  // The counts of each sentence of two or more that may be a part or a whole, read by both passes below.
  const plainCounts: (readonly CountFact[])[] = [];
  for (const sentence of facts.sentences) {
    // A part and its whole are two counts.
    if (sentence.counts.length < 2) continue;
    const plain: CountFact[] = [];
    for (const k of sentence.counts) {
      const f = facts.counts[k]!;
      if (f.kind !== "change" && f.kind !== "average" && !f.inParens) plain.push(f);
    }
    plainCounts.push(plain);
  }
  for (const all of plainCounts) {
    // Counts whose labels hold no subset word are neither a part nor a whole of any pair: one test
    // drops them instead of a search for each word of each pair.
    const counts = all.filter(holdsSubsetWord);
    if (counts.length < 2) continue;
    for (const pair of SUBSET_WORDS) {
      // Each part goes with the whole right before it (…被申请行政复议9宗，复议决定撤销…2宗；…被提起
      // 行政诉讼16宗，判决撤销…2宗): the first part after a whole, with no other whole between.
      let whole: CountFact | null = null;
      for (const f of counts) {
        if (labelHasAny(f, pair.whole) && !labelHasAny(f, pair.part)) {
          whole = f;
          continue;
        }
        if (!whole || !labelHasAny(f, pair.part)) continue;
        const part = f;
        const owner = whole;
        whole = null;
        if (!unitsCompatible(part.unit, owner.unit) || out.some((v) => v.part === part)) continue;
        if (!entirelyAbove(part.intervals.hard, owner.intervals.hard)) continue;
        out.push({ part, whole: owner, name: pair.name });
      }
    }
  }
  cumulativeViolations(plainCounts, out);
  return out;
}

// Any word of any SUBSET_WORDS pair.
const ANY_SUBSET_WORD = anyWordPattern(SUBSET_WORDS.flatMap((p) => [...p.whole, ...p.part]));
const holdsSubsetWord = (f: CountFact) => ANY_SUBSET_WORD.test(f.quantity.label);

/** True when the count's label holds one of the words (a function, not a closure per pair and sentence). */
function labelHasAny(f: CountFact, words: readonly string[]): boolean {
  for (const w of words) if (f.quantity.label.includes(w)) return true;
  return false;
}

/**
 * 新建饮水安全工程355处，…累计建设2297处: a count of the period's new things above the running total of
 * the same things (the same noun at the end of both, one unit) in one sentence.
 */
function cumulativeViolations(plainCounts: readonly (readonly CountFact[])[], out: RolePairViolation[]): void {
  for (const counts of plainCounts) {
    const periods = counts.filter((f) => labelHasAny(f, CUMULATIVE_WORDS.period) && !labelHasAny(f, CUMULATIVE_WORDS.cumulative));
    const totals = counts.filter((f) => labelHasAny(f, CUMULATIVE_WORDS.cumulative));
    // One of each: which goes with which is otherwise not known.
    if (periods.length !== 1 || totals.length !== 1) continue;
    const [part, whole] = [periods[0]!, totals[0]!];
    if (!unitsCompatible(part.unit, whole.unit) || out.some((v) => v.part === part)) continue;
    // The same things: a noun of two characters or more at the end of both (饮水安全工程 / 建设 …处:
    // the words after the verb), or the same measure word for places and works (处, 座, 个).
    const noun = commonSuffix([part.words.replace(/^.*?(?:新建|新增|新设|新开|和改造|改造)/u, ""), whole.words.replace(/^.*?(?:累计|累积)[^\p{Script=Han}]*/u, "")]);
    const sameThing = noun.length >= 2 || commonSuffix([part.words, whole.words]).length >= 2 || sharedNoun(part.words, whole.words);
    if (!sameThing) continue;
    if (!entirelyAbove(part.intervals.hard, whole.intervals.hard)) continue;
    out.push({ part, whole, name: "本期新增计入累计", likely: true });
  }
}

/** A noun of four or more characters that both words hold (农村饮水安全工程). */
function sharedNoun(a: string, b: string): boolean {
  for (let i = 0; i + 4 <= a.length; i++) if (b.includes(a.slice(i, i + 4))) return true;
  return false;
}
