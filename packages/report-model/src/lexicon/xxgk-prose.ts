/**
 * How the prose of a 政府信息公开工作年度报告 names the cells of its tables: phrases before a count
 * (共收到政府信息公开申请312件, 予以公开140件, 因本机关不掌握等原因无法提供564件, 行政复议5件) → the cells the
 * count repeats (XXGK_TEMPLATE ids), and the totals a share (占44.9%) may be taken of. Data, written
 * once; the rule xxgk-prose-vs-table reads it.
 *
 * Sources:
 * - template: 国办公开办函〔2021〕30号 (row names of parts 二, 三 and 四; the note that 第一项加第二项之和
 *   等于第三项加第四项之和);
 * - wordings: own reading of tooling/fixtures/reports/corpus/xxgk-*.txt and numbers/num-44.txt,
 *   num-51.txt (共受理…办结…（含上年结转…）, 同意公开答复, 无法提供的, 转下一年度办理答复的有, 不掌握等原因无法提供,
 *   属信访、重复申请等不予处理);
 * - 共受理 may mean 本年新收 or 本年新收 + 上年结转: issue 18 and shared/docs/domain.md ("check both
 *   readings before reporting").
 */
import type { XxgkTableId } from "../xxgk.js";
import { XXGK_TEMPLATE } from "./xxgk-template.js";

export const XXGK_PROSE_SOURCE = "国办公开办函〔2021〕30号; wordings read in tooling/fixtures/reports (corpus xxgk-*, numbers num-44, num-51)" as const;

/** One cell of a template table. */
export interface XxgkCellRef {
  readonly table: XxgkTableId;
  readonly row: string;
  readonly column: string;
}

/**
 * One meaning of a prose count: the sum of `cells`. When a cell is not printed, `fallback` (a group's
 * own total row, which some reports print) is read instead.
 */
export interface XxgkReading {
  readonly cells: readonly XxgkCellRef[];
  readonly fallback?: readonly XxgkCellRef[];
}

export interface XxgkProsePhrase {
  readonly id: string;
  /**
   * Regular expression source (flag "u") matched against the words before the count, back to the
   * previous separator, number or sentence end, with line breaks and spaces taken out. Of the
   * phrases found there, the one ending nearest the count names it.
   */
  readonly pattern: string;
  /** What the count may mean; it agrees with the table when any reading does. */
  readonly readings: readonly XxgkReading[];
  /**
   * Readings that also fit when the sentence says the count includes the year's carry-over
   * (收到申请36件（含上年结转2件）).
   */
  readonly withCarriedOver?: readonly XxgkReading[];
  /** Regular expression source the sentence must match for the phrase to count (申请 for 收到, 受理). */
  readonly context?: string;
  /** Regular expression source: words before the count that make it part of the total (其中通过网络收到申请). */
  readonly exclude?: string;
  /**
   * True when the phrase is the template's own words for one cell or group (予以公开, 不予处理): a
   * disagreement is an error when the cells were placed for certain. Otherwise a warning.
   */
  readonly certain: boolean;
  readonly source: string;
}

const apps = (row: string): XxgkCellRef => ({ table: "applications", row, column: "total" });
const one = (row: string): XxgkReading => ({ cells: [apps(row)] });
/** The sub-rows of a group of part 三 ((三)不予公开 1–8), its own total row as the fallback. */
const group = (id: string): XxgkReading => ({
  cells: XXGK_TEMPLATE.find((t) => t.id === "applications")!.rows.filter((r) => r.group === id).map((r) => apps(r.id)),
  fallback: [apps(id)],
});
const review = (row: string): XxgkCellRef => ({ table: "review-litigation", row, column: "total" });
const art20 = (row: string, column: string): XxgkReading => ({ cells: [{ table: "art20-1", row, column }] });

const NEW = one("new");
const NEW_AND_CARRIED: XxgkReading = { cells: [apps("new"), apps("carried-over")] };
const TEMPLATE = "国办公开办函〔2021〕30号";
const READ = "wording read in the corpus";
// Words between a verb and the documents it counts (制发了市政府行政规范性文件).
const BETWEEN = "[^，,。；;、]{0,10}";
// Words between a phrase and its count that change nothing (答复的有, 共计, 数为).
const FILLER = "(答复|决定|申请|案件)?[的了数量为共计有合达]{0,4}$";
// Words between 收到/受理 and 申请, not about another kind of application (行政复议申请).
const TO_APPLICATION = "[^，,。；;、复诉]{0,12}申请(信息)?(公开)?件?";

/**
 * Phrases in the order of the template; when two end at the same place, the longer match wins
 * (予以公开及部分公开 over 部分公开).
 */
export const XXGK_PROSE_PHRASES: readonly XxgkProsePhrase[] = [
  {
    id: "new",
    exclude: "其中",
    pattern: `(收到|新收|接收|接到)${TO_APPLICATION}${FILLER}`,
    readings: [NEW],
    withCarriedOver: [NEW_AND_CARRIED],
    context: "申请",
    certain: true,
    source: `${TEMPLATE}: 一、本年新收政府信息公开申请数量; ${READ}: 全年收到政府信息公开申请34件`,
  },
  {
    id: "received",
    exclude: "其中",
    // 共受理 N 件: this year's new applications, or those with last year's carry-over.
    pattern: `受理${TO_APPLICATION}${FILLER}`,
    readings: [NEW, NEW_AND_CARRIED],
    context: "申请",
    certain: false,
    source: `issue 18 (共受理 may mean 新收 or 新收 + 上年结转); ${READ}: 市政府共受理政府信息公开申请1295件`,
  },
  {
    id: "handled-applications",
    // 办理政府信息公开申请152件: the applications dealt with in the year (新收 + 上年结转), or those
    // finished (（七）总计), or the new ones.
    pattern: `办理${TO_APPLICATION}${FILLER}`,
    readings: [NEW_AND_CARRIED, one("results-total"), NEW],
    exclude: "其中",
    certain: false,
    source: `${READ} (xxgk-synthetic): 办理政府信息公开申请152件 = 新收144 + 上年结转8`,
  },
  {
    id: "carried-over",
    pattern: `上一?年度?结转(的)?(政府信息公开)?(申请)?${FILLER}`,
    readings: [one("carried-over")],
    certain: true,
    source: `${TEMPLATE}: 二、上年结转政府信息公开申请数量; ${READ}: 办结1191件（含上年结转189件）`,
  },
  {
    id: "handled",
    exclude: "其中",
    pattern: `办结${FILLER}`,
    readings: [one("results-total")],
    context: "申请",
    certain: false,
    source: `${TEMPLATE}: 三、本年度办理结果（七）总计; ${READ}: 共受理…申请1295件，办结1191件`,
  },
  {
    id: "disclosed-and-partly",
    pattern: `(予以|同意)公开(答复)?(及|和|与|、|以及)部分公开${FILLER}`,
    readings: [{ cells: [apps("disclosed"), apps("partly-disclosed")] }],
    certain: true,
    source: `${TEMPLATE}: （一）予以公开 + （二）部分公开; ${READ}: 予以公开及部分公开208件（17.46%）`,
  },
  {
    id: "disclosed",
    pattern: `(?<![不未])(予以|同意)公开${FILLER}`,
    readings: [one("disclosed")],
    certain: true,
    source: `${TEMPLATE}: （一）予以公开; ${READ}: 同意公开答复9件`,
  },
  {
    id: "partly-disclosed",
    pattern: `部分公开${FILLER}`,
    readings: [one("partly-disclosed")],
    certain: true,
    source: `${TEMPLATE}: （二）部分公开; ${READ}: 部分公开答复0件`,
  },
  {
    id: "withheld",
    pattern: `不予(以)?公开${FILLER}`,
    readings: [group("withheld")],
    certain: true,
    source: `${TEMPLATE}: （三）不予公开 1–8; ${READ}: 不予公开20件（1.68%）`,
  },
  {
    id: "unavailable",
    pattern: `无法提供${FILLER}`,
    readings: [group("unavailable")],
    certain: true,
    source: `${TEMPLATE}: （四）无法提供 1–3; ${READ}: 因本机关不掌握等原因无法提供564件`,
  },
  {
    id: "not-processed",
    pattern: `不予处理${FILLER}`,
    readings: [group("not-processed")],
    certain: true,
    source: `${TEMPLATE}: （五）不予处理 1–5; ${READ}: 属信访、重复申请等不予处理80件`,
  },
  {
    id: "other-handling",
    pattern: `其他(方式)?处理${FILLER}`,
    readings: [group("other")],
    certain: true,
    source: `${TEMPLATE}: （六）其他处理 1–3; ${READ}: 其他处理319件`,
  },
  {
    id: "carried-forward",
    pattern: `(结转|转入?|转至|转到)(至|到)?下一?(个)?年度?(继续)?(办理|处理)?${FILLER}`,
    readings: [one("carried-forward")],
    certain: true,
    source: `${TEMPLATE}: 四、结转下年度继续办理; ${READ}: 转下一年度办理答复的有1件`,
  },
  {
    id: "review",
    pattern: `行政复议${FILLER}`,
    readings: [{ cells: [review("review")] }],
    context: "公开",
    certain: true,
    source: `${TEMPLATE}: 四、行政复议 总计`,
  },
  {
    id: "litigation",
    pattern: `(?<!复议后|直接)(提起)?行政诉讼${FILLER}`,
    readings: [{ cells: [review("litigation-direct"), review("litigation-after-review")] }],
    context: "公开",
    certain: true,
    source: `${TEMPLATE}: 四、行政诉讼 未经复议直接起诉 总计 + 复议后起诉 总计`,
  },
  {
    id: "regulations-issued",
    pattern: `(制发|印发|出台|制定|新制定)${BETWEEN}规章$`,
    readings: [art20("regulations", "issued")],
    certain: false,
    source: `${TEMPLATE}: 第二十条第（一）项 规章 本年制发件数`,
  },
  {
    id: "normative-issued",
    pattern: `(制发|印发|出台|制定|新制定)${BETWEEN}规范性文件$`,
    readings: [art20("normative-documents", "issued")],
    certain: false,
    source: `${TEMPLATE}: 第二十条第（一）项 行政规范性文件 本年制发件数`,
  },
  {
    id: "regulations-repealed",
    pattern: `废止${BETWEEN}规章$`,
    readings: [art20("regulations", "repealed")],
    certain: false,
    source: `${TEMPLATE}: 第二十条第（一）项 规章 本年废止件数`,
  },
  {
    id: "normative-repealed",
    pattern: `废止${BETWEEN}规范性文件$`,
    readings: [art20("normative-documents", "repealed")],
    certain: false,
    source: `${TEMPLATE}: 第二十条第（一）项 行政规范性文件 本年废止件数`,
  },
  {
    id: "regulations-in-force",
    pattern: `现行有效${BETWEEN}规章$`,
    readings: [art20("regulations", "in-force")],
    certain: false,
    source: `${TEMPLATE}: 第二十条第（一）项 规章 现行有效件数`,
  },
  {
    id: "normative-in-force",
    pattern: `现行有效${BETWEEN}规范性文件$`,
    readings: [art20("normative-documents", "in-force")],
    certain: false,
    source: `${TEMPLATE}: 第二十条第（一）项 行政规范性文件 现行有效件数`,
  },
];

/**
 * What a share of part 三's outcomes (予以公开208件（17.46%）, 占44.9%) may be taken of: the year's
 * results (（七）总计), the new applications, or new + carried-over (= 总计 + 结转下年度). The share
 * agrees when any of them gives it.
 */
export const XXGK_SHARE_TOTALS: readonly XxgkReading[] = [one("results-total"), NEW, NEW_AND_CARRIED];

/** Phrases whose counts a share may follow (part 三's outcomes). */
export const XXGK_SHARE_PHRASES: readonly string[] = [
  "disclosed-and-partly",
  "disclosed",
  "partly-disclosed",
  "withheld",
  "unavailable",
  "not-processed",
  "other-handling",
  "carried-forward",
];

/** Words that make a count before them about another year or a change (同比增加, 较上年, 去年): not a cell. */
export const XXGK_OTHER_PERIOD = "同比|环比|较上年|较去年|比上年|去年|上一?年(?!度?结转)|增加|减少|增长|下降|累计|历年";

/** Words that make a count a subset of what a cell counts (通过网络, 当面, 自然人): never compared. */
export const XXGK_SUBSET_WORDS = "通过|网上|网络|在线|当面|信函|传真|邮寄|邮件|现场|窗口|自然人|法人|企业|公民|个人";
