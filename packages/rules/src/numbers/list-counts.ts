/**
 * List counts: a stated count against the list that names its members (下属单位共4家，分别是甲院、乙中心
 * 和丙站 names three). The parser finds the pairs (`Report.namedLists`); this module decides which
 * disagree and how sure that is. A closed list must name exactly the stated number; a list left open
 * (…等4个小区, 如…, 主要有…) may name fewer, never more. When a 和 may sit inside a name
 * (人力资源和社会保障局) every reading is tried, and any reading that fits keeps the rule silent.
 * Structured data only: the sum-mismatch rule words the message. Docs: docs/rules/sum-mismatch.md
 */
import type { NamedList, NamedListItem, Quantity, Report } from "@reportlint/report-model";

/** A count that disagrees with the members its list names. */
export interface ListCountViolation {
  /** The pair as the parser read it. */
  readonly list: NamedList;
  /** The stated count (4家). */
  readonly count: Quantity;
  /** The stated number (4). */
  readonly stated: number;
  /** The members named, read the usual way. */
  readonly items: readonly NamedListItem[];
  /** How many members the usual reading names (the length of `items`). */
  readonly named: number;
  /** Every number of members the text can be read to name, ascending (none of them fits). */
  readonly namedReadings: readonly number[];
  readonly closure: NamedList["closure"];
  /**
   * certain: a closed count-first list after 分别是/分别为/为/是/即/：, set apart by 、 or titles, with one
   * reading (or a list-first run of 《》 titles); likely: anything less clear-cut.
   */
  readonly certainty: "certain" | "likely";
}

/** Words after a count-first count that promise exactly the members that follow. */
const EXACT_MARKERS = new Set(["分别是", "分别为", "依次是", "依次为", "具体是", "具体为", "具体包括", "即", "为", "是", "：", ":"]);
/** A stated count this far above the names is about kinds or examples, not the members listed. */
const isFarAbove = (stated: number, named: number) => stated > 2 * named + 2;

const isTitle = (item: NamedListItem) => item.text.startsWith("《") && endsWithTitle(item.text);

/**
 * True when a text ends with 》, or with 》 and one bracket after it (《条例》（试行）). The bracket
 * must follow the last closing bracket before the end, so only the text after that one is searched:
 * trying every 》 of a long item up to the end was quadratic.
 */
function endsWithTitle(text: string): boolean {
  if (text.endsWith("》")) return true;
  if (!text.endsWith("）") && !text.endsWith(")")) return false;
  const body = text.slice(0, -1);
  const lastClose = Math.max(body.lastIndexOf("）"), body.lastIndexOf(")"));
  return /》[（(][^）)]*$/u.test(body.slice(lastClose + 1));
}

/** The longest ending all items share (餐饮企业、食品企业 → 企业). */
function commonEnding(items: readonly NamedListItem[]): string {
  let ending = items[0]!.text;
  for (const { text } of items.slice(1)) {
    let n = 0;
    while (n < ending.length && n < text.length && ending[ending.length - 1 - n] === text[text.length - 1 - n]) n++;
    ending = ending.slice(ending.length - n);
  }
  return ending;
}

/**
 * True when every member ends with the noun being counted (涉及企业4家，为餐饮企业、食品企业): the list
 * names kinds of the thing counted, which may hold several members each.
 */
function namesKinds(report: Report, list: NamedList, count: Quantity): boolean {
  const ending = commonEnding(list.items);
  if (ending.length < 2) return false;
  const noun = ending.slice(-2);
  const after = report.text.slice(count.span[1], count.span[1] + 8);
  return count.label.includes(noun) || after.includes(noun);
}

/** Measure words for people; a list of bodies (局, 所, 中心…) does not name them (聘请法律顾问3名，分别为甲律师事务所…). */
const PERSON_WORDS = new Set(["名", "人", "位"]);
const BODY_ENDINGS = /(?:局|院|所|站|厅|办|司|委|中心|公司|单位|部门|政府|街道|镇|乡)$/u;

/** True when people are counted but bodies are listed: the members are elsewhere. */
const countsPeopleListsBodies = (list: NamedList) =>
  PERSON_WORDS.has(list.count.measureWord) && list.items.some((item) => BODY_ENDINGS.test(item.text));

function certaintyOf(list: NamedList): ListCountViolation["certainty"] {
  if (list.closure !== "closed" || list.itemCounts.length !== 1) return "likely";
  if (list.order === "count-first") {
    return EXACT_MARKERS.has(list.marker) && (list.separator === "dun" || list.separator === "titles") ? "certain" : "likely";
  }
  return list.items.every(isTitle) ? "certain" : "likely";
}

/**
 * The named lists of a report whose stated count cannot be right: a closed list naming a different
 * number of members in every reading, or an open one naming more than it states.
 */
export function listCountViolations(report: Report): ListCountViolation[] {
  const out: ListCountViolation[] = [];
  for (const list of report.namedLists) {
    const count = report.quantities[list.count.quantity];
    if (!count) continue;
    const stated = list.count.value;
    const readings = list.itemCounts;
    const fewest = readings[0]!;
    const most = readings.at(-1)!;
    if (list.closure === "closed") {
      if (readings.includes(stated) || isFarAbove(stated, most)) continue;
    } else if (fewest <= stated) continue;
    if (namesKinds(report, list, count) || countsPeopleListsBodies(list)) continue;
    out.push({
      list,
      count,
      stated,
      items: list.items,
      named: list.items.length,
      namedReadings: readings,
      closure: list.closure,
      certainty: certaintyOf(list),
    });
  }
  return out;
}
