import { CHANGE_NAMES, INDICATORS, SHARE_WORDS, type Approx } from "@reportlint/report-model";

// Word lists for number extraction. Data only, so a reviewer can extend them without reading the
// extractor: add a word to the right list and a test beside it.

/** Hedge words written before a number, with what they claim (indicator-math.md §4.1). 达 alone is exact. */
export const APPROX_BEFORE: readonly (readonly [string, Approx])[] = [
  ["大约", "about"],
  ["约", "about"],
  ["近似", "about"],
  ["将近", "nearly"],
  ["接近", "nearly"],
  ["近", "nearly"],
  ["超过", "more"],
  ["超", "more"],
  ["逾", "more"],
  ["多于", "more"],
  ["高于", "more"],
  ["大于", "more"],
  ["不少于", "atLeast"],
  ["不低于", "atLeast"],
  ["至少", "atLeast"],
  ["不足", "below"],
  ["不到", "below"],
  ["少于", "below"],
  ["低于", "below"],
  ["小于", "below"],
  ["不超过", "atMost"],
  ["不高于", "atMost"],
  ["达到", "exact"],
  ["达", "exact"],
];

/** Hedge words written after a number and its unit (300人以上, 99%以上). */
export const APPROX_AFTER: readonly (readonly [string, Approx])[] = [
  ["及以上", "atLeast"],
  ["以上", "atLeast"],
  ["以下", "atMost"],
  ["以内", "atMost"],
  ["左右", "about"],
];

/** Hedge characters between a number and its multiplier or unit (1500余份, 20余万条, 3000多份). */
export const APPROX_INNER = "余多";

/**
 * Characters that, right before a hedge word, make it part of another word: 签约3个项目 is not
 * "about 3", 最近3天 is not "nearly 3".
 */
export const APPROX_BEFORE_NOT_AFTER: Readonly<Record<string, string>> = {
  约: "签预履违合特邀节制公条立践毁解租续集婚和盟守简",
  近: "最附就临靠邻贴亲",
  超: "赶",
};

/**
 * Idioms and slogans whose numerals are not counts. Any occurrence blocks every numeral inside it.
 * Quoted forms (“五个一”) are already skipped as quoted labels; list here what reports print bare.
 */
export const NUMERAL_IDIOMS: readonly string[] = [
  "一把手",
  "第一责任人",
  "十大",
  "三次产业",
  "一二三产业",
  "一站式",
  "一次性",
  "一窗",
  "一裁终局",
  "三集中三到位",
  "二十届三中全会",
  "十三五",
  "十四五",
  "十五五",
  "百千万工程",
  "一对一",
  "一张网",
  "一张图",
  "一张表",
  "一码通",
  "一网通办",
  "一网统管",
  "一件事",
  "一次办",
  "最多跑一次",
  "一次告知",
  "一起",
  "一部分",
  "一本账",
  "一条龙",
  "一盘棋",
  "一门式",
  "一岗双责",
  "一案双查",
  "一案三查",
  "一证通办",
  "一枚印章",
  "一个窗口",
  "两个确立",
  "两个维护",
  "两个责任",
  "四个意识",
  "四个自信",
  "四个全面",
  "四个最严",
  "五位一体",
  "三位一体",
  "三个代表",
  "三个务必",
  "三个一批",
  "八项规定",
  "两学一做",
  "三会一课",
  "三重一大",
  "两法衔接",
  "七五普法",
  "八五普法",
  "九五普法",
  "五个一",
  "三项制度",
];

/** Characters that form a word with a following Chinese numeral (统一部署, 之一, 每一件, 星期一, 十二届八次全会). */
export const NUMERAL_WORD_BEFORE = "第届统唯同单逐之划合专归不初周期其任另每某独择再又这那哪整拜";

/** Characters that make a following 十/百/千/万 vague rather than a count (几十人, 数百家). */
export const PLACE_WORD_BEFORE = "几数";

/**
 * Characters that, right after a measure word, show it begins another word: 3部门 is not "3 部",
 * 统一部署 is not "一部", 3个月 is a duration without a unit id.
 */
export const UNIT_NOT_BEFORE: Readonly<Record<string, string>> = {
  部: "署门分位长件队委属",
  名: "单称义额誉",
  位: "置于列",
  家: "庭长属乡园门",
  所: "有属在得以述谓",
  条: "件例款约目",
  项: "目",
  个: "月人体性季年",
  处: "理置罚分室长",
  起: "草步点来始初见到飞",
  场: "所地景合馆",
  期: "间限末望待满盼",
  天: "然气下",
  类: "似型",
  本: "级地人身部单职",
  元: "旦素",
  次: "日要数性",
  户: "籍口外型",
  人: "员民才大口",
  例: "如外会行",
  份: "额",
  张: "贴扬",
  轮: "流换岗",
  笔: "记者试录画墨",
  单: "位独一元项个次据品词纯",
  台: "账帐风湾阶上下前站词",
  套: "餐路用",
  座: "谈位右",
  间: "隔接断歇",
  头: "部脑条号等",
  只: "有是要能要",
  卷: "宗入",
  斤: "两",
  吨: "位",
};

/** What may stand between a rate's name and its number: 结案率为 100%, 满意率达99%, 备案率均达100%. */
export const RATE_LINK_WORDS: readonly string[] = [
  "分别达到",
  "高达",
  "仅为",
  "约为",
  "仅",
  "约",
  "均达到",
  "都达到",
  "分别为",
  "分别达",
  "分别是",
  "均保持",
  "保持在",
  "稳定在",
  "维持在",
  "提升至",
  "提升到",
  "提高至",
  "提高到",
  "上升至",
  "上升到",
  "达到了",
  "达到",
  "均达",
  "均为",
  "都达",
  "已达",
  "保持",
  "升至",
  "了",
  "为",
  "达",
  "是",
  ":",
  "：",
];

/**
 * Known indicator names, matched longest first where they end right before the number: every name
 * of the rate lexicon (report-model's INDICATORS; it matches names by containment, so the longest
 * form wins there too: 期限内结案率 is an on-time rate, not 结案率), the words of a share and the
 * words of a change.
 */
export const RATE_NAMES: readonly string[] = [
  ...new Set([...INDICATORS.flatMap((indicator) => indicator.names), ...SHARE_WORDS, ...CHANGE_NAMES]),
];

/** Endings that make an unlisted word an indicator name (参保率, 知晓率). */
export const RATE_NAME_SUFFIX = "率";

/** Characters that cannot be part of an unlisted indicator name (均 in 备案率均达). */
export const RATE_NAME_STOP = "的和与及或、均为是之其等，,。；;：:（）()“”";
