// Breakdowns: counts printed as the parts of another count. Only the text's own markers make one:
//
//   paren         受理67件（裁决21件、线下调解27件）   the count right before the brackets owns the
//                 counts directly inside them (a nested bracket is a breakdown of its own);
//   subset        45件，其中维持32件、撤销5件 / 包括 / 含 / 涉及   the count right before the marker owns
//                 the counts after it to the end of the sentence; a sentence starting with 其中 belongs
//                 to the last count of the sentence before it (公开信息193条。其中：…);
//   respectively  共20件，分别为12件、8件;
//   total-after   建议23件、提案17件，共计41件   a count whose words start with 共计/合计/总计/共/累计 sums
//                 the counts before it back to the previous total.
//
// Exhaustive means the text says the parts make the whole: 共计/合计/总计/一共/总共 after the list,
// 其余/剩余 N as the last part, 分别为. Whether the parts are disjoint is for the rules to judge.
import {
  ATTRIBUTE_MARKERS,
  EXHAUSTIVE_TOTAL_MARKERS,
  LOOSE_TOTAL_MARKERS,
  NEW_TOPIC_MARKERS,
  RESPECTIVELY_MARKER,
  SUBSET_MARKERS as LIST_MARKERS,
  type Breakdown,
  type Clause,
  type Quantity,
  type Rate,
  type Span,
} from "@reportlint/report-model";
import { matchBrackets, type BracketPair } from "./brackets.js";
import { isSpace } from "./chars.js";

const SUBSET_MARKERS = [...LIST_MARKERS, ...ATTRIBUTE_MARKERS];
const RESPECTIVELY = RESPECTIVELY_MARKER;
const EXHAUSTIVE_TOTALS = EXHAUSTIVE_TOTAL_MARKERS;
const LOOSE_TOTALS = LOOSE_TOTAL_MARKERS;
const TOTAL_WORD = /共|合计|总计|累计/u;
// 其他 alone names the rest; 其他文件类信息 is just another kind of item.
const RESIDUAL = /^(其余|剩余)|^其他$/u;
const NEW_TOPIC = new RegExp(`^(${NEW_TOPIC_MARKERS.join("|")})`, "u");
// Between a whole and its marker only punctuation and a few linking characters may stand.
const LINK = /^[\s，,：:、；;]*$/u;

interface Item {
  readonly index: number;
  readonly span: Span;
  readonly kind: "quantity" | "rate";
}

/** Position of a sentence in the text: its clauses and their common paragraph. */
interface Sentence {
  readonly paragraph: number;
  readonly span: Span;
  readonly clauses: readonly Clause[];
}

function sentencesOf(clauses: readonly Clause[]): Sentence[] {
  const out: Sentence[] = [];
  for (const clause of clauses) {
    const last = out.at(-1);
    if (last && last.paragraph === clause.paragraph && last.clauses.at(-1)!.sentence === clause.sentence) {
      out[out.length - 1] = { ...last, span: [last.span[0], clause.span[1]], clauses: [...last.clauses, clause] };
    } else {
      out.push({ paragraph: clause.paragraph, span: clause.span, clauses: [clause] });
    }
  }
  return out;
}

const inside = (span: Span, pair: BracketPair) => span[0] > pair.open && span[1] <= pair.close;
const startsWithAny = (s: string, words: readonly string[]) => words.find((w) => s.startsWith(w)) ?? null;

/** Finds the breakdowns of a report from its clauses and the quantities and rates already read. */
export function findBreakdowns(
  text: string,
  clauses: readonly Clause[],
  quantities: readonly Quantity[],
  rates: readonly Rate[],
): Breakdown[] {
  const out: Breakdown[] = [];
  const items: Item[] = [
    ...quantities.map((q, index) => ({ index, span: q.span, kind: "quantity" as const })),
    ...rates.map((r, index) => ({ index, span: r.span, kind: "rate" as const })),
  ].sort((a, b) => a.span[0] - b.span[0]);
  let cursor = 0;
  let previous: { sentence: Sentence; top: Item[] } | null = null;

  for (const sentence of sentencesOf(clauses)) {
    while (cursor < items.length && items[cursor]!.span[0] < sentence.span[0]) cursor++;
    const here: Item[] = [];
    for (let k = cursor; k < items.length && items[k]!.span[0] < sentence.span[1]; k++) here.push(items[k]!);
    const parens = matchBrackets(text, sentence.span[0], sentence.span[1]).pairs.filter((p) => p.kind === "paren");
    const depth = (span: Span) => parens.filter((p) => inside(span, p)).length;
    const top = here.filter((item) => depth(item.span) === 0);
    const topQuantities = top.filter((item) => item.kind === "quantity");

    for (const pair of parens) parenBreakdown(text, pair, parens, here, quantities, out);
    subsetBreakdowns(text, sentence, top, topQuantities, quantities, previous, out);
    totalAfterBreakdowns(topQuantities, quantities, out);

    previous = { sentence, top };
  }
  return out.sort((a, b) => a.span[0] - b.span[0]);
}

function markersIn(quantities: readonly Quantity[], parts: readonly number[], extra: string[]): string[] {
  const last = parts.at(-1);
  const residual = last === undefined ? undefined : RESIDUAL.exec(quantities[last]!.label)?.[0];
  return residual ? [...extra, residual] : extra;
}

/** 受理67件（裁决21件、线下调解27件、结案率83.3%）: the count right before the brackets owns what is directly inside. */
function parenBreakdown(
  text: string,
  pair: BracketPair,
  parens: readonly BracketPair[],
  here: readonly Item[],
  quantities: readonly Quantity[],
  out: Breakdown[],
): void {
  let before = pair.open;
  while (before > 0 && isSpace(text.charCodeAt(before - 1))) before--;
  const owner = here.find((item) => item.kind === "quantity" && item.span[1] === before);
  if (!owner) return;
  // Directly inside: inside this pair and no pair nested within it.
  const direct = here.filter((item) => inside(item.span, pair) && !parens.some((p) => p !== pair && p.open > pair.open && p.close < pair.close && inside(item.span, p)));
  const parts = direct.filter((item) => item.kind === "quantity").map((item) => item.index);
  if (parts.length === 0) return;
  const content = text.slice(pair.open + 1, pair.close).trim();
  const markers = [startsWithAny(content, SUBSET_MARKERS), /等\s*$/u.test(content) ? "等" : null].filter((m): m is string => m !== null);
  const all = markersIn(quantities, parts, markers);
  out.push({
    whole: owner.index,
    parts,
    rates: direct.filter((item) => item.kind === "rate").map((item) => item.index),
    form: "paren",
    markers: all,
    exhaustive: all.some((m) => RESIDUAL.test(m)),
    span: [owner.span[0], pair.close + 1],
  });
}

/** ，其中/包括/含/涉及 …  and  ，分别为 …: the count right before the marker owns the counts after it. */
function subsetBreakdowns(
  text: string,
  sentence: Sentence,
  top: readonly Item[],
  topQuantities: readonly Item[],
  quantities: readonly Quantity[],
  previous: { sentence: Sentence; top: Item[] } | null,
  out: Breakdown[],
): void {
  const [start, end] = sentence.span;
  const sentenceText = text.slice(start, end);
  for (const marker of [...SUBSET_MARKERS, RESPECTIVELY]) {
    let from = 0;
    for (;;) {
      const at = sentenceText.indexOf(marker, from);
      if (at < 0) break;
      from = at + marker.length;
      const offset = start + at;
      // 含 inside 包含, and markers inside brackets or inside a part's own words, are not list markers.
      if (marker === "含" && sentenceText[at - 1] === "包") continue;
      if (top.some((item) => item.span[0] <= offset && item.span[1] > offset)) continue;
      let whole = topQuantities.filter((item) => item.span[1] <= offset).at(-1) ?? null;
      if (whole && !LINK.test(text.slice(whole.span[1], offset))) whole = null;
      if (!whole && at === 0 && marker === "其中" && previous && previous.sentence.paragraph === sentence.paragraph) {
        whole = mainTotalOf(text, previous, out);
      }
      if (!whole) continue;
      const parts: number[] = [];
      for (const item of topQuantities) {
        if (item.span[0] < offset + marker.length) continue;
        const label = quantities[item.index]!.label;
        // A new topic, a total, or a nested list (…1233条，含…) ends this list.
        if (parts.length > 0 && (NEW_TOPIC.test(label) || startsWithAny(label, [...EXHAUSTIVE_TOTALS, ...LOOSE_TOTALS, ...SUBSET_MARKERS]))) break;
        parts.push(item.index);
      }
      if (parts.length === 0) continue;
      const markers = markersIn(quantities, parts, [marker, ...(/等[^，。；]{0,6}$/u.test(sentenceText) ? ["等"] : [])]);
      const respectively = marker === RESPECTIVELY || sentenceText.includes(RESPECTIVELY, at);
      out.push({
        whole: whole.index,
        parts,
        rates: [],
        form: marker === RESPECTIVELY ? "respectively" : "subset",
        markers: respectively && marker !== RESPECTIVELY ? [...markers, RESPECTIVELY] : markers,
        exhaustive: respectively || markers.some((m) => RESIDUAL.test(m)),
        span: [whole.span[0], quantities[parts.at(-1)!]!.span[1]],
      });
      break;
    }
  }
}

/**
 * The count a sentence-initial 其中 refers to: the last count of the sentence before that is not
 * itself a part (公开信息193条。其中：… ; 答复申请820件，含上年结转申请12件。其中，… → 820, never the
 * 含 part), provided only its own parts and punctuation follow it in that sentence.
 */
function mainTotalOf(text: string, previous: { sentence: Sentence; top: Item[] }, out: readonly Breakdown[]): Item | null {
  const counts = previous.top.filter((item) => item.kind === "quantity");
  const isPart = (item: Item) => out.some((b) => b.parts.includes(item.index));
  const candidate = counts.filter((item) => !isPart(item)).at(-1);
  if (!candidate) return null;
  const after = counts.filter((item) => item.span[0] > candidate.span[0]);
  const owned = after.every((item) => out.some((b) => b.whole === candidate.index && b.parts.includes(item.index)));
  if (!owned) return null;
  if (after.length === 0 && !/^[\s。；;：:]*$/u.test(text.slice(candidate.span[1], previous.sentence.span[1]))) return null;
  return candidate;
}

/** 建议23件、提案17件，共计41件: a total after its parts sums the counts back to the previous total. */
function totalAfterBreakdowns(topQuantities: readonly Item[], quantities: readonly Quantity[], out: Breakdown[]): void {
  let listStart = 0;
  topQuantities.forEach((item, k) => {
    const label = quantities[item.index]!.label.replace(/^[并又]/u, "");
    const exhaustive = startsWithAny(label, EXHAUSTIVE_TOTALS);
    const loose = exhaustive ? null : startsWithAny(label, LOOSE_TOTALS);
    if (!exhaustive && !loose) {
      // A count that owns a list or is itself a total (案件共249宗) ends the run of parts before it.
      if (out.some((b) => b.whole === item.index) || TOTAL_WORD.test(label)) listStart = k + 1;
      return;
    }
    // The parts stand in the total's own clause (never across ；) and belong to no other list.
    const clause = quantities[item.index]!.clause;
    const parts = topQuantities
      .slice(listStart, k)
      .map((p) => p.index)
      .filter((i) => quantities[i]!.clause === clause && !out.some((b) => b.parts.includes(i)));
    listStart = k + 1;
    if (parts.length < 2) return;
    out.push({
      whole: item.index,
      parts,
      rates: [],
      form: "total-after",
      markers: [exhaustive ?? loose!],
      exhaustive: exhaustive !== null,
      span: [quantities[parts[0]!]!.span[0], item.span[1]],
    });
  });
}
