/**
 * Splits that reports print of one count into parts that cannot overlap, beside PARTITIONS
 * (partitions.ts): the outcomes a count of handled things ends in, and the administrative levels a
 * count is split by. Data, written once, each with its source; the number rules read it.
 */

/** A whole and the parts it splits into, one part per thing: the parts never overlap. */
export interface ClosedSplit {
  readonly id: string;
  readonly name: string;
  /**
   * Words of the whole: exactly a table header without 数量/数/件数 (OUTCOME_SPLITS), or a word the
   * total's label holds (KIND_SPLITS).
   */
  readonly whole: readonly string[];
  /** The parts, each with the exact words that name it (a header, or the words of a count). */
  readonly members: readonly { readonly id: string; readonly words: readonly string[] }[];
  /** Where the split comes from. */
  readonly source: string;
}

/**
 * Outcomes that a count of handled things ends in, one outcome per thing, but that need not cover
 * all of it (some are still pending, withdrawn or carried over): together never more than the whole.
 */
export type OutcomeSplit = ClosedSplit;

export const OUTCOME_SPLITS: readonly OutcomeSplit[] = [
  {
    id: "licensing",
    name: "许可/不予许可",
    whole: ["受理", "受理申请"],
    members: [
      { id: "许可", words: ["许可", "准予许可", "予以许可", "准予行政许可", "作出许可决定"] },
      { id: "不予许可", words: ["不予许可", "不准予许可", "不予行政许可", "作出不予许可决定"] },
    ],
    // 《行政许可法》第三十八条: an application that meets the conditions gets a 准予行政许可 decision,
    // one that does not a 不予行政许可 decision; 浙江省行政执法数据表 (行政许可实施情况统计表) prints
    // 申请数量 | 受理数量 | 许可数量 | 不予许可数量 | 撤销许可数量. A decision may concern an application
    // accepted the year before, so the check is only likely.
    source: "《中华人民共和国行政许可法》第三十八条；浙江省行政执法数据统计表（行政许可实施情况统计表）",
  },
];

/**
 * Administrative levels, from the top (rank 0) down: a count split by the level that registered or
 * handled its things (中、省转办47件，市本级登记办理103件，各县（市、区）登记办理18件) has disjoint parts.
 * Patterns are read at the start of a part's clause (after 其中 and 各); a level is named by its
 * word followed by 级, 本级, 直, 、 or a verb the clause goes on with, never by a bare place name.
 */
export interface AdministrativeLevel {
  readonly rank: number;
  readonly name: string;
  /** Regular-expression source matched at the start of a clause. */
  readonly pattern: string;
  /** Where the level and its wordings come from. */
  readonly source: string;
}

// 《中华人民共和国宪法》第三十条 (省、自治区、直辖市 / 自治州、县、自治县、市 / 乡、民族乡、镇) and the
// 中央 above them; 市本级 and 市直 are the city's own level, 县（市、区） the county level.
const CONSTITUTION = "《中华人民共和国宪法》第三十条（省、自治区、直辖市；自治州、县、自治县、市；乡、民族乡、镇）";
const READ = "wording read in tooling/fixtures/reports/numbers/num-38.txt (中、省转办，市本级登记办理，各县（市、区）登记办理)";

export const ADMINISTRATIVE_LEVELS: readonly AdministrativeLevel[] = [
  { rank: 0, name: "中央", pattern: "(?:中央|国家)(?:级|本级|直属|[、，,])|中[、，,]\\s*省", source: `中央 above ${CONSTITUTION}; ${READ}` },
  { rank: 1, name: "省级", pattern: "(?:省|自治区)(?:级|本级|直|[、，,]\\s*市|转办|交办)", source: `${CONSTITUTION}; ${READ}` },
  { rank: 2, name: "市级", pattern: "市(?:级|本级|直)|(?:地|州)(?:级|本级|直)", source: `${CONSTITUTION}; ${READ}` },
  { rank: 3, name: "县级", pattern: "县(?:级|本级|直|[(（]市[、，,]?区[)）]|市区)|区(?:级|本级|直)", source: `${CONSTITUTION}; ${READ}` },
  { rank: 4, name: "乡级", pattern: "(?:乡镇|乡|镇|街道)(?:级|本级|[(（]街道[)）]|[、，,]\\s*街道)", source: `${CONSTITUTION}; ${READ}` },
  { rank: 5, name: "村级", pattern: "(?:村|社区)(?:级|[(（]社区[)）]|[、，,]\\s*社区)", source: `《中华人民共和国村民委员会组织法》、《中华人民共和国城市居民委员会组织法》 (村、社区 below 乡镇、街道)` },
];

/**
 * Kinds a total of things is made of, one kind per thing, printed one by one after the total often
 * with other counts between them (共办理各类行政执法案件46.6万宗。其中，行政处罚7960宗…；行政强制1655宗…；
 * 行政征收1251宗…): the kinds named never add up to more than the total. Not all kinds are always
 * printed (其他 may be left out), so only the excess is read.
 */
export type KindSplit = ClosedSplit;

export const KIND_SPLITS: readonly KindSplit[] = [
  {
    id: "enforcement",
    name: "行政执法行为类别",
    whole: ["行政执法"],
    members: [
      { id: "行政处罚", words: ["行政处罚", "行政处罚案件"] },
      // The count of licences is the count of decisions granting one (予以许可), not of applications.
      { id: "行政许可", words: ["行政许可", "予以许可", "准予许可", "准予行政许可"] },
      { id: "行政强制", words: ["行政强制", "行政强制措施"] },
      { id: "行政征收", words: ["行政征收"] },
      { id: "行政征用", words: ["行政征用"] },
      { id: "行政检查", words: ["行政检查"] },
      { id: "行政确认", words: ["行政确认"] },
      { id: "行政裁决", words: ["行政裁决"] },
      { id: "行政给付", words: ["行政给付"] },
      { id: "行政奖励", words: ["行政奖励"] },
    ],
    // 浙江省行政执法数据统计（行政处罚、行政许可、行政强制、行政征收、行政征用、行政给付、行政检查、
    // 行政确认、行政奖励、行政裁决、其他行政执法行为）; 国办发〔2018〕118号 names the same kinds of
    // 行政执法行为.
    source: "国务院办公厅《关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》（国办发〔2018〕118号）；浙江省行政执法数据年度报告的行政执法行为类别",
  },
];
