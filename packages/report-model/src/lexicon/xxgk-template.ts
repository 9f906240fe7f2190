/**
 * The tables of the 政府信息公开工作年度报告 as the State Council's template prints them, with the label
 * variants real reports print. Data, written once; the parser places printed numbers with it
 * (packages/parser/src/xxgk) and the xxgk rules name rows and columns by these ids.
 *
 * Sources:
 * - template: 《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》
 *   (国办公开办函〔2021〕30号), its 附件 parts 二, 三 and 四 (row and column names, the note
 *   “本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和”);
 * - label variants: own reading of tooling/fixtures/reports/corpus/xxgk-*.txt and numbers/num-06.txt,
 *   num-20.txt (labels split over lines and cells, cut short, with spaces, full- or half-width brackets).
 *
 * Matching is on the normalised label (no spaces, half-width brackets and digits, "1、"/"1．" → "1.",
 * no quotation marks): `keys` are words only that row's label has; `weakKeys` name the row only when no
 * row's key matches (a label cut short before its distinctive words); `exact` labels must be the whole
 * label. A row with `group` is a numbered sub-row of that group; `subtotal` rows are printed by some
 * reports only (a group's own total) and take no place in the template's order.
 */
import type { XxgkTableId } from "../xxgk.js";

export const XXGK_TEMPLATE_SOURCE = "国办公开办函〔2021〕30号, 附件《中华人民共和国政府信息公开工作年度报告格式》" as const;

export interface XxgkRowDef {
  readonly id: string;
  /** The label as the template prints it. */
  readonly label: string;
  /** Words of the normalised label that name this row and no other. */
  readonly keys?: readonly string[];
  /** Words that name this row when no row's keys match. */
  readonly weakKeys?: readonly string[];
  /** Normalised labels that name this row only as the whole label. */
  readonly exact?: readonly string[];
  /** The group row this sub-row belongs to ((三)不予公开 → "withheld"). */
  readonly group?: string;
  /** A group's own total, printed by some reports only: never inferred from order. */
  readonly subtotal?: boolean;
}

export interface XxgkColumnDef {
  readonly id: string;
  /** Printed by some reports only, not by the template (法人或其他组织 小计). */
  readonly optional?: boolean;
  /** The column name as the template prints it. */
  readonly label: string;
  /** Header words that name this column in real reports. */
  readonly variants: readonly string[];
}

export interface XxgkTableDef {
  readonly id: XxgkTableId;
  /** The template's part (二 主动公开, 三 申请, 四 复议诉讼). */
  readonly part: 2 | 3 | 4;
  readonly title: string;
  /** Rows in template order. */
  readonly rows: readonly XxgkRowDef[];
  /** Value columns in template order (the label column is not one). */
  readonly columns: readonly XxgkColumnDef[];
  /** Header words that show the table's columns are the template's (absent: no header check). */
  readonly headerWords?: readonly string[];
  /** Header words of the 2019 form (国办公开办函〔2019〕60号), whose columns differ: its rows are not placed. */
  readonly otherFormWords?: readonly string[];
  readonly source: string;
}

/** Column names of part 二 in the 2019 form (国办公开办函〔2019〕60号), seen in numbers/num-20.txt. */
const FORM_2019_WORDS: readonly string[] = ["上一年项目数量", "本年增/减", "本年新制作", "本年新公开", "对外公开总数量"];

const DECISIONS: XxgkColumnDef = { id: "decisions", label: "本年处理决定数量", variants: ["本年处理决定数量", "处理决定数量"] };

/** The four outcome columns and their total, once for each column group of part 四. */
const REVIEW_COLUMNS: readonly XxgkColumnDef[] = [
  { id: "upheld", label: "结果维持", variants: ["结果维持", "维持"] },
  { id: "corrected", label: "结果纠正", variants: ["结果纠正", "纠正"] },
  { id: "other", label: "其他结果", variants: ["其他结果"] },
  { id: "pending", label: "尚未审结", variants: ["尚未审结"] },
  { id: "total", label: "总计", variants: ["总计"] },
];

const sub = (group: string, n: number, label: string, keys: readonly string[], weakKeys?: readonly string[]): XxgkRowDef => ({
  id: `${group}-${n}`,
  label: `${n}.${label}`,
  keys,
  group,
  ...(weakKeys ? { weakKeys } : {}),
});

export const XXGK_TEMPLATE: readonly XxgkTableDef[] = [
  {
    id: "art20-1",
    part: 2,
    title: "第二十条第（一）项",
    rows: [
      { id: "regulations", label: "规章", exact: ["规章"] },
      { id: "normative-documents", label: "行政规范性文件", exact: ["行政规范性文件", "规范性文件"] },
    ],
    columns: [
      { id: "issued", label: "本年制发件数", variants: ["本年制发件数", "制发"] },
      { id: "repealed", label: "本年废止件数", variants: ["本年废止件数", "废止"] },
      { id: "in-force", label: "现行有效件数", variants: ["现行有效件数", "现行有效"] },
    ],
    headerWords: ["制发", "废止", "现行有效"],
    otherFormWords: FORM_2019_WORDS,
    source: `${XXGK_TEMPLATE_SOURCE}, 二`,
  },
  {
    id: "art20-5",
    part: 2,
    title: "第二十条第（五）项",
    rows: [{ id: "licensing", label: "行政许可", exact: ["行政许可"] }],
    columns: [DECISIONS],
    headerWords: ["处理决定"],
    otherFormWords: FORM_2019_WORDS,
    source: `${XXGK_TEMPLATE_SOURCE}, 二`,
  },
  {
    id: "art20-6",
    part: 2,
    title: "第二十条第（六）项",
    rows: [
      { id: "penalty", label: "行政处罚", exact: ["行政处罚"] },
      { id: "coercion", label: "行政强制", exact: ["行政强制"] },
    ],
    columns: [DECISIONS],
    headerWords: ["处理决定"],
    otherFormWords: FORM_2019_WORDS,
    source: `${XXGK_TEMPLATE_SOURCE}, 二`,
  },
  {
    id: "art20-8",
    part: 2,
    title: "第二十条第（八）项",
    rows: [{ id: "fees", label: "行政事业性收费", exact: ["行政事业性收费"] }],
    columns: [{ id: "amount", label: "本年收费金额（单位：万元）", variants: ["本年收费金额", "收费金额"] }],
    headerWords: ["收费金额"],
    otherFormWords: FORM_2019_WORDS,
    source: `${XXGK_TEMPLATE_SOURCE}, 二`,
  },
  {
    id: "applications",
    part: 3,
    title: "收到和处理政府信息公开申请情况",
    rows: [
      { id: "new", label: "一、本年新收政府信息公开申请数量", keys: ["本年新收"] },
      { id: "carried-over", label: "二、上年结转政府信息公开申请数量", keys: ["上年结转"] },
      { id: "disclosed", label: "（一）予以公开", keys: ["予以公开"] },
      { id: "partly-disclosed", label: "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", keys: ["部分公开"] },
      { id: "withheld", label: "（三）不予公开", keys: ["不予公开"], subtotal: true },
      sub("withheld", 1, "属于国家秘密", ["国家秘密"]),
      sub("withheld", 2, "其他法律行政法规禁止公开", ["法规禁止", "禁止公开"]),
      sub("withheld", 3, "危及“三安全一稳定”", ["三安全", "一稳定"]),
      sub("withheld", 4, "保护第三方合法权益", ["第三方"]),
      sub("withheld", 5, "属于三类内部事务信息", ["内部事务"]),
      sub("withheld", 6, "属于四类过程性信息", ["过程性"]),
      sub("withheld", 7, "属于行政执法案卷", ["执法案卷"]),
      sub("withheld", 8, "属于行政查询事项", ["行政查询", "查询事项"]),
      { id: "unavailable", label: "（四）无法提供", keys: ["无法提供"], subtotal: true },
      sub("unavailable", 1, "本机关不掌握相关政府信息", ["不掌握"]),
      sub("unavailable", 2, "没有现成信息需要另行制作", ["没有现成", "另行制作"]),
      sub("unavailable", 3, "补正后申请内容仍不明确", ["补正后", "仍不明确"]),
      { id: "not-processed", label: "（五）不予处理", keys: ["不予处理"], subtotal: true },
      sub("not-processed", 1, "信访举报投诉类申请", ["信访", "举报投诉"]),
      sub("not-processed", 2, "重复申请", ["重复申请"]),
      sub("not-processed", 3, "要求提供公开出版物", ["出版物"]),
      sub("not-processed", 4, "无正当理由大量反复申请", ["大量反复"]),
      sub("not-processed", 5, "要求行政机关确认或重新出具已获取信息", ["重新出具", "已获取信息"]),
      { id: "other", label: "（六）其他处理", keys: ["其他处理"], subtotal: true },
      sub("other", 1, "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", ["逾期不补正"], ["不再处理"]),
      sub("other", 2, "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", ["收费通知", "缴纳费用"], ["不再处理"]),
      sub("other", 3, "其他", ["3.其他"]),
      { id: "results-total", label: "（七）总计", keys: ["(七)总计", "七)总计"], exact: ["总计"] },
      { id: "carried-forward", label: "四、结转下年度继续办理", keys: ["结转下年", "继续办理"] },
    ],
    columns: [
      { id: "natural-person", label: "自然人", variants: ["自然人"] },
      { id: "commercial", label: "商业企业", variants: ["商业企业", "商业"] },
      { id: "research", label: "科研机构", variants: ["科研机构", "科研"] },
      { id: "public-interest", label: "社会公益组织", variants: ["社会公益组织", "社会公益"] },
      { id: "legal-services", label: "法律服务机构", variants: ["法律服务机构", "法律服务"] },
      { id: "other-org", label: "其他", variants: ["其他"] },
      { id: "legal-person-subtotal", label: "法人或其他组织小计", variants: ["小计"], optional: true },
      { id: "total", label: "总计", variants: ["总计"] },
    ],
    source: `${XXGK_TEMPLATE_SOURCE}, 三`,
  },
  {
    id: "review-litigation",
    part: 4,
    title: "政府信息公开行政复议、行政诉讼情况",
    rows: [
      { id: "review", label: "行政复议", keys: ["行政复议"] },
      { id: "litigation-direct", label: "行政诉讼：未经复议直接起诉", keys: ["未经复议", "直接起诉"] },
      { id: "litigation-after-review", label: "行政诉讼：复议后起诉", keys: ["复议后起诉"] },
    ],
    columns: REVIEW_COLUMNS,
    source: `${XXGK_TEMPLATE_SOURCE}, 四 (one row of 15 cells: 行政复议, then 行政诉讼 未经复议直接起诉 and 复议后起诉, each 结果维持 结果纠正 其他结果 尚未审结 总计)`,
  },
];

/** The template table with this id. */
export function xxgkTable(id: XxgkTableId): XxgkTableDef {
  return XXGK_TEMPLATE.find((t) => t.id === id)!;
}
