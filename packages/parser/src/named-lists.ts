// Named lists: a stated count next to the list that names its members, so a rule can compare the two.
//
//   count-first   下属单位共4家，分别是甲院、乙中心和丙站 / 印发3份清单：《权力清单》、《责任清单》
//                 the count, at most a short noun, then 分别是/分别为/依次为/具体为/即/为/是/包括 or a colon,
//                 then the members to the end of the list;
//   list-first    华标涛景湾、江湾花苑、保利康桥、滨江花园等4个小区 / 事前、事中、事后三个环节 /
//                 制定《A办法》《B规定》《C细则》等3项制度   the members, then 等/共 or nothing, the count
//                 and the noun it counts.
//
// Members are set apart by 、 (the last one may be joined by 和/及/与/以及), by ，or ；alone, or are
// 《》 titles or quoted names back to back. Brackets, quotes and titles are single units: nothing inside them splits.
// A list is recorded only when it looks like names: no member holds a number (受理5件、办结3件 is a
// breakdown), an ordinal (一是…), or a verb that makes it a clause (新建、改建5所学校). The count must be
// an exact whole number with a measure word that counts things (家 个 项 份 部 名 人 所 类 条 处…).
//
// Each sentence is cut once into segments at its separators (linear, outside brackets); a count then
// looks at no more than MAX_ITEMS segments around it, so the work stays linear in the text even for
// a sentence of 100,000 、. Counts themselves are the parser's quantities: nothing is read twice.
import type { Clause, NamedList, NamedListItem, Quantity, Rate, Span } from "@reportlint/report-model";
import { indexMarks, matchMarks, outermost, type BracketMarks, type BracketPair } from "./brackets.js";
import { digitValue, isHan, isSpace } from "./chars.js";
import { objectList } from "./lists.js";

/** Measure words that count members (家 units, 个 places, 项 measures, 份 documents, 名 people…). */
const COUNT_MEASURE_WORDS = new Set([..."家个项份部名人位所类种条批处本册篇张户"]);
/** More members than this are not written out inline; the list is not read. */
const MAX_ITEMS = 40;
/** A member longer than this is a clause, not a name (titles included). */
const MAX_ITEM_LENGTH = 40;
const MAX_COUNT = 100;
/** A raw member may be longer by a trailing 等 and its noun (乙等单位) before it is trimmed. */
const RAW_ITEM_LIMIT = MAX_ITEM_LENGTH + 8;
/** The noun between a count-first count and its marker (共4家单位，分别是…). */
const MAX_NOUN_LENGTH = 8;

interface Marker {
  readonly word: string;
  readonly open: boolean;
  /** 为 and 是 are also a preposition and a copula: members after them must look like names. */
  readonly namesOnly: boolean;
}

const marker = (word: string, open = false, namesOnly = false): Marker => ({ word, open, namesOnly });

/** Words after a count-first count (and its comma or colon) that introduce the members, longest first. */
const MARKERS: readonly Marker[] = [
  marker("包括但不限于", true),
  marker("分别是"),
  marker("分别为"),
  marker("依次是"),
  marker("依次为"),
  marker("具体是"),
  marker("具体为"),
  marker("具体包括"),
  marker("主要包括", true),
  marker("主要有", true),
  marker("主要是", true),
  marker("主要为", true),
  marker("例如", true),
  marker("比如", true),
  marker("诸如", true),
  marker("包括", true),
  marker("即"),
  marker("为", false, true),
  marker("是", false, true),
  marker("如", true),
];
/** Markers that may follow the noun without a comma: 4家单位分别是甲、乙. */
const INLINE_MARKERS = MARKERS.filter((m) => /^(分别|依次)/u.test(m.word));

/** Words that lead into a list-first list and are not part of its first member (共指导华标涛景湾、…). */
const LEAD_INS = [
  "包括", "涵盖", "覆盖", "涉及", "围绕", "聚焦", "针对", "指导", "督促", "组织", "推动", "帮扶", "走访",
  "联系", "选取", "选定", "确定", "评选", "认定", "命名", "表彰", "公布", "发布", "制定", "出台", "印发",
  "修订", "新建", "建成", "创建", "成立", "设立", "开展", "完成", "推进", "加强", "共有", "分为", "划分为",
  "结合", "联合", "会同", "例如", "比如", "诸如", "的有",
];
/** LEAD_INS by their first character, each with its place in the list. */
const LEAD_INS_BY_FIRST = new Map<number, [string, number][]>();
LEAD_INS.forEach((w, k) => {
  const c = w.charCodeAt(0);
  const words = LEAD_INS_BY_FIRST.get(c);
  if (words) words.push([w, k]);
  else LEAD_INS_BY_FIRST.set(c, [[w, k]]);
});
/** Nouns of counted aspects: a list of actions before 等N个方面 names them. */
const ASPECT_NOUNS = ["方面", "领域", "环节", "部分", "板块", "维度", "重点", "任务", "举措", "措施"];
/** One-character lead-ins, taken only at the very start of the first member (对甲、乙…, 有甲、乙…). */
const SHORT_LEAD_INS = [..."对从在向将把由共如有分"];
const OPENING_LEAD_INS = new Set(["如", "例如", "比如", "诸如"]);

/**
 * Verbs that start a clause. A list-first member after the first one starting with one is a run of
 * actions (新建、改建5所学校), not names; members after 为/是 holding one are a clause (为企业解决融资、…).
 */
const VERBS = [
  "新建", "改建", "扩建", "改扩建", "新增", "新设", "修订", "制定", "出台", "印发", "清理", "废止", "修改",
  "审查", "备案", "培训", "考核", "检查", "查处", "受理", "调解", "宣传", "开展", "建设", "建成", "完成",
  "组建", "成立", "设立", "撤销", "合并", "撤并", "整合", "整治", "改造", "提升", "升级", "打造", "创建",
  "评选", "表彰", "认定", "确定", "公布", "发布", "推广", "推荐", "申报", "走访", "指导", "督导", "督查",
  "督促", "调研", "排查", "核查", "解决", "化解", "审理", "审结", "办结", "办理", "处理", "参加", "参与",
  "举办", "召开", "编制", "发放", "征集", "收集", "公开", "解读", "答复", "回复", "反馈", "推进", "推动",
  "加强", "完善", "落实", "提供", "实现", "提高", "建立", "健全", "做好", "强化", "规范", "深化", "组织",
  "进行", "发现", "整改", "帮助", "协调",
];
const CLAUSE_STARTS = [...VERBS, ..."对从在向将把被由不未没"];

/** Members that start like this are an ordinal run (一是…二是…), which is another rule's business. */
const ORDINAL_START = /^(?:[一二三四五六七八九十]+是|第[一二三四五六七八九十百\d]|[（(][一二三四五六七八九十\d]+[）)]|[\u2460-\u2473]|首先|其次|再次|最后)/u;

/** A Chinese numeral and a measure word inside a member (县两级, 甲三类) make it a count, not a name. */
const NUMERAL_CODES = new Set([..."〇零一二两三四五六七八九十百千万"].map((c) => c.charCodeAt(0)));
const COUNT_AFTER_NUMERAL = new Set([..."级类个项家所名位条种批次届轮期部处份件人户层"]);
// Words before a count that make it a rank (前三位, 前5名), which may be shared: 前 and 第.

/** Characters before 等 that make it part of a word (平等, 同等, 一等奖), not "and so on". */
const NOT_DENG_BEFORE = new Set([..."平同对均相上中下高初何此这那超特优次劣头一二三四五六七八九十"]);
/** Characters that cannot start the noun counted by a list-first count (4个以上, 3家的…). */
const NOT_NOUN_START = new Set([..."的以左多余次在中里内和与及或等是为了均都也已共合累"]);

/** A 和/及/与 this close to these characters is inside a word (和谐, 涉及, 参与), not a join. */
const CONJUNCTION_WORDS: Readonly<Record<string, { before: string; after: string }>> = {
  和: { before: "共温平缓调祥饱附总柔人谦随应唱", after: "谐平睦解美顺气煦" },
  及: { before: "涉普危波惠顾殃论提推企以", after: "时早格其" },
  与: { before: "参给赋授", after: "会其否" },
};
// The same by code unit: looked up at every character of a last member.
const CONJUNCTION_BY_CODE = new Map(Object.entries(CONJUNCTION_WORDS).map(([c, word]) => [c.charCodeAt(0), word]));
/**
 * Endings that make the words before a 和 a complete name, so the 和 joins two members (乙中心和丙站).
 * Otherwise it may be inside one name (人力资源和社会保障局) and both readings are kept.
 */
const NAME_HEADS = ["中心", "公司", "集团", "银行", "分行", "支行", "医院", "学校", "大学", "学院", "街道", "社区", "委员会", "办公室"];
const NAME_HEAD_CHARS = new Set([..."局院站厅署办司处科室校馆厂所组队》”’）)」』"]);

type Boundary = "dun" | "comma" | "semicolon" | "colon" | "stop" | "end";

/** A stretch of a sentence between two separators, outside brackets. */
interface Segment {
  /** First and past-last non-space characters. */
  readonly start: number;
  readonly end: number;
  /** Where the segment begins and where its separator stands (or the sentence ends). */
  readonly rawStart: number;
  readonly rawEnd: number;
  /** The separator after it. */
  readonly boundary: Boundary;
}

function boundaryOf(c: number): Boundary | null {
  switch (c) {
    case 0x3001: // 、
    case 0xfe51: // ﹑
    case 0xff64: // ､
      return "dun";
    case 0xff0c: // ，
    case 0x2c:
      return "comma";
    case 0xff1b: // ；
    case 0x3b:
      return "semicolon";
    case 0xff1a: // ：
    case 0x3a:
      return "colon";
    case 0x3002: // 。
    case 0xff01:
    case 0xff1f:
    case 0x21:
    case 0x3f:
      return "stop";
    default:
      return null;
  }
}

/** A sentence: clauses sharing a paragraph and sentence index. */
function sentenceSpans(clauses: readonly Clause[]): Span[] {
  const out: Span[] = objectList();
  let last: Clause | null = null;
  for (const clause of clauses) {
    if (last && last.paragraph === clause.paragraph && last.sentence === clause.sentence) out[out.length - 1]![1] = clause.span[1];
    else out.push([clause.span[0], clause.span[1]]);
    last = clause;
  }
  return out;
}

/** Per-sentence view: its segments and outermost bracket pairs. */
class Sentence {
  readonly segments: Segment[] = objectList();
  readonly pairs: BracketPair[];

  constructor(
    readonly text: string,
    span: Span,
    marks: BracketMarks,
  ) {
    this.pairs = outermost(matchMarks(marks, span[0], span[1]).pairs);
    let k = 0;
    let from = span[0];
    for (let i = span[0]; i < span[1]; i++) {
      // An ideograph is no separator, and one inside a pair is passed like the rest of it at the pair's next mark.
      const c = text.charCodeAt(i);
      if (c >= 0x4e00 && c <= 0x9fff) continue;
      while (k < this.pairs.length && this.pairs[k]!.close < i) k++;
      const pair = this.pairs[k];
      if (pair && pair.open <= i) {
        i = pair.close;
        continue;
      }
      const boundary = boundaryOf(c);
      if (boundary === null) continue;
      this.push(from, i, boundary);
      from = i + 1;
    }
    this.push(from, span[1], "end");
  }

  private push(rawStart: number, rawEnd: number, boundary: Boundary): void {
    let start = rawStart;
    while (start < rawEnd && isSpace(this.text.charCodeAt(start))) start++;
    let end = rawEnd;
    while (end > start && isSpace(this.text.charCodeAt(end - 1))) end--;
    this.segments.push({ start, end, rawStart, rawEnd, boundary });
  }

  /** Index of the first pair opening at or after `at`. */
  private firstPairFrom(at: number): number {
    let lo = 0;
    let hi = this.pairs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.pairs[mid]!.open < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The outermost pairs lying wholly in [start, end). */
  pairsIn(start: number, end: number): BracketPair[] {
    const out: BracketPair[] = objectList();
    for (let k = this.firstPairFrom(start); k < this.pairs.length && this.pairs[k]!.close < end; k++) out.push(this.pairs[k]!);
    return out;
  }

  /** True when `at` lies inside a bracket pair (or on one of its marks). */
  insidePair(at: number): boolean {
    const k = this.firstPairFrom(at + 1) - 1;
    return k >= 0 && this.pairs[k]!.close >= at;
  }
}

/** Sorted starts of every quantity and rate, to tell whether a member holds a number. */
class NumberIndex {
  private readonly starts: number[];

  constructor(quantities: readonly Quantity[], rates: readonly Rate[]) {
    // Loops, not map + spread: an empty list has another map, which deoptimized findNamedLists.
    const starts: number[] = [];
    for (const q of quantities) starts.push(q.span[0]);
    for (const r of rates) starts.push(r.span[0]);
    this.starts = starts.sort((a, b) => a - b);
  }

  /** True when a number starts in [start, end). */
  any(start: number, end: number): boolean {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! < start) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.starts.length && this.starts[lo]! < end;
  }
}

/** One to three ASCII digits (tested for every quantity: no regular expression). */
function isSmallWhole(value: string): boolean {
  if (value.length < 1 || value.length > 3) return false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

function isCountCandidate(q: Quantity): boolean {
  if (q.approx !== "exact" || q.decimals !== 0 || q.multiplier !== "" || !COUNT_MEASURE_WORDS.has(q.unitText)) return false;
  if (q.label.endsWith("前") || q.label.endsWith("第")) return false;
  if (!isSmallWhole(q.value)) return false;
  const value = Number(q.value);
  return value >= 1 && value <= MAX_COUNT;
}

/** True for [start, end) made of at most MAX_NOUN_LENGTH Chinese characters, none of them 的. */
function isShortNoun(text: string, start: number, end: number): boolean {
  if (end - start > MAX_NOUN_LENGTH) return false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!isHan(c) || c === 0x7684 /* 的 */) return false;
  }
  return true;
}

function markerAt(text: string, at: number, end: number, markers: readonly Marker[]): Marker | null {
  for (const m of markers) if (at + m.word.length <= end && text.startsWith(m.word, at)) return m;
  return null;
}

const startsWithAny = (s: string, words: readonly string[]) => words.some((w) => s.startsWith(w));

/** A member before splitting: a span and whether it is the first or last of the list. */
interface RawItem {
  start: number;
  end: number;
}

/** The members of a list with the readings of their number. */
interface ReadItems {
  readonly items: NamedListItem[];
  readonly itemCounts: number[];
  /** Some member is a run of 《》 titles or quoted names back to back. */
  readonly byTitles: boolean;
  /** Every member is a title or quoted name (《权力清单》、《责任清单》). */
  readonly allTitles: boolean;
  /** The last member was split at a certain 和/及/与, which marks it as the last. */
  readonly joined: boolean;
}

/** Finds the named lists of a report from its clauses and the quantities and rates already read. */
export function findNamedLists(
  text: string,
  clauses: readonly Clause[],
  quantities: readonly Quantity[],
  rates: readonly Rate[],
  marks: BracketMarks = indexMarks(text),
): NamedList[] {
  const out: NamedList[] = objectList();
  const numbers = new NumberIndex(quantities, rates);
  let q = 0;
  for (const span of sentenceSpans(clauses)) {
    while (q < quantities.length && quantities[q]!.span[0] < span[0]) q++;
    let sentence: Sentence | null = null;
    let segment = 0;
    for (; q < quantities.length && quantities[q]!.span[0] < span[1]; q++) {
      const count = quantities[q]!;
      if (!isCountCandidate(count)) continue;
      sentence ??= new Sentence(text, span, marks);
      const segments = sentence.segments;
      while (segment < segments.length - 1 && segments[segment]!.rawEnd < count.span[0]) segment++;
      const seg = segments[segment]!;
      if (count.span[0] < seg.start || count.span[1] > seg.rawEnd || sentence.insidePair(count.span[0])) continue;
      const reader = new ListReader(text, sentence, numbers, count, q, segment);
      const list = reader.countFirst() ?? reader.listFirst();
      if (list) out.push(list);
    }
  }
  return out;
}

/** Reads the list around one count. */
class ListReader {
  private readonly segments: readonly Segment[];

  constructor(
    private readonly text: string,
    private readonly sentence: Sentence,
    private readonly numbers: NumberIndex,
    private readonly count: Quantity,
    private readonly quantityIndex: number,
    private readonly segmentIndex: number,
  ) {
    this.segments = sentence.segments;
  }

  /** 下属单位共4家，分别是甲院、乙中心和丙站. */
  countFirst(): NamedList | null {
    const { text, segments, count } = this;
    const k = this.segmentIndex;
    const seg = segments[k]!;
    // A count inside a list of counts (公园3个、广场2个，分别为…) does not own what follows.
    if (k > 0 && segments[k - 1]!.boundary === "dun") return null;
    const tail = count.span[1];
    let found: { marker: Marker | null; segment: number; at: number } | null = null;
    // 4家单位分别是甲、乙 — the marker in the count's own segment, after at most a short noun.
    const limit = Math.min(seg.end, tail + MAX_NOUN_LENGTH + 1);
    for (let at = tail; at < limit && !found; at++) {
      const m = markerAt(text, at, seg.end, INLINE_MARKERS);
      if (m && isShortNoun(text, tail, at)) found = this.afterMarker(m, k, at + m.word.length);
    }
    // 共4家，分别是甲、乙 / 印发3份清单：《A》、《B》 — the marker (or the colon alone) after a separator.
    if (!found && isShortNoun(text, tail, seg.end) && (seg.boundary === "comma" || seg.boundary === "colon")) {
      const next = segments[k + 1];
      const m = next ? markerAt(text, next.start, next.end, MARKERS) : null;
      if (next && m) found = this.afterMarker(m, k + 1, next.start + m.word.length);
      else if (next && seg.boundary === "colon") found = { marker: null, segment: k + 1, at: next.start };
    }
    if (!found) return null;
    const raw = this.collectForward(found.segment, found.at);
    if (!raw) return null;
    let open = found.marker?.open ?? false;
    let openMarker = open ? found.marker!.word : null;
    const last = raw.items.at(-1)!;
    const ending = this.openEnding(last.start, last.end);
    if (ending === undefined) return null;
    if (ending) {
      last.end = ending.end;
      open = true;
      openMarker ??= ending.word;
    }
    const read = this.readItems(raw.items, { leadIn: false, conjunctionOnlyOk: true });
    if (!read) return null;
    if (found.marker?.namesOnly && read.items.some((item) => looksLikeClause(item.text))) return null;
    const counts = raw.separator === "comma" ? range(Math.min(2, read.itemCounts[0]!), read.itemCounts.at(-1)!) : this.withContinuation(read, raw.last);
    return this.build(read, counts, {
      order: "count-first",
      closure: open ? "open" : "closed",
      marker: found.marker?.word ?? text[segments[k]!.rawEnd]!,
      openMarker,
      separator: raw.separator ?? (read.byTitles ? "titles" : "conjunction"),
      span: [count.span[0], read.items.at(-1)!.span[1]],
    });
  }

  /**
   * The readings of a 、 list that stops at a comma with nothing marking its last member: what follows
   * up to the end of the sentence may be more members (宣传不够深入、培训不够系统，制度不够健全), so each
   * further segment adds a reading. A 和 before the last member, or a run of titles, closes the list.
   */
  private withContinuation(read: ReadItems, last: number): number[] {
    const { segments } = this;
    if (segments[last]!.boundary !== "comma" || read.joined || read.allTitles) return read.itemCounts;
    let more = 0;
    for (let i = last + 1; i < segments.length && more < MAX_ITEMS; i++) {
      more++;
      const b = segments[i]!.boundary;
      if (b !== "comma" && b !== "dun") break;
    }
    return range(read.itemCounts[0]!, read.itemCounts.at(-1)! + more);
  }

  /** Where the members start after a marker word: in the same segment, or after 分别是：. */
  private afterMarker(m: Marker, segment: number, at: number): { marker: Marker; segment: number; at: number } | null {
    const seg = this.segments[segment]!;
    let from = at;
    while (from < seg.end && isSpace(this.text.charCodeAt(from))) from++;
    if (from < seg.end) return { marker: m, segment, at: from };
    const next = this.segments[segment + 1];
    return seg.boundary === "colon" && next ? { marker: m, segment: segment + 1, at: next.start } : null;
  }

  /**
   * The segments of a count-first list from `segment` (starting at `at`): 、-separated up to the first
   * other separator; or ，- or ；-separated to the end of the sentence with no other separator.
   */
  private collectForward(segment: number, at: number): { items: RawItem[]; separator: NamedList["separator"] | null; last: number } | null {
    const { segments } = this;
    const first = segments[segment];
    if (!first || at >= first.end) return null;
    const kind = first.boundary;
    if (kind === "colon") return null;
    const items: RawItem[] = [{ start: at, end: first.end }];
    if (first.end - at > RAW_ITEM_LIMIT) return null;
    if (kind === "stop" || kind === "end") return { items, separator: null, last: segment };
    for (let i = segment + 1; i < segments.length; i++) {
      const seg = segments[i]!;
      if (items.length >= MAX_ITEMS || seg.end - seg.start > RAW_ITEM_LIMIT) return null;
      items.push({ start: seg.start, end: seg.end });
      if (seg.boundary === kind) continue;
      if (kind === "dun") return seg.boundary === "colon" ? null : { items, separator: "dun", last: i };
      return seg.boundary === "stop" || seg.boundary === "end" ? { items, separator: kind, last: i } : null;
    }
    return null;
  }

  /** 华标涛景湾、江湾花苑、保利康桥、滨江花园等4个小区. */
  listFirst(): NamedList | null {
    const { text, segments, count } = this;
    if (Number(count.value) < 1) return null;
    // The count must be followed by the noun it counts (4个小区), not stand after it (示范区125个).
    const after = text.charCodeAt(count.span[1]);
    if (!isHan(after) || NOT_NOUN_START.has(text[count.span[1]]!)) return null;
    const k = this.segmentIndex;
    const seg = segments[k]!;
    let end = count.span[0];
    while (end > seg.start && isSpace(text.charCodeAt(end - 1))) end--;
    let link = "";
    for (const word of ["等等", "等共", "等", "共"]) {
      if (end - word.length > seg.start && text.startsWith(word, end - word.length)) {
        if (word.startsWith("等") && NOT_DENG_BEFORE.has(text[end - word.length - 1]!)) break;
        link = word;
        break;
      }
    }
    end -= link.length;
    while (end > seg.start && isSpace(text.charCodeAt(end - 1))) end--;
    if (end <= seg.start) return null;
    const items: RawItem[] = [{ start: seg.start, end }];
    for (let i = k - 1; i >= 0 && segments[i]!.boundary === "dun"; i--) {
      if (items.length >= MAX_ITEMS) return null;
      items.unshift({ start: segments[i]!.start, end: segments[i]!.end });
    }
    const leadIn = this.trimLeadIn(items[0]!);
    if (!leadIn) return null;
    const read = this.readItems(items, { leadIn: true, conjunctionOnlyOk: false });
    if (!read) return null;
    const open = link.startsWith("等") || OPENING_LEAD_INS.has(leadIn.word);
    // Members that start with a verb are actions (新建、改建5所学校) — unless 等 closes them into
    // counted aspects (健全…体系、健全…体系等10个方面).
    const aspects = open && ASPECT_NOUNS.some((noun) => text.startsWith(noun, count.span[1]));
    if (!aspects && read.items.slice(1).some((item) => startsWithAny(item.text, CLAUSE_STARTS))) return null;
    return this.build(read, read.itemCounts, {
      order: "list-first",
      closure: open ? "open" : "closed",
      marker: link,
      openMarker: link.startsWith("等") ? link : open ? leadIn.word : null,
      separator: items.length > 1 ? "dun" : "titles",
      span: [read.items[0]!.span[0], count.span[1]],
    });
  }

  /**
   * Moves the start of a list-first list's first member past the words leading into it (共指导华标涛景湾
   * → 华标涛景湾). Returns the lead-in found ("" for none), or null when the member cannot be a name.
   */
  private trimLeadIn(item: RawItem): { word: string } | null {
    const { text } = this;
    // Only the end of a long segment can hold the member; searching a window keeps this bounded.
    const windowStart = Math.max(item.start, item.end - RAW_ITEM_LIMIT);
    const window = text.slice(windowStart, item.end - 1);
    // The lead-in ending last (outside brackets), the first in LEAD_INS on a tie: one pass over the
    // window with the words by first character, not a lastIndexOf per word.
    let best = -1;
    let word = "";
    let order = LEAD_INS.length;
    for (let at = 0; at < window.length; at++) {
      const words = LEAD_INS_BY_FIRST.get(window.charCodeAt(at));
      if (words === undefined) continue;
      for (const [w, k] of words) {
        const end = windowStart + at + w.length;
        if (end < best || (end === best && k > order) || !window.startsWith(w, at) || this.sentence.insidePair(windowStart + at)) continue;
        best = end;
        word = w;
        order = k;
      }
    }
    if (best < 0) {
      const short = SHORT_LEAD_INS.find((w) => text.startsWith(w, item.start) && item.end - item.start > w.length);
      if (short) {
        best = item.start + short.length;
        word = short;
      }
    }
    if (best >= 0) {
      item.start = best;
      while (item.start < item.end && isSpace(text.charCodeAt(item.start))) item.start++;
    }
    return item.end - item.start > MAX_ITEM_LENGTH ? null : { word };
  }

  /**
   * The end of the last member before 等/等等/…… that leave a list open, null when there is none,
   * or undefined when 等 is followed by more than a short noun (the list is not read).
   */
  private openEnding(start: number, end: number): { end: number; word: string } | null | undefined {
    const { text } = this;
    for (const dots of ["……", "…", "..."]) {
      if (end - dots.length > start && text.startsWith(dots, end - dots.length)) return { end: trimEnd(text, start, end - dots.length), word: dots };
    }
    for (let at = end - 1; at > start; at--) {
      if (text[at] !== "等" || this.sentence.insidePair(at) || NOT_DENG_BEFORE.has(text[at - 1]!)) continue;
      const word = text.startsWith("等等", at) ? "等等" : "等";
      if (!isShortNoun(text, at + word.length, end)) return undefined;
      return { end: trimEnd(text, start, at), word };
    }
    return null;
  }

  /**
   * Splits the raw members into names: a member made only of 《》 titles gives one name per title; the
   * last member is split at 和/及/与/以及. Null when a member cannot be a name.
   */
  private readItems(raw: readonly RawItem[], options: { leadIn: boolean; conjunctionOnlyOk: boolean }): ReadItems | null {
    const items: NamedListItem[] = objectList();
    let byTitles = false;
    let uncertain = 0;
    let joined = false;
    let allTitles = true;
    for (const [index, item] of raw.entries()) {
      const isLast = index === raw.length - 1;
      if (!this.isNameLike(item.start, item.end, isLast)) return null;
      const titles = this.titleRun(item.start, item.end, options.leadIn && index === 0);
      if (!titles) allTitles = false;
      if (titles && titles.length > 1) {
        byTitles = true;
        for (const [s, e] of titles) items.push(this.item(s, e));
        continue;
      }
      const start = titles ? titles[0]![0] : item.start;
      if (!isLast) {
        items.push(this.item(start, item.end));
        continue;
      }
      const split = this.splitAtConjunctions(start, item.end);
      if (!split) return null;
      for (const [s, e] of split.parts) items.push(this.item(s, e));
      uncertain = split.uncertain;
      joined = split.parts.length > 1;
    }
    // A list-first list needs 、 or titles: 甲和乙两个X is too often two actions on one thing.
    if (raw.length === 1 && !byTitles && !options.conjunctionOnlyOk) return null;
    if (items.length + uncertain < 2) return null;
    return { items, itemCounts: range(items.length, items.length + uncertain), byTitles, allTitles, joined };
  }

  private item(start: number, end: number): NamedListItem {
    return { span: [start, end], text: this.text.slice(start, end) };
  }

  /** True when [start, end) can be one or more names: short, no numbers, no ordinal, no 或, no inner 等. */
  private isNameLike(start: number, end: number, isLast: boolean): boolean {
    const { text } = this;
    if (end <= start || end - start > MAX_ITEM_LENGTH) return false;
    if (this.numbers.any(start, end)) return false;
    if (ORDINAL_START.test(text.slice(start, Math.min(end, start + 6)))) return false;
    const pairs = this.sentence.pairsIn(start, end);
    let k = 0;
    for (let i = start; i < end; i++) {
      const pair = pairs[k];
      if (pair && pair.open === i) {
        i = pair.close;
        k++;
        continue;
      }
      const c = text.charCodeAt(i);
      if (digitValue(c) >= 0 || c === 0x6216 /* 或 */) return false;
      // Code units first: a one-character string per character of every member cost more than the tests.
      if (NUMERAL_CODES.has(c) && COUNT_AFTER_NUMERAL.has(text[i + 1] ?? "")) return false;
      if (!isLast && c === 0x7b49 /* 等 */ && i > start && !NOT_DENG_BEFORE.has(text[i - 1]!)) return false;
    }
    return true;
  }

  /**
   * The 《》 titles or quoted names making up [start, end) (annotations in brackets after one stay with
   * it), or null when the member is not such a run. With `leadIn`, words before the first title are
   * dropped (制定《A办法》《B规定》).
   */
  private titleRun(start: number, end: number, leadIn: boolean): Span[] | null {
    const { text } = this;
    const pairs = this.sentence.pairsIn(start, end);
    const firstTitle = pairs.findIndex((p) => p.kind === "title" || p.kind === "quote");
    if (firstTitle < 0) return null;
    let i = pairs[firstTitle]!.open;
    if (i > start && !leadIn) return null;
    const titles: Span[] = objectList();
    for (let k = firstTitle; k < pairs.length; k++) {
      const pair = pairs[k]!;
      while (i < pair.open && isSpace(text.charCodeAt(i))) i++;
      if (i !== pair.open) return null;
      if (pair.kind === "title" || pair.kind === "quote") titles.push([pair.open, pair.close + 1]);
      else if (pair.kind === "paren" && titles.length > 0) titles[titles.length - 1]![1] = pair.close + 1;
      else return null;
      i = pair.close + 1;
    }
    return trimEnd(text, i, end) === i ? titles : null;
  }

  /**
   * Splits the last member at 和/及/与/以及. A join after a complete name (乙中心和丙站, 《A》和《B》) is
   * certain; any other may be inside one name and is counted as "maybe" (`uncertain`).
   */
  private splitAtConjunctions(start: number, end: number): { parts: Span[]; uncertain: number } | null {
    const { text } = this;
    const pairs = this.sentence.pairsIn(start, end);
    const parts: Span[] = objectList();
    let uncertain = 0;
    let from = start;
    let k = 0;
    for (let i = start + 1; i < end - 1; i++) {
      while (k < pairs.length && pairs[k]!.close < i) k++;
      const pair = pairs[k];
      if (pair && pair.open <= i) {
        i = pair.close;
        continue;
      }
      const width = text.startsWith("以及", i) ? 2 : 1;
      const word = CONJUNCTION_BY_CODE.get(text.charCodeAt(i));
      if (width === 1 && (!word || word.before.includes(text[i - 1]!) || word.after.includes(text[i + 1]!))) continue;
      if (i + width >= end) break;
      const left = trimEnd(text, from, i);
      if (left <= from) return null;
      if (endsWithNameHead(text, from, left) && endsWithNameHead(text, i + width, end)) {
        parts.push([from, left]);
        from = i + width;
        while (from < end && isSpace(text.charCodeAt(from))) from++;
      } else uncertain++;
      i += width - 1;
    }
    parts.push([from, end]);
    return { parts, uncertain };
  }

  private build(
    read: ReadItems,
    itemCounts: number[],
    rest: Pick<NamedList, "order" | "closure" | "marker" | "openMarker" | "separator" | "span">,
  ): NamedList {
    const { count } = this;
    return {
      count: {
        quantity: this.quantityIndex,
        span: count.span,
        text: count.raw,
        value: Number(count.value),
        measureWord: count.unitText,
      },
      items: read.items,
      itemCounts,
      ...rest,
    };
  }
}

/** True when a member reads as a clause rather than a name: it starts with or holds a verb. */
function looksLikeClause(item: string): boolean {
  return startsWithAny(item, CLAUSE_STARTS) || VERBS.some((v) => item.includes(v));
}

function endsWithNameHead(text: string, start: number, end: number): boolean {
  const e = trimEnd(text, start, end);
  if (e <= start) return false;
  if (NAME_HEAD_CHARS.has(text[e - 1]!) && e - start >= 2) return true;
  return NAME_HEADS.some((h) => e - h.length > start && text.startsWith(h, e - h.length));
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && isSpace(text.charCodeAt(e - 1))) e--;
  return e;
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let n = from; n <= to; n++) out.push(n);
  return out;
}
