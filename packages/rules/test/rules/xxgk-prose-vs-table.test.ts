import rule from "../../src/rules/xxgk-prose-vs-table.js";
import { testRule, type InvalidCase } from "../helpers/rule-tester.js";

// An invented 政府信息公开 report: the prose of part 一 around the four tables of the template.
// Table 三 (总计 column; every count by 自然人): 新收52, 上年结转3, 予以公开20, 部分公开5, 不予公开 1+0+1+0+2+0+0+0 = 4,
// 无法提供 10+2+1 = 13, 不予处理 3+1+0+0+0 = 4, 其他处理 2+0+3 = 5, （七）总计51, 结转下年度4.
// Table 四: 行政复议 总计3; 行政诉讼 未经复议直接起诉 总计1 + 复议后起诉 总计1 = 2.
// 第二十条第（一）项: 规章 0/0/0; 行政规范性文件 制发5, 废止1, 现行有效25.
const ROWS: readonly [string, number][] = [
  ["一、本年新收政府信息公开申请数量", 52],
  ["二、上年结转政府信息公开申请数量", 3],
  ["（一）予以公开", 20],
  ["（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 5],
  ["（三）不予公开 | 1.属于国家秘密", 1],
  ["2.其他法律行政法规禁止公开", 0],
  ["3.危及“三安全一稳定”", 1],
  ["4.保护第三方合法权益", 0],
  ["5.属于三类内部事务信息", 2],
  ["6.属于四类过程性信息", 0],
  ["7.属于行政执法案卷", 0],
  ["8.属于行政查询事项", 0],
  ["（四）无法提供 | 1.本机关不掌握相关政府信息", 10],
  ["2.没有现成信息需要另行制作", 2],
  ["3.补正后申请内容仍不明确", 1],
  ["（五）不予处理 | 1.信访举报投诉类申请", 3],
  ["2.重复申请", 1],
  ["3.要求提供公开出版物", 0],
  ["4.无正当理由大量反复申请", 0],
  ["5.要求行政机关确认或重新出具已获取信息", 0],
  ["（六）其他处理 | 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", 2],
  ["2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", 0],
  ["3.其他", 3],
  ["（七）总计", 51],
  ["四、结转下年度继续办理", 4],
];
const appRow = ([label, n]: readonly [string, number]) => `| ${label} | ${n} | 0 | 0 | 0 | 0 | 0 | ${n} |`;

/** The report with `prose` as the body of part 一 (and `swap` changing table rows: label → count). */
const report = (prose: string, swap: Readonly<Record<string, number>> = {}) =>
  [
    "某县教育局2024年政府信息公开工作年度报告",
    "一、总体情况",
    prose,
    "二、主动公开政府信息情况",
    "| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |",
    "| 规章 | 0 | 0 | 0 |",
    "| 行政规范性文件 | 5 | 1 | 25 |",
    "三、收到和处理政府信息公开申请情况",
    "| 本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |",
    ...ROWS.map(([label, n]) => appRow([label, swap[label] ?? n])),
    "四、政府信息公开行政复议、行政诉讼情况",
    "| 2 | 1 | 0 | 0 | 3 | 1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 1 | 1 |",
    "五、存在的主要问题及改进情况",
    "依申请公开答复质量有待提高。",
    "六、其他需要报告的事项",
    "本年度未收取信息处理费。",
  ].join("\n");

const TABLE3 = "收到和处理政府信息公开申请情况";
const cell = (rows: string, value: number, column = "总计", table = TABLE3) => `“${table}”表${rows}（${column}栏）为${value}`;
const NEW = "一、本年新收政府信息公开申请数量";
const CARRIED = "二、上年结转政府信息公开申请数量";
const mismatch = (prose: string, cells: string, severity: "error" | "warning" = "error", text?: string) => ({
  messageId: "mismatch",
  severity,
  text: text ?? /\d+(?=件$)/u.exec(prose)![0],
  data: { prose, cells },
});
/** A case whose `sentence` (in part 一) quotes `prose` against `cells`. */
const invalid = (name: string, sentence: string, prose: string, cells: string, severity: "error" | "warning" = "error"): InvalidCase => ({
  name,
  code: report(`2024年，我局持续推进政务公开。${sentence}。`),
  errors: [mismatch(prose, cells, severity)],
});

// More wordings per phrasing: part 四, 第二十条第（一）项 and shares (valid ones first, then each with
// the finding it gives: the count's digits, or the percentage).
const REVIEW_VALID = ["全年因政府信息公开被申请行政复议3件", "政府信息公开行政复议案件共计3件", "涉及政府信息公开的行政复议3件、行政诉讼2件", "因依申请公开被提起行政诉讼2件", "政府信息公开工作被申请行政复议的有3件"];
const REVIEW_INVALID: readonly [string, string][] = [
  ["因政府信息公开被申请行政复议4件", "4"],
  ["政府信息公开行政复议案件共计5件", "5"],
  ["涉及政府信息公开的行政复议3件、行政诉讼4件", "4"],
  ["因依申请公开被提起行政诉讼0件", "0"],
  ["因政府信息公开被申请行政复议1件", "1"],
];
const ART20_VALID = ["全年制发规章0件", "新制定行政规范性文件5件", "印发规范性文件5件", "废止行政规范性文件1件", "现行有效的规范性文件25件", "出台规章0件"];
const ART20_INVALID: readonly [string, string][] = [
  ["印发规范性文件4件", "4"],
  ["废止规范性文件3件", "3"],
  ["现行有效规章2件", "2"],
  ["出台规范性文件7件", "7"],
];
const SHARE_VALID = ["不予公开4件（7.8%）", "不予处理4件，占7.84%", "其他处理5件，占比9.8%", "结转下年度继续办理4件（7.3%）", "予以公开及部分公开25件（49.0%）", "部分公开5件（9.6%）"];
const SHARE_INVALID: readonly [string, string][] = [
  ["不予公开4件（8.8%）", "8.8%"],
  ["其他处理5件，占比12%", "12%"],
  ["部分公开5件（5.1%）", "5.1%"],
  ["予以公开及部分公开25件（52.3%）", "52.3%"],
];

testRule(rule, {
  valid: [
    ...[...REVIEW_VALID, ...ART20_VALID, ...SHARE_VALID].map((sentence) => ({ name: `more wordings: ${sentence}`, code: report(`${sentence}。`) })),
    // 收到 / 新收 / 受理: this year's new applications (or with the carry-over, when the text says so).
    { name: "收到 the new applications", code: report("全年共收到政府信息公开申请52件，均在法定期限内答复。") },
    { name: "新收 the new applications", code: report("本年度新收政府信息公开申请52件。") },
    { name: "收到 in the report year", code: report("2024年收到政府信息公开申请52件。") },
    { name: "收到 with the carry-over included", code: report("全年收到政府信息公开申请55件（含上年结转3件）。") },
    { name: "受理 as the new applications", code: report("全年共受理政府信息公开申请52件。") },
    { name: "受理 as new + carried-over", code: report("全年共受理政府信息公开申请55件。") },
    { name: "上年结转", code: report("全年收到申请52件，上年结转政府信息公开申请3件。") },
    { name: "办结 the year's results", code: report("共受理政府信息公开申请52件，办结51件。") },
    { name: "办理 … 申请 as new + carried-over", code: report("全年办理政府信息公开申请55件，答复均在法定期限内完成。") },
    { name: "办理 … 申请 as the year's results", code: report("全年办理政府信息公开申请51件。") },
    { name: "结转下年度", code: report("结转下年度继续办理4件。") },
    { name: "转入下一年度", code: report("转入下一年度办理的有4件。") },
    // The outcomes of part 三.
    { name: "予以公开", code: report("其中予以公开20件，部分公开5件。") },
    { name: "同意公开答复", code: report("所有办结的申请中同意公开答复20件。") },
    { name: "予以公开及部分公开", code: report("其中，予以公开及部分公开25件。") },
    { name: "不予公开: the eight rows added up", code: report("不予公开4件，因本机关不掌握等原因无法提供13件。") },
    { name: "不予处理 and 其他处理", code: report("属信访、重复申请等不予处理4件，其他处理5件。") },
    // Shares of the year's results, of the new applications, or of both with the carry-over.
    { name: "a share of the year's results", code: report("予以公开20件，占39.2%。") },
    { name: "a share of the new applications", code: report("予以公开20件（38.5%）。") },
    { name: "a share of new + carried-over", code: report("予以公开20件，占36.4%。") },
    { name: "a share with two decimals", code: report("无法提供13件（25.49%）。") },
    { name: "a share cut, not rounded", code: report("无法提供13件（25.4%）。") },
    // Part 四.
    { name: "行政复议", code: report("全年因政府信息公开被申请行政复议3件，被提起行政诉讼2件。") },
    { name: "行政复议 without a word of 公开 in the sentence: another subject", code: report("全年办理行政复议案件12件。") },
    // 第二十条第（一）项.
    { name: "制发 规范性文件", code: report("全年制发行政规范性文件5件。") },
    { name: "废止 and 现行有效", code: report("废止规范性文件1件，现行有效规范性文件25件。") },
    // Counts that name no cell, or name it for another scope or time.
    { name: "a subset: applications by one channel", code: report("其中通过网络收到申请30件。") },
    { name: "a change from last year", code: report("收到申请较上年增加12件。") },
    { name: "another year's count", code: report("2023年收到政府信息公开申请40件。") },
    { name: "a hedged count", code: report("全年收到政府信息公开申请约50件。") },
    { name: "a count of something else", code: report("全年主动公开政府信息1200条，收到人大代表建议8件。") },
    { name: "收到 applications of another kind", code: report("全年收到行政复议申请9件。") },
    { name: "no table at all: nothing to compare", code: "某县教育局2024年政府信息公开工作年度报告\n一、总体情况\n全年共收到政府信息公开申请52件。" },
    {
      name: "a cell the table did not print (its row lost): nothing to compare",
      code: report("全年收到政府信息公开申请52件。").replace(appRow([NEW, 52]), "| 一、本年新收政府信息公开申请数量 | 52 |"),
    },
  ],
  invalid: [
    ...REVIEW_INVALID.map(([sentence, text]) => ({ name: `more wordings: ${sentence}`, code: report(`${sentence}。`), errors: [{ messageId: "mismatch", text, severity: "error" as const }] })),
    ...ART20_INVALID.map(([sentence, text]) => ({ name: `more wordings: ${sentence}`, code: report(`${sentence}。`), errors: [{ messageId: "mismatch", text, severity: "warning" as const }] })),
    ...SHARE_INVALID.map(([sentence, text]) => ({ name: `more wordings: ${sentence}`, code: report(`${sentence}。`), errors: [{ messageId: "share", text, severity: "warning" as const }] })),
    invalid("收到 against 新收", "全年共收到政府信息公开申请53件", "收到政府信息公开申请53件", cell(NEW, 52)),
    invalid("新收 against 新收", "本年度新收政府信息公开申请50件", "新收政府信息公开申请50件", cell(NEW, 52)),
    invalid("收到…（含上年结转） fits neither reading: a warning", "全年收到政府信息公开申请56件（含上年结转3件）", "收到政府信息公开申请56件", `${cell(NEW, 52)}；或${cell(`${NEW} + ${CARRIED}`, 55)}`, "warning"),
    invalid("受理 fits neither reading: a warning", "全年共受理政府信息公开申请54件", "受理政府信息公开申请54件", `${cell(NEW, 52)}；或${cell(`${NEW} + ${CARRIED}`, 55)}`, "warning"),
    invalid(
      "办理 … 申请 fits none of its three readings: a warning",
      "全年办理政府信息公开申请57件",
      "办理政府信息公开申请57件",
      `${cell(`${NEW} + ${CARRIED}`, 55)}；或${cell("（七）总计", 51)}；或${cell(NEW, 52)}`,
      "warning",
    ),
    invalid("上年结转", "上年结转政府信息公开申请2件", "上年结转政府信息公开申请2件", cell(CARRIED, 3)),
    invalid("办结: a warning (办结 may count otherwise)", "共受理政府信息公开申请52件，办结50件", "办结50件", cell("（七）总计", 51), "warning"),
    invalid("结转下年度", "结转下年度继续办理5件", "结转下年度继续办理5件", cell("四、结转下年度继续办理", 4)),
    invalid("予以公开", "其中予以公开19件", "予以公开19件", cell("（一）予以公开", 20)),
    invalid("同意公开答复", "办结的申请中同意公开答复21件", "同意公开答复21件", cell("（一）予以公开", 20)),
    invalid("部分公开", "部分公开6件", "部分公开6件", cell("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 5)),
    invalid("予以公开及部分公开", "其中，予以公开及部分公开24件", "予以公开及部分公开24件", cell("（一）予以公开 + （二）部分公开（区分处理的，只计这一情形，不计其他情形）", 25)),
    invalid("不予公开 against its eight rows", "不予公开5件", "不予公开5件", cell("（三）不予公开各项之和", 4)),
    invalid("无法提供 against its three rows", "因本机关不掌握等原因无法提供12件", "无法提供12件", cell("（四）无法提供各项之和", 13)),
    invalid("不予处理", "属信访、重复申请等不予处理3件", "不予处理3件", cell("（五）不予处理各项之和", 4)),
    invalid("其他处理", "其他处理6件", "其他处理6件", cell("（六）其他处理各项之和", 5)),
    invalid("行政复议", "因政府信息公开被申请行政复议4件", "行政复议4件", cell("行政复议", 3, "总计", "政府信息公开行政复议、行政诉讼情况")),
    invalid(
      "行政诉讼: both kinds added up",
      "因政府信息公开被提起行政诉讼1件",
      "提起行政诉讼1件",
      cell("行政诉讼：未经复议直接起诉 + 行政诉讼：复议后起诉", 2, "总计", "政府信息公开行政复议、行政诉讼情况"),
    ),
    invalid("制发 规范性文件: a warning", "全年制发行政规范性文件6件", "制发行政规范性文件6件", cell("行政规范性文件", 5, "本年制发件数", "第二十条第（一）项"), "warning"),
    invalid("现行有效 规范性文件: a warning", "现行有效规范性文件24件", "现行有效规范性文件24件", cell("行政规范性文件", 25, "现行有效件数", "第二十条第（一）项"), "warning"),
    {
      name: "a share that fits no total: a warning on the percentage",
      code: report("其中予以公开20件，占40.2%。"),
      errors: [
        {
          messageId: "share",
          text: "40.2%",
          severity: "warning",
          data: {
            prose: "予以公开20件",
            rate: "40.2%",
            detail: `按“${TABLE3}”表，20件占（七）总计51件的39.2%，占${NEW}52件的38.5%，占${NEW} + ${CARRIED}55件的36.4%`,
          },
        },
      ],
    },
    {
      name: "in English",
      code: report("全年共收到政府信息公开申请53件。"),
      settings: { locale: "en" },
      errors: [{ messageId: "mismatch", data: { prose: "收到政府信息公开申请53件", cells: `table “${TABLE3}”, ${NEW}, column 总计: 52` } }],
    },
    {
      name: "a row placed from its place, not its label: a warning",
      code: report("全年共收到政府信息公开申请52件，部分公开6件。").replace(appRow(["（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 5]), "| | 5 | 0 | 0 | 0 | 0 | 0 | 5 |"),
      errors: [mismatch("部分公开6件", cell("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 5), "warning")],
    },
    {
      name: "a count over a hard-wrapped line",
      code: report("全年共收到政府信息公开\n申请53件。"),
      errors: [mismatch("收到政府信息公开申请53件", cell(NEW, 52))],
    },
  ],
});
