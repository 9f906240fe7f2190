/**
 * Words around percentages that are not indicators of the rate lexicon: the words of a share
 * (占比, 比例) and the words of a change between periods (同比增长, 增幅), which may exceed 100% and are
 * never checked against counts. Data, written once; the parser recognises names with it.
 */

/** Names that only say "share of a whole" (占比22.2%, 比例为5%, 比重24.6%). */
export const SHARE_WORDS: readonly string[] = ["占比", "比例", "比重"];

/** Verbs of change (增长5%, 同比下降3%): with 同比/环比 in front they are names of their own. */
export const CHANGE_VERBS: readonly string[] = ["增长", "下降", "上升", "减少", "提高", "提升", "降低", "增加"];

/** Other names of changes: a rate after them compares periods, not a part with its whole. */
export const CHANGE_NAMES: readonly string[] = [
  "增长率",
  "增速",
  "增幅",
  "降幅",
  "涨幅",
  "压缩比例",
  "压缩",
  "同比",
  "环比",
  ...["", "同比", "环比"].flatMap((prefix) => CHANGE_VERBS.map((verb) => prefix + verb)),
];

/**
 * Indicator names (…率) that may lawfully exceed 100%: a target's completion, a contribution to
 * growth, production against sales. Any other …率 of counts is a proportion of a whole.
 */
export const UNBOUNDED_RATE_WORDS: readonly string[] = [
  "完成率",
  "完成进度",
  "贡献率",
  "拉动率",
  "增长率",
  "增值率",
  "产销率",
  "负债率",
  "自给率",
  "超额",
  "利润率",
  "收益率",
  "回报率",
  "弹性",
  "倍",
];

/**
 * Stems that make an unlisted …率 a proportion of a countable whole (持证率, 执行率, 审核率): above
 * 100% it is impossible. Any other unlisted …率 above 100% is only worth a warning.
 */
export const BOUNDED_RATE_STEMS: readonly string[] = [
  "持证",
  "执行",
  "审核",
  "参保",
  "知晓",
  "合格",
  "达标",
  "通过",
  "采纳",
  "回复",
  "答复",
  "公开",
  "立案",
  "受理",
  "落实",
  "到位",
  "入学",
  "就业",
  "签约",
  "接种",
  "普及",
  "登记",
  "注册",
  "化解",
  "和解",
  "调解",
  "出勤",
  "参与",
  "网办",
  "好评",
  "解决",
  "处理",
  "核实",
  "响应",
  "接通",
  "回访",
  "评价",
  "整改",
  "结案",
  "办结",
  "审查",
  "备案",
  "覆盖",
  "上线",
  "建成",
  "配备",
  "完好",
];
