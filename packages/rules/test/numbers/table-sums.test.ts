import { describe, expect, it } from "vitest";
import { parse } from "@reportlint/parser";
import { tableSumViolations } from "../../src/index.js";

/** The violations of a text, as the fields a reader checks. */
function summary(text: string) {
  return tableSumViolations(parse(text)).map((v) => ({
    kind: v.kind,
    row: v.rowLabel,
    column: v.columnHeader,
    total: v.total.printed,
    addends: v.addends.map((a) => a.printed),
    sum: v.sum,
    difference: v.difference,
  }));
}

const lines = (...rows: string[]) => rows.join("\n");

interface Case {
  readonly name: string;
  readonly text: string;
}

// Invented tables whose totals are off: each must give exactly the findings listed.
const inconsistent: (Case & { readonly expected: ReturnType<typeof summary> })[] = [
  {
    name: "pipe rows: a 总计 column one less than its row",
    text: lines(
      "三、收到和处理政府信息公开申请情况",
      "事项 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |",
      "一、本年新收政府信息公开申请数量 | 12 | 4 | 2 | 5 | 0 | 1 | 23 |",
      "二、上年结转政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |",
    ),
    expected: [
      { kind: "row", row: "一、本年新收政府信息公开申请数量", column: "总计", total: "23", addends: ["12", "4", "2", "5", "0", "1"], sum: "24", difference: "-1" },
    ],
  },
  {
    name: "markdown rows: a 合计 row off in one column",
    text: lines("| 区县 | 受理 | 办结 |", "|---|---|---|", "| 东城区 | 36 | 35 |", "| 西城区 | 41 | 40 |", "| 南城区 | 58 | 58 |", "| 合计 | 135 | 134 |"),
    expected: [{ kind: "column", row: "合计", column: "办结", total: "134", addends: ["35", "40", "58"], sum: "133", difference: "1" }],
  },
  {
    name: "one cell per line with separator lines: a total column",
    text: lines("|", "自然人 |", "法人或其他组织 |", "总计 | |||||", "|", "本年新收申请 |", "6 |", "3 |", "8 | ||||", "|", "上年结转申请 |", "1 |", "0 |", "1 | ||||"),
    expected: [{ kind: "row", row: "本年新收申请", column: "总计", total: "8", addends: ["6", "3"], sum: "9", difference: "-1" }],
  },
  {
    name: "bare cells between pipe lines: a 合计 row",
    text: lines("各渠道收到申请情况", "|", "渠道", "|", "件数", "|", "当面申请", "|", "5", "|", "网上申请", "|", "17", "|", "信函申请", "|", "2", "|", "合计", "|", "25"),
    expected: [{ kind: "column", row: "合计", column: "件数", total: "25", addends: ["5", "17", "2"], sum: "24", difference: "1" }],
  },
  {
    name: "decimals: beyond what rounding of five numbers explains",
    text: lines("指标 | 第一季度 | 第二季度 | 第三季度 | 第四季度 | 合计 |", "财政收入（亿元） | 12.3 | 14.5 | 13.1 | 15.2 | 55.6 |"),
    expected: [
      { kind: "row", row: "财政收入（亿元）", column: "合计", total: "55.6", addends: ["12.3", "14.5", "13.1", "15.2"], sum: "55.1", difference: "0.5" },
    ],
  },
  {
    name: "thousands separators",
    text: lines("| 类别 | 本年新增 | 往年结转 | 合计 |", "|---|---|---|---|", "| 来信 | 1,204 | 2,310 | 3,524 |", "| 来访 | 812 | 95 | 907 |"),
    expected: [{ kind: "row", row: "来信", column: "合计", total: "3,524", addends: ["1,204", "2,310"], sum: "3514", difference: "10" }],
  },
  {
    name: "小计 rows under a 合计 row",
    text: lines("类别 | 件数 |", "行政许可 | 120 |", "行政确认 | 35 |", "小计 | 155 |", "行政处罚 | 48 |", "行政强制 | 7 |", "小计 | 55 |", "合计 | 220 |"),
    expected: [{ kind: "column", row: "合计", column: "件数", total: "220", addends: ["155", "55"], sum: "210", difference: "10" }],
  },
  {
    name: "key–value pairs: 总计 of every value",
    text: lines("省份 | 数量 | 省份 | 数量 | 省份 | 数量 |", "甲省 | 120 | 乙省 | 85 | 丙省 | 64 |", "丁省 | 51 | 戊省 | 33 | 己省 | 12 |", "总计 | 366 | | | | |"),
    expected: [{ kind: "column", row: "总计", column: "数量", total: "366", addends: ["120", "85", "64", "51", "33", "12"], sum: "365", difference: "1" }],
  },
  {
    name: "tab-separated rows",
    text: lines("单位\t自然人\t法人\t合计", "区司法局\t14\t3\t16", "区信访局\t9\t1\t10"),
    expected: [{ kind: "row", row: "区司法局", column: "合计", total: "16", addends: ["14", "3"], sum: "17", difference: "-1" }],
  },
  {
    name: "full-width digits",
    text: lines("项目 | 男 | 女 | 合计 |", "参训人数 | １２ | ８ | ２１ |", "考试合格 | １１ | ８ | １９ |"),
    expected: [{ kind: "row", row: "参训人数", column: "合计", total: "２１", addends: ["１２", "８"], sum: "20", difference: "1" }],
  },
  {
    name: "生产总值 against its three sectors, not against the growth rates",
    text: lines("指 标 | 绝对数 | 比上年增长% |", "地区生产总值 | 312.8 | 6.1 |", "第一产业 | 25.6 | 3.0 |", "第二产业 | 201.4 | 8.2 |", "第三产业 | 81.9 | 2.7 |"),
    expected: [{ kind: "column", row: "地区生产总值", column: "绝对数", total: "312.8", addends: ["25.6", "201.4", "81.9"], sum: "308.9", difference: "3.9" }],
  },
  {
    name: "grouped columns: 法人或其他组织 over five kinds",
    text: lines(
      "申请人情况 |",
      "自然人 | 法人或其他组织 | 总计 |",
      "商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |",
      "一、本年新收政府信息公开申请数量 | 30 | 2 | 0 | 1 | 0 | 0 | 32 |",
      "二、上年结转政府信息公开申请数量 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |",
    ),
    expected: [
      { kind: "row", row: "一、本年新收政府信息公开申请数量", column: "总计", total: "32", addends: ["30", "2", "0", "1", "0", "0"], sum: "33", difference: "-1" },
    ],
  },
  {
    name: "a total row under fourteen rows",
    text: lines(
      "街道 | 调解纠纷（件） |",
      ...["东街", "西街", "南街", "北街", "中街", "新城", "老城", "河东", "河西", "湖滨", "山前", "山后", "桥头", "镇口"].map((s, i) => `${s} | ${i + 1} |`),
      "合计 | 106 |",
    ),
    expected: [
      {
        kind: "column",
        row: "合计",
        column: "调解纠纷（件）",
        total: "106",
        addends: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14"],
        sum: "105",
        difference: "1",
      },
    ],
  },
  {
    name: "an empty part cannot explain parts above their total",
    text: lines("类别 | 线上 | 线下 | 合计 |", "咨询 | 40 | - | 38 |", "投诉 | 5 | 2 | 7 |"),
    expected: [{ kind: "row", row: "咨询", column: "合计", total: "38", addends: ["40"], sum: "40", difference: "-2" }],
  },
  {
    name: "two printed decimals in a 合计 row",
    text: lines("项目 | 金额（万元） |", "人员经费 | 125.36 |", "公用经费 | 48.20 |", "项目支出 | 310.05 |", "合计 | 483.71 |"),
    expected: [{ kind: "column", row: "合计", column: "金额（万元）", total: "483.71", addends: ["125.36", "48.20", "310.05"], sum: "483.61", difference: "0.10" }],
  },
];

// Tables that must stay silent: correct sums, and tables that cannot be read with certainty.
const silent: Case[] = [
  {
    name: "a correct table, across and down",
    text: lines("| 类别 | 自然人 | 法人 | 合计 |", "|---|---|---|---|", "| 新收 | 12 | 3 | 15 |", "| 结转 | 2 | 1 | 3 |", "| 合计 | 14 | 4 | 18 |"),
  },
  {
    name: "decimals that agree within rounding",
    text: lines("项目 | 金额（亿元） |", "甲 | 33.3 |", "乙 | 33.3 |", "丙 | 33.3 |", "合计 | 100.0 |", "", "指标 | 上半年 | 下半年 | 合计 |", "收入 | 1.24 | 2.31 | 3.56 |"),
  },
  {
    name: "a merged total row (one number under two columns)",
    text: lines("省份 | 甲类 | 乙类 |", "东省 | 5 | 3 |", "西省 | 4 | 2 |", "合计 | 14 | |"),
  },
  {
    name: "a row that does not line up with its header (empty cells dropped)",
    text: lines("自然人 | 法人或其他组织 | 总计 |", "商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |", "本年新收申请 | 3 | 5 |", "上年结转申请 | 0 | 1 |"),
  },
  {
    name: "a row that lost one cell, under a plain header",
    text: lines("类别 | 甲 | 乙 | 丙 | 合计 |", "来信 | 1 | 2 | 3 | 6 |", "来访 | 4 | 5 | 9 |", "网上 | 2 | 2 | 2 | 6 |"),
  },
  {
    name: "a row that lost one cell, under grouped columns",
    text: lines(
      "自然人 | 法人或其他组织 | 总计 |",
      "商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |",
      "1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
      "2.其他法律行政法规禁止公开 | 1 | 0 | 0 | 0 | 0 | 1 |",
      "3.危及“三安全一稳定” | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
    ),
  },
  {
    name: "a row of rates and an average row",
    text: lines("项目 | 城镇 | 农村 | 合计 |", "人数 | 120 | 80 | 200 |", "增长率 | 5.1 | 3.2 | 4.0 |", "", "类别 | 件数 |", "甲 | 10 |", "乙 | 20 |", "平均 | 15 |", "合计 | 30 |"),
  },
  {
    name: "a 其中 column among the parts",
    text: lines("项目 | 男 | 其中：党员 | 女 | 合计 |", "参训 | 30 | 12 | 20 | 50 |"),
  },
  {
    name: "a text table that is not a sum table",
    text: lines("指 标 | 本月末 | 比年初增减 |", "各项存款余额 | 2291.6 | 34.8 |", "#住户存款 | 1490.8 | 44.9 |", "非金融企业存款 | 417.3 | -26.3 |"),
  },
  {
    name: "a rate column under a 合计 row",
    text: lines("单位 | 受理 | 办结率 |", "甲局 | 10 | 90.0 |", "乙局 | 20 | 95.0 |", "合计 | 30 | 93.3 |"),
  },
  {
    name: "a total printed above its parts",
    text: lines("类别 | 件数 |", "总计 | 50 |", "行政许可 | 30 |", "行政处罚 | 15 |", "", "项目 | 合计 | 男 | 女 |", "参训 | 50 | 30 | 25 |"),
  },
  {
    name: "a 其中 row among the parts",
    text: lines("项目 | 人数 |", "男 | 30 |", "女 | 20 |", "其中：党员 | 12 |", "合计 | 50 |"),
  },
  {
    name: "an empty part that may hide the difference",
    text: lines("类别 | 线上 | 线下 | 合计 |", "咨询 | 40 | - | 52 |", "投诉 | 5 | 2 | 7 |"),
  },
  {
    name: "a header row of years is not summed",
    text: lines("项目 | 2023 | 2024 |", "行政复议 | 45 | 52 |", "行政诉讼 | 12 | 9 |", "合计 | 57 | 61 |"),
  },
  {
    name: "rows at two levels of an outline",
    text: lines("项目 | 件数 |", "一、行政许可 | 40 |", "（一）企业设立 | 25 |", "（二）经营许可 | 15 |", "二、行政处罚 | 10 |", "合计 | 50 |"),
  },
  {
    name: "a serial-number column is not a part",
    text: lines("序号 | 单位 | 自然人 | 法人 | 合计 |", "1 | 司法局 | 3 | 4 | 7 |", "2 | 信访局 | 5 | 1 | 6 |"),
  },
  {
    name: "a header that does not fit the row (columns lost in extraction)",
    text: lines("| 维持 | 纠正 | 结果 | 审结 | 总计 | 总计 |", "|---|---|---|---|---|---|", "| 40 | 0 | 10 | 5 | 55 | 2 | 0 | 4 | 6 | 12 | 6 | 0 | 9 | 7 | 22 |"),
  },
  {
    name: "an amount column beside counts",
    text: lines("类别 | 罚款（宗） | 罚没金额（万元） | 合计（宗） |", "市场监管 | 12 | 30.5 | 12 |"),
  },
  {
    name: "a row of a label and nothing else before the parts",
    text: lines("项目 | 金额 |", "工资 | 10 |", "其他收入 |", "奖金 | 5 |", "合计 | 15 |"),
  },
  {
    name: "a total that says what it leaves out",
    text: lines("类别 | 新收 | 结转 | 合计（不含结转） |", "来信 | 12 | 3 | 12 |"),
  },
  {
    name: "prose with a total",
    text: "全年共受理政府信息公开申请20件，其中予以公开12件、部分公开8件，合计20件。",
  },
];

// Short excerpts of published texts whose table sums were checked by hand and are right.
const published: Case[] = [
  {
    name: "庆元县 2024 行政处罚: 合计(宗) after nine kinds, then an amount column",
    text: lines(
      "行政处罚实施数量(宗) | ||||||||||",
      "警告、通报批评 | 罚款 | 没收违法 所得、没收 非法财物 | 暂扣许可证、执照,降低资质等级 | 吊销许可证、执照 | 限制开展生产经营活动 | 责令停产停业、责令关闭、限制从业 | 行政 拘留 | 其他行政处罚 | 合计(宗) | 罚没金额(万元) |",
      "12175 | 94929 | 235 | 189 | 101 | 0 | 11 | 504 | 12 | 108156 | 1753.79 |",
    ),
  },
  {
    name: "司法部 2019 表1: 省份 | 数量 pairs and 总计",
    text: lines(
      "省份  | 数量  | 省份  | 数量  | 省份  | 数量  | 省份  | 数量  | ",
      "广东  | 31392  | 河北  | 7040  | 黑龙江  | 3868  | 山西  | 1726  | ",
      "上海  | 14847  | 浙江  | 6859  | 陕西  | 3652  | 海南  | 1609  | ",
      "辽宁  | 14665  | 河南  | 6829  | 重庆  | 3596  | 云南  | 1571  | ",
      "山东  | 13723  | 安徽  | 6185  | 贵州  | 3017  | 宁夏  | 555  | ",
      "江苏  | 10309  | 福建  | 5284  | 江西  | 2917  | 青海  | 395  | ",
      "北京  | 9298  | 湖南  | 4495  | 内蒙古  | 2203  | 新疆  | 295  | ",
      "省份  | 数量  | 省份  | 数量  | 省份  | 数量  | 省份  | 数量  | ",
      "吉林  | 7682  | 广西  | 4424  | 甘肃  | 1992  | 兵团  | 146  | ",
      "四川  | 7048  | 湖北  | 3993  | 天津  | 1832  | 西藏  | 42  | ",
      "总计  | 183489  | ||||||",
    ),
  },
  {
    name: "生产总值 295.4 = 24.4 + 210.1 + 60.9, one cell per line",
    text: lines(..."指 标|绝对数|比上年增长%|生产总值|295.4|7.7|第一产业|24.4|3.3|第二产业|210.1|11.6|第三产业|60.9|-0.2".split("|").flatMap((c) => [c, "|"]).slice(0, -1)),
  },
  {
    name: "政府信息公开 table 3 with grouped applicant columns",
    text: lines(
      "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 申请人情况 |",
      "自然人 | 法人或其他组织 | 总计 |",
      "商业 企业 | 科研 机构 | 社会公益组织 | 法律服务机构 | 其他 |",
      "一、本年新收政府信息公开申请数量 | 58 | 7 | 0 | 0 | 1 | 0 | 66 |",
      "二、上年结转政府信息公开申请数量 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |",
      "三、本年度办理结果 | (一)予以公开 | 2 | 1 | 0 | 0 | 0 | 0 | 3 |",
      "(二)部分公开(区分处理的,只计这一情形,不计其他情形) | 16 | 1 | 0 | 0 | 0 | 0 | 17 |",
    ),
  },
];

describe("tables whose totals are off", () => {
  it.each(inconsistent.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    expect(summary(c.text)).toEqual(c.expected);
  });
});

describe("tables that stay silent", () => {
  it.each(silent.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    expect(summary(c.text)).toEqual([]);
  });
});

describe("published tables that add up", () => {
  it.each(published.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    expect(parse(c.text).tables.length).toBeGreaterThan(0);
    expect(summary(c.text)).toEqual([]);
  });

  it("are read: one changed total in each is found", () => {
    const changed = [
      published[0]!.text.replace("108156", "108157"),
      published[1]!.text.replace("183489", "183490"),
      published[2]!.text.replace("295.4", "296.4"),
      published[3]!.text.replace("| 66 |", "| 65 |"),
    ];
    expect(changed.map((t) => summary(t).map((v) => [v.kind, v.total, v.sum]))).toEqual([
      [["row", "108157", "108156"]],
      [["column", "183490", "183489"]],
      [["column", "296.4", "295.4"]],
      [["row", "65", "66"]],
    ]);
  });
});

// Tables whose header was lost: the rows themselves show a total in their last column.
const inferred: (Case & { readonly expected: ReturnType<typeof summary> })[] = [
  {
    name: "two agreeing rows of three: the third is off by one (5 + 1 + 0 + 0 = 6, printed 7)",
    text: lines("本年新收申请 | 12 | 3 | 0 | 1 | 16 |", "上年结转申请 | 2 | 1 | 0 | 0 | 3 |", "予以公开 | 5 | 1 | 0 | 0 | 7 |"),
    expected: [{ kind: "row", row: "予以公开", column: "", total: "7", addends: ["5", "1", "0", "0"], sum: "6", difference: "1" }],
  },
  {
    name: "three agreeing rows of four",
    text: lines("本年新收申请 | 12 | 3 | 0 | 1 | 16 |", "上年结转申请 | 2 | 1 | 0 | 0 | 3 |", "予以公开 | 5 | 1 | 0 | 0 | 7 |", "部分公开 | 3 | 2 | 1 | 0 | 6 |"),
    expected: [{ kind: "row", row: "予以公开", column: "", total: "7", addends: ["5", "1", "0", "0"], sum: "6", difference: "1" }],
  },
  {
    name: "rows of zeros count for nothing: two agreeing of three telling rows",
    text: lines(
      "本年新收申请 | 12 | 3 | 0 | 1 | 16 |",
      "上年结转申请 | 0 | 0 | 0 | 0 | 0 |",
      "不予公开 | 0 | 0 | 0 | 0 | 0 |",
      "予以公开 | 5 | 1 | 0 | 0 | 6 |",
      "部分公开 | 3 | 2 | 1 | 0 | 5 |",
    ),
    expected: [{ kind: "row", row: "部分公开", column: "", total: "5", addends: ["3", "2", "1", "0"], sum: "6", difference: "-1" }],
  },
  {
    name: "rows without labels",
    text: lines("| 12 | 3 | 0 | 1 | 16 |", "| 2 | 1 | 0 | 0 | 3 |", "| 5 | 1 | 0 | 0 | 7 |"),
    expected: [{ kind: "row", row: "", column: "", total: "7", addends: ["5", "1", "0", "0"], sum: "6", difference: "1" }],
  },
];

const notInferred: Case[] = [
  {
    name: "only one agreeing row",
    text: lines("本年新收申请 | 12 | 3 | 0 | 1 | 16 |", "上年结转申请 | 0 | 0 | 0 | 0 | 0 |", "予以公开 | 5 | 1 | 0 | 0 | 7 |"),
  },
  {
    name: "one agreeing row of three",
    text: lines("本年新收申请 | 12 | 3 | 0 | 1 | 16 |", "上年结转申请 | 2 | 1 | 0 | 0 | 4 |", "予以公开 | 5 | 1 | 0 | 0 | 7 |"),
  },
  {
    name: "two agreeing rows of four are fewer than two thirds",
    text: lines("本年新收申请 | 12 | 3 | 0 | 1 | 16 |", "上年结转申请 | 2 | 1 | 0 | 0 | 3 |", "予以公开 | 5 | 1 | 0 | 0 | 7 |", "部分公开 | 3 | 2 | 1 | 0 | 7 |"),
  },
  {
    name: "rows with decimals are not read",
    text: lines("财政收入 | 12.3 | 14.5 | 13.1 | 15.2 | 55.1 |", "财政支出 | 10.1 | 11.2 | 12.3 | 13.4 | 47.0 |", "转移支付 | 2.0 | 2.5 | 3.0 | 3.5 | 12.0 |"),
  },
  {
    name: "a row with decimals among agreeing whole-number rows is not reported",
    text: lines("本年新收申请 | 12 | 3 | 0 | 1 | 16 |", "上年结转申请 | 2 | 1 | 0 | 0 | 3 |", "资金（万元） | 5.5 | 1 | 0 | 0 | 7.5 |"),
  },
  {
    name: "fewer than four numbers a row",
    text: lines("本年新收申请 | 12 | 3 | 15 |", "上年结转申请 | 2 | 1 | 3 |", "予以公开 | 5 | 1 | 7 |"),
  },
  {
    name: "a readable header says what the table totals (男 + 女 = 合计), not the rows",
    text: lines("项目 | 男 | 女 | 合计 | 党员 | 团员 |", "参训 | 30 | 20 | 50 | 10 | 110 |", "考核 | 28 | 19 | 47 | 9 | 103 |", "合格 | 27 | 18 | 45 | 8 | 99 |"),
  },
  {
    name: "a row with text among its numbers",
    text: lines("本年新收申请 | 12 | 3 | 0 | 1 | 16 |", "上年结转申请 | 2 | 1 | 0 | 0 | 3 |", "予以公开 | 5 | 见附件 | 0 | 0 | 7 |"),
  },
];

describe("tables whose header was lost: a total column the rows show", () => {
  it.each(inferred.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    expect(summary(c.text)).toEqual(c.expected);
  });

  it.each(notInferred.map((c) => [c.name, c] as const))("silent: %s", (_name, c) => {
    expect(parse(c.text).tables.length).toBeGreaterThan(0);
    expect(summary(c.text)).toEqual([]);
  });

  it("without that header the same rows are read by their pattern", () => {
    // Without the header, 合格 (27 + 18 + 45 + 8 = 98, printed 99) breaks the rows' pattern.
    const rows = ["参训 | 30 | 20 | 50 | 10 | 110 |", "考核 | 28 | 19 | 47 | 9 | 103 |", "合格 | 27 | 18 | 45 | 8 | 99 |"];
    expect(summary(lines(...rows))).toEqual([{ kind: "row", row: "合格", column: "", total: "99", addends: ["27", "18", "45", "8"], sum: "98", difference: "1" }]);
  });
});

describe("violation data", () => {
  it("points at the total cell and the cells added, with the arithmetic", () => {
    const text = lines("项目 | 上半年 | 下半年 | 合计 |", "收入 | 1.24 | 2.31 | 3.60 |");
    const [v] = tableSumViolations(parse(text));
    expect(v).toMatchObject({ kind: "row", table: 0, sum: "3.55", difference: "0.05", tolerance: "0.015", rowLabel: "收入", columnHeader: "合计" });
    expect(text.slice(...v!.total.span)).toBe("3.60");
    expect(v!.total).toMatchObject({ printed: "3.60", value: "3.60", row: 1, cell: 3 });
    expect(v!.addends.map((a) => [text.slice(...a.span), a.row, a.cell])).toEqual([
      ["1.24", 1, 1],
      ["2.31", 1, 2],
    ]);
  });

  it("gives whole-number sums an exact tolerance", () => {
    const [v] = tableSumViolations(parse(lines("项目 | 甲 | 乙 | 合计 |", "件数 | 3 | 4 | 8 |")));
    expect(v).toMatchObject({ sum: "7", difference: "1", tolerance: "0" });
  });
});

describe("large tables finish (work grows with the number of cells)", () => {
  it("many total rows, total columns and key–value totals", () => {
    const rows = `项目 | 甲 | 合计 |\n${"x | 1 | 1 |\n合计 | 1 | 1 |\n".repeat(5_000)}`;
    expect(tableSumViolations(parse(rows))).toEqual([]);
    const totals = `项目 | ${"甲 | 合计 | ".repeat(5_000)}\n${`x | ${"1 | 2 | ".repeat(5_000)}\n`.repeat(3)}`;
    expect(tableSumViolations(parse(totals))).toHaveLength(3 * 5_000);
    const pairs = `地区 | 数量 | 地区 | 数量 |\n${"甲 | 1 | 乙 | 1 |\n总计 | 2 | | |\n".repeat(5_000)}`;
    expect(tableSumViolations(parse(pairs))).toEqual([]);
    const subtotals = `类别 | 件数 |\n${"甲 | 1 |\n".repeat(8_000)}${"小计 | 8000 |\n".repeat(3_000)}合计 | 1 |`;
    expect(tableSumViolations(parse(subtotals)).length).toBeGreaterThan(0);
  });
});
