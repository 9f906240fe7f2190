/**
 * Sets of mutually exclusive categories reports enumerate (indicator-math.md §4.5 Disjointness), and
 * the marker words of enumerations: data, written once. indicator-math judges disjointness with it,
 * the parser finds breakdowns with the markers, the rules pair parts with wholes.
 */

/** One sibling of a partition, with the words that name it. */
export interface PartitionMember {
  readonly id: string;
  /** Words that name the member inside a part label (the label equals, starts or ends with one). */
  readonly words: readonly string[];
  /** A member this one is a subset of (线上调解 ⊂ 调解): the two never count as siblings. */
  readonly parent?: string;
}

/** A set of mutually exclusive categories reports enumerate. */
export interface Partition {
  readonly id: string;
  readonly name: string;
  readonly members: readonly PartitionMember[];
  /**
   * True when the members cover the whole: counts of all of them add up to their total (第一、二、
   * 三产业 make the 生产总值; 直办 and 转办 make all 诉求 handled).
   */
  readonly complete?: boolean;
  /**
   * False when a complete list may still lawfully differ from the total the text prints (办结 + 在办
   * also counts cases carried over from last year): a mismatch is then only worth a warning.
   */
  readonly sure?: boolean;
  /** Words of a total that the members make up without sharing its words (生产总值 for 三次产业). */
  readonly totalWords?: readonly string[];
}

/** The known partitions. */
export const PARTITIONS: readonly Partition[] = [
  {
    id: "disposal",
    name: "结案方式",
    members: [
      { id: "调解", words: ["调解", "调解结案"] },
      { id: "线上调解", words: ["线上调解", "网上调解", "在线调解"], parent: "调解" },
      { id: "线下调解", words: ["线下调解"], parent: "调解" },
      { id: "裁决", words: ["裁决", "裁决结案"] },
      { id: "撤诉", words: ["撤诉", "撤回申请"] },
      { id: "驳回", words: ["驳回"] },
      { id: "移送", words: ["移送"] },
      { id: "终止", words: ["终止"] },
      { id: "维持", words: ["维持"] },
      { id: "撤销", words: ["撤销"] },
      { id: "确认违法", words: ["确认违法"] },
      { id: "变更", words: ["变更"] },
      { id: "责令履行", words: ["责令履行"] },
      { id: "其他方式", words: ["其他方式"] },
    ],
  },
  {
    id: "channel",
    name: "线上/线下",
    complete: true,
    members: [
      { id: "线上", words: ["线上", "网上", "在线"] },
      { id: "线下", words: ["线下"] },
    ],
  },
  {
    id: "level",
    name: "层级",
    members: [
      { id: "中央", words: ["中央"] },
      { id: "省级", words: ["省级"] },
      { id: "市级", words: ["市级"] },
      { id: "县级", words: ["县级"] },
      { id: "区级", words: ["区级"] },
      { id: "乡镇级", words: ["乡镇级", "镇级", "乡级"] },
    ],
  },
  {
    id: "intake",
    name: "新收/旧存",
    complete: true,
    sure: false,
    members: [
      { id: "新收", words: ["新收", "新受理", "当期受理", "本期受理"] },
      { id: "旧存", words: ["旧存", "积案", "往年积案", "上期未结", "上年结转"] },
    ],
  },
  {
    id: "sex",
    name: "性别",
    complete: true,
    members: [
      { id: "男", words: ["男"] },
      { id: "女", words: ["女"] },
    ],
  },
  {
    id: "instance",
    name: "审级",
    members: [
      { id: "一审", words: ["一审"] },
      { id: "二审", words: ["二审"] },
    ],
  },
  {
    id: "industry",
    name: "三次产业",
    complete: true,
    totalWords: ["生产总值", "GDP", "增加值", "总产值", "投资"],
    members: [
      { id: "第一产业", words: ["第一产业", "一产"] },
      { id: "第二产业", words: ["第二产业", "二产"] },
      { id: "第三产业", words: ["第三产业", "三产"] },
    ],
  },
  {
    id: "urban-rural",
    name: "城乡",
    complete: true,
    members: [
      { id: "城镇", words: ["城镇", "城市"] },
      { id: "乡村", words: ["乡村", "农村"] },
    ],
  },
  {
    id: "handling",
    name: "直办/转办",
    complete: true,
    members: [
      { id: "直办", words: ["直办", "直接办理", "当场办结", "即时办结"] },
      { id: "转办", words: ["转办", "交办", "派单", "转交"] },
    ],
  },
  {
    id: "status",
    name: "办理状态",
    complete: true,
    sure: false,
    members: [
      { id: "办结", words: ["办结", "已办结", "结案", "已结案", "办毕"] },
      { id: "在办", words: ["在办", "未办结", "办理中", "正在办理", "未结", "在途"] },
    ],
  },
  {
    id: "timeliness",
    name: "按期/逾期",
    complete: true,
    members: [
      { id: "按期", words: ["按期", "按时", "如期", "限时"] },
      { id: "逾期", words: ["逾期", "超期"] },
    ],
  },
  {
    id: "trade",
    name: "进出口",
    complete: true,
    totalWords: ["进出口"],
    members: [
      { id: "出口", words: ["出口"] },
      { id: "进口", words: ["进口"] },
    ],
  },
  {
    id: "ownership",
    totalWords: ["生产总值", "GDP", "增加值", "投资"],
    name: "国有/非国有",
    complete: true,
    members: [
      { id: "国有", words: ["国有"] },
      // 民间投资 is only a part of 非国有 (foreign and mixed investment are neither).
      { id: "非国有", words: ["非国有"] },
    ],
  },
  {
    id: "public-ownership",
    totalWords: ["生产总值", "GDP", "增加值", "投资"],
    name: "公有制/非公有制",
    complete: true,
    members: [
      { id: "公有制", words: ["公有制", "公有"] },
      { id: "非公有制", words: ["非公有制", "非公有"] },
    ],
  },
  {
    id: "affiliation",
    totalWords: ["生产总值", "GDP", "增加值", "投资"],
    name: "中直/地方",
    complete: true,
    members: [
      { id: "中直", words: ["中直", "中央直属", "驻地央企"] },
      { id: "地方", words: ["地方"] },
    ],
  },
  {
    id: "oil",
    name: "油/非油",
    complete: true,
    totalWords: ["生产总值", "GDP", "增加值"],
    members: [
      { id: "油", words: ["油经济", "石油经济"] },
      { id: "非油", words: ["非油经济", "非油"] },
    ],
  },
  {
    // Levels of a rating: disjoint, but reports print any subset of them.
    id: "satisfaction",
    name: "满意度",
    members: [
      { id: "非常满意", words: ["非常满意", "很满意"] },
      { id: "满意", words: ["满意"] },
      { id: "基本满意", words: ["基本满意", "比较满意", "较满意"] },
      { id: "不满意", words: ["不满意"] },
      { id: "非常不满意", words: ["非常不满意", "很不满意"] },
    ],
  },
  {
    // 社会消费品零售总额 by industry (批发零售业 + 住宿餐饮业) and by kind (商品零售 + 餐饮收入).
    id: "retail-industry",
    name: "批发零售/住宿餐饮",
    complete: true,
    totalWords: ["零售总额", "社会消费品"],
    members: [
      { id: "批发零售", words: ["批发零售", "批发和零售"] },
      { id: "住宿餐饮", words: ["住宿餐饮", "住宿和餐饮"] },
    ],
  },
  {
    id: "retail-kind",
    name: "商品零售/餐饮收入",
    complete: true,
    totalWords: ["零售总额", "社会消费品"],
    members: [
      { id: "商品零售", words: ["商品零售"] },
      { id: "餐饮收入", words: ["餐饮收入"] },
    ],
  },
  {
    // 一般公共预算收入 = 税收收入 + 非税收入 (《预算法》第二十七条; statistical bulletins print both).
    id: "tax-revenue",
    name: "税收/非税收入",
    complete: true,
    totalWords: ["预算收入", "财政收入"],
    members: [
      { id: "税收收入", words: ["税收收入", "税收"] },
      { id: "非税收入", words: ["非税收入", "非税"] },
    ],
  },
  {
    id: "rule-making",
    name: "立改废",
    complete: true,
    members: [
      { id: "制定", words: ["新制定", "制定", "新出台"] },
      { id: "修改", words: ["修改", "修订", "修正"] },
      { id: "废止", words: ["废止", "废除", "宣布失效"] },
    ],
  },
];

/**
 * Industries that tables of 地区生产总值 list under 第三产业 (国家统计局《三次产业划分规定》, and the
 * 营利性/非营利性服务业 of the quarterly accounts): some of its parts, so together never more than it.
 * Not among PARTITIONS: a table may leave industries out, and running text names them otherwise.
 */
export const TERTIARY_INDUSTRIES: Partition = {
  id: "tertiary-industries",
  name: "第三产业分行业",
  totalWords: ["第三产业"],
  members: [
    { id: "批发和零售业", words: ["批发和零售业", "批发零售业"] },
    { id: "交通运输、仓储和邮政业", words: ["交通运输、仓储和邮政业", "交通运输仓储和邮政业", "交通运输、仓储及邮政业", "交通运输仓储邮政业"] },
    { id: "住宿和餐饮业", words: ["住宿和餐饮业", "住宿餐饮业"] },
    { id: "金融业", words: ["金融业"] },
    { id: "房地产业", words: ["房地产业"] },
    { id: "信息传输、软件和信息技术服务业", words: ["信息传输、软件和信息技术服务业", "信息传输软件和信息技术服务业"], parent: "营利性服务业" },
    { id: "租赁和商务服务业", words: ["租赁和商务服务业"], parent: "营利性服务业" },
    { id: "其他服务业", words: ["其他服务业"] },
    { id: "营利性服务业", words: ["营利性服务业"], parent: "其他服务业" },
    { id: "非营利性服务业", words: ["非营利性服务业"], parent: "其他服务业" },
  ],
};

/** Closure parts of a 结案 total (their sum is a derived 结案 count). */
export const CLOSURE_PARTS: readonly string[] = PARTITIONS[0]?.members.map((m) => m.id) ?? [];

/** The parts of 纠错 in administrative review (撤销 + 变更 + 确认违法 + 责令履行). */
export const CORRECTION_PARTS: readonly string[] = ["撤销", "变更", "确认违法", "责令履行"];

/** Words that make a part an attribute of the whole rather than a share of it. */
export const ATTRIBUTE_MARKERS: readonly string[] = ["涉及"];

/** Words that introduce an enumeration (on the first part) or a nested subset (on a later part). */
export const SUBSET_MARKERS: readonly string[] = ["其中", "包括", "包含", "含"];

/** Words that name the rest of the whole ("其余6件已终止"): disjoint from the named parts by definition. */
export const RESIDUAL_MARKERS: readonly string[] = ["其余", "其他", "其它", "剩余"];


/** Totals written after their parts that claim the parts make them up (建议23件、提案17件，共计41件). */
export const EXHAUSTIVE_TOTAL_MARKERS: readonly string[] = ["共计", "合计", "总计", "一共", "总共"];

/** Total words that add up without claiming the list is complete (累计, 共). */
export const LOOSE_TOTAL_MARKERS: readonly string[] = ["累计", "共"];

/** 分别为: what follows is the complete breakdown of the count before it. */
export const RESPECTIVELY_MARKER = "分别为";

/** Words that open a new topic: a list of parts stops before them. */
export const NEW_TOPIC_MARKERS: readonly string[] = ["另", "此外", "同时", "另外", "并", "还", "以及"];

/**
 * Counts in one sentence where one counts a subset of the other's things in the same period:
 * 收到申请376件，受理250件; 行政许可申请总数59195宗，予以许可58223宗; 行政处罚被申请行政复议9宗，复议
 * 决定撤销…2宗. The whole is named first; a part above it is impossible.
 */
export interface SubsetWords {
  /** Words in the whole's label (收到, 被申请行政复议). */
  readonly whole: readonly string[];
  /** Words in the part's label (受理, 撤销). */
  readonly part: readonly string[];
  /** What the part counts, for messages ("受理"). */
  readonly name: string;
}

/**
 * A count of the period's new things and the running total of the same things in one sentence
 * (新建饮水工程355处…累计建设2297处): the running total includes the new ones, so it is never smaller.
 */
export const CUMULATIVE_WORDS: { readonly period: readonly string[]; readonly cumulative: readonly string[] } = {
  period: ["新建", "新增", "新设", "新开", "新培育", "新认定", "新命名"],
  cumulative: ["累计", "累积", "总数达", "总量达"],
};

/**
 * The four counts of a period's caseload balance, 新收 + 上年结转 = 办结 + 结转下年 (the 政府信息公开
 * 年度报告 table of 国办公开办发〔2021〕30号 prints it as 本年新收 + 上年结转 = 办理结果 + 结转下年度继续办理).
 * Patterns (regular-expression sources) read on a count's words, in this order: a carry-over in,
 * a carry-over out, a closure, an intake.
 */
export const BALANCE_WORDS: {
  readonly carriedIn: string;
  readonly carriedOut: string;
  readonly closed: string;
  readonly intake: string;
  /** Words that make a count something else (a part, a change, a share). */
  readonly other: string;
} = {
  carriedIn: "(?:上一?年度?|上期|往年|去年|以前年度)(?:结转|遗留|未办结|未结|积存)|上期未结|往年积案|积案",
  carriedOut: "结转(?:到|至|入)?(?:下一?年|下期|次年|明年|\\d{4}年)|转入(?:下一?年|下期|次年)|(?:下一?年度?|次年)(?:继续)?办理",
  closed: "办结|审结|结案|办理完毕|答复完毕|已答复",
  intake: "收到|新收|受理|接收|接到|共收",
  other: "其中|同比|比上年|较上年|增长|减少|下降|占",
};

/** The subset pairs of words (beside the rate lexicon's numerator/denominator pairs). */
export const SUBSET_WORDS: readonly SubsetWords[] = [
  { whole: ["收到", "新收", "接收", "共收到"], part: ["受理", "立案"], name: "受理" },
  { whole: ["申请总数", "申请数"], part: ["予以许可", "准予许可", "准予", "予以批准", "批准"], name: "准予" },
  {
    whole: ["被申请行政复议", "被申请复议", "被提起行政诉讼", "被提起诉讼", "被诉", "行政诉讼案件", "行政复议案件"],
    part: ["撤销", "确认违法", "确认无效", "纠错", "变更", "责令履行"],
    name: "纠错",
  },
];
