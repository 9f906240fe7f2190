import { PROFILES } from "@reportlint/report-model";
import rule from "../../src/rules/required-sections.js";
import { testRule } from "../helpers/rule-tester.js";

const lines = (...l: string[]) => l.join("\n");
const TITLE = "某县市场监督管理局关于2024年度法治政府建设情况的报告";
const BASIS = "《法治政府建设与责任落实督察工作规定》（厅字〔2019〕28号）";
const fazhi = PROFILES["fazhi-annual"]!;
const placementOf = (id: string) => fazhi.parts.find((p) => p.id === id)!.placement!.zh;
const wordingOf = (id: string) => fazhi.parts.find((p) => p.id === id)!.wording!;
const LEADER_NAME = fazhi.parts.find((p) => p.id === "leadership")!.name.zh;

// Bodies of invented wording, reused by the cases.
const MEASURES = "全年审核规范性文件9件，组织执法人员培训4期，行政复议纠错率下降。";
const LEADER = "局主要负责人专题研究法治工作3次，带头述法，切实履行推进法治建设第一责任人职责。";
const PROBLEMS = "一是执法人员专业能力参差不齐；二是普法宣传形式较为单一。";
const CAUSES = "究其原因，主要是基层执法力量配备不足，培训投入有限。";
const PLAN = "2025年，我局将继续加强执法队伍建设，创新普法方式。";
// A 政府信息公开 report with its six sections.
const XXGK = [
  "某县教育局2024年政府信息公开工作年度报告",
  "一、总体情况",
  "本年度主动公开信息120条。",
  "二、主动公开政府信息情况",
  ["本年制发规范性文件2件。", "| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |", "| 规章 | 0 | 0 | 0 |", "| 行政规范性文件 | 2 | 0 | 9 |"].join("\n"),
  "三、收到和处理政府信息公开申请情况",
  ["本年新收申请3件。", `| 一、本年新收政府信息公开申请数量 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |`, `| 二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |`].join("\n"),
  "四、政府信息公开行政复议、行政诉讼情况",
  ["未发生行政复议。", `| ${Array.from({ length: 15 }, () => "0").join(" | ")} |`].join("\n"),
  "五、存在的主要问题及改进情况",
  "公开内容不够全面，将进一步完善。",
  "六、其他需要报告的事项",
  "本年度未收取信息处理费。",
];

const FORMAT = "《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）";
/** The six-part report with heading `index` (0 = the title, 1 = 一、总体情况, 3, 5 … the parts) replaced. */
const xxgkWith = (replace: Readonly<Record<number, string>>) => lines(...XXGK.map((line, i) => replace[i] ?? line));
/** The six-part report with two parts (heading and body) swapped. */
const xxgkSwapped = (a: number, b: number) => {
  const body = [...XXGK];
  const at = (k: number) => [1 + 2 * k, 2 + 2 * k];
  const [ha, ba] = at(a);
  const [hb, bb] = at(b);
  [body[ha!], body[hb!]] = [XXGK[hb!]!, XXGK[ha!]!];
  [body[ba!], body[bb!]] = [XXGK[bb!]!, XXGK[ba!]!];
  return lines(...body);
};

const MISSING_LEADER = {
  messageId: "missing",
  text: TITLE,
  severity: "error" as const,
  data: { part: LEADER_NAME, requirement: `${BASIS}要求报告“${wordingOf("leadership")}”`, placement: placementOf("leadership") },
};

testRule(rule, {
  valid: [
    {
      name: "every part present under the regulation's headings",
      code: lines(TITLE, "一、党政主要负责人履行推进法治建设第一责任人职责情况", LEADER, "二、主要举措和成效", MEASURES, "三、存在的不足和原因", PROBLEMS, CAUSES, "四、下一年度推进法治政府建设的主要安排", PLAN),
    },
    {
      name: "every part present under unusual headings",
      code: lines(
        TITLE,
        "一、2024年工作完成情况",
        MEASURES,
        "二、“一把手”抓法治情况",
        LEADER,
        "三、工作中的问题与不足及成因分析",
        PROBLEMS,
        "四、二〇二五年工作思路",
        PLAN,
      ),
    },
    {
      name: "part 1 made of topical sections with no heading of its own",
      code: lines(
        TITLE,
        "一、坚持党的领导，统筹推进法治建设",
        MEASURES,
        "二、依法全面履行政府职能",
        MEASURES,
        "三、严格规范公正文明执法",
        MEASURES,
        "四、党政主要负责人履行法治建设第一责任人职责情况",
        LEADER,
        "五、存在的不足及原因",
        PROBLEMS,
        "六、下步工作打算",
        PLAN,
      ),
    },
    {
      name: "the 第一责任人 part as a sub-heading of part 1",
      code: lines(TITLE, "一、工作开展情况", "（一）加强组织领导，履行法治第一责任人职责", LEADER, "（二）规范行政执法", MEASURES, "二、存在的不足和原因", PROBLEMS, CAUSES, "三、下一步工作计划", PLAN),
    },
    {
      name: "a 不足 section without 原因 in its heading but with causes in its body",
      code: lines(TITLE, "一、主要举措和成效", LEADER, MEASURES, "二、存在问题", PROBLEMS, "上述问题主要是由于基层编制有限、专业人才缺乏。", "三、下步工作打算", PLAN),
    },
    {
      name: "causes under a sub-heading of the 不足 part",
      code: lines(TITLE, "一、主要举措和成效", LEADER, MEASURES, "二、存在的主要问题", "（一）问题表现", PROBLEMS, "（二）原因分析", "人员少、任务重。", "三、2025年工作安排", PLAN),
    },
    {
      name: "causes in a part of their own after the 不足 part",
      code: lines(TITLE, "一、主要举措和成效", LEADER, MEASURES, "二、存在的困难和问题", PROBLEMS, "三、问题产生的原因", "人员少、任务重。", "四、2025年重点工作", PLAN),
    },
    {
      name: "the leaders' duty said in the body without the words 第一责任人",
      code: lines(TITLE, "一、主要举措和成效", "局主要负责同志带头履行推进法治建设职责，专题研究法治工作3次。", MEASURES, "二、存在的不足和原因", PROBLEMS, CAUSES, "三、下一年度工作安排", PLAN),
    },
    {
      name: "parts on unnumbered lines of their own",
      code: lines(TITLE, "主要工作", LEADER, MEASURES, "存在问题", PROBLEMS, CAUSES, "下步打算", PLAN, "某县市场监督管理局", "2025年3月20日"),
    },
    {
      name: "the plan as a closing paragraph without a heading",
      code: lines(TITLE, "一、主要举措和成效", LEADER, MEASURES, "二、存在的不足和原因", PROBLEMS, CAUSES, "下一步，我局将以问题为导向，持续提升依法行政水平。"),
    },
    {
      name: "the leaders' duty in a paragraph of part 1, with the leaders as its subject",
      code: lines(TITLE, "一、主要举措和成效", MEASURES, "本局党组书记、局长带头讲授法治课2次，审签重大执法决定11件。", "二、存在的不足和原因", PROBLEMS, CAUSES, "三、下一年度工作安排", PLAN),
    },
    {
      name: "the leaders' duty: the principal leader in person directing the rule-of-law work",
      code: lines(TITLE, "一、主要举措和成效", MEASURES, "县长亲自部署法治政府建设重点任务，主持召开常务会议专题研究法治工作4次。", "二、存在的不足和原因", PROBLEMS, CAUSES, "三、下一年度工作安排", PLAN),
    },
    {
      name: "the leaders' duty as the first paragraph of part 1 (not the report's opening sentence)",
      code: lines(TITLE, "一、主要举措和成效", "一年来，局主要负责同志认真履行推进法治建设第一责任人职责，各项工作有序推进。", MEASURES, "二、存在的不足和原因", PROBLEMS, CAUSES, "三、下一年度工作安排", PLAN),
    },
    {
      name: "causes given as 因素 in the body of the 不足 part",
      code: lines(TITLE, "一、主要举措和成效", LEADER, MEASURES, "二、存在问题", PROBLEMS, "人员编制偏紧、培训经费有限等因素制约了整改进度。", "三、下步工作打算", PLAN),
    },
    {
      name: "a text without a title whose headings name two parts but not the report's subject is not checked",
      code: lines("一、坚持党的领导，各项工作扎实推进", MEASURES, "二、存在的主要问题", PROBLEMS, CAUSES, "三、2025年工作安排", PLAN),
    },
    {
      name: "a text not known to be a report of this kind is not checked",
      code: lines("全市召开推进会", "会议要求各单位抓好落实，确保各项工作取得实效。"),
    },
    {
      name: "the 政务公开 profile with all six parts",
      code: lines(...XXGK),
    },
    {
      name: "the 政务公开 profile: variants that keep the prescribed names",
      code: xxgkWith({
        1: "一、政府信息公开工作总体情况",
        3: "二、政府信息主动公开情况",
        5: "三、政府信息公开申请办理情况",
        7: "四、因政府信息公开工作被申请行政复议和提起行政诉讼情况",
        9: "五、政府信息公开工作存在的主要问题及改进措施",
      }),
    },
    {
      name: "the 政务公开 profile: Shanghai's numbering, body parts first and the tables' parts after",
      code: lines(
        "某市科委2024年政府信息公开工作年度报告",
        "一、总体情况",
        "全年主动公开信息300条。",
        "二、工作机制保障",
        "设立协调小组。",
        "三、主动公开工作情况",
        "发布规范性文件13件。",
        "四、政府信息公开申请情况",
        "全年收到申请34件。",
        "一、主动公开政府信息情况",
        XXGK[4]!,
        "二、收到和处理政府信息公开申请情况",
        XXGK[6]!,
        "三、政府信息公开行政复议、行政诉讼情况",
        XXGK[8]!,
        "四、存在的主要问题及改进情况",
        "（一）主要问题",
        "栏目设置不够合理。",
        "五、其他需要报告的事项",
        "无。",
      ),
    },
    {
      name: "the 政务公开 profile: the last two parts merged under one heading",
      code: lines(...XXGK.slice(0, 9), "五、存在的主要问题、改进情况及其他需要报告的事项", XXGK[10]!),
    },
    {
      name: "the 政务公开 profile: topical sub-headings with part words inside 总体情况",
      code: xxgkWith({ 2: "（一）依申请公开情况\n全年收到申请3件。\n（二）及时回应群众关切问题\n回应关切5次。" }),
    },
  ],
  invalid: [
    {
      name: "the 不足 part missing from a complete report",
      code: lines(TITLE, "一、主要举措和成效", LEADER, MEASURES, "二、2025年工作安排", PLAN),
      errors: [
        {
          messageId: "missing",
          text: TITLE,
          severity: "error",
          data: { part: "存在的不足", requirement: `${BASIS}要求报告“${wordingOf("shortcomings")}”`, placement: placementOf("shortcomings") },
        },
      ],
    },
    {
      name: "the 第一责任人 part missing (and not mentioned anywhere)",
      code: lines(TITLE, "一、主要举措和成效", MEASURES, "二、存在的不足和原因", PROBLEMS, CAUSES, "三、下一年度工作安排", PLAN),
      errors: [MISSING_LEADER],
    },
    {
      name: "the leaders' duty named only as next year's task does not count",
      code: lines(TITLE, "一、主要举措和成效", MEASURES, "二、存在的不足和原因", PROBLEMS, CAUSES, "三、下一年度工作安排", "压紧压实党政主要负责人履行推进法治建设第一责任人职责。"),
      errors: [MISSING_LEADER],
    },
    {
      name: "the duty pressed on others in part 1 is not the part",
      code: lines(TITLE, "一、主要举措和成效", "进一步压实各科室主要负责人法治建设第一责任人职责，推动下属各单位和各直属机构主要负责人带头学法。", MEASURES, "二、存在的不足和原因", PROBLEMS, CAUSES, "三、下一年度工作安排", PLAN),
      errors: [MISSING_LEADER],
    },
    {
      name: "leaders of other units urged to direct the work in person is not the part",
      code: lines(TITLE, "一、主要举措和成效", MEASURES, "督促各乡镇主要负责人亲自抓法治建设，年底开展述职评议。", "二、存在的不足和原因", PROBLEMS, CAUSES, "三、下一年度工作安排", PLAN),
      errors: [MISSING_LEADER],
    },
    {
      name: "the duty said only in the report's opening sentence is not the part",
      code: lines(TITLE, "2024年，我局主要负责人切实履行推进法治建设第一责任人职责，各项工作取得新成效。", "一、主要举措和成效", MEASURES, "二、存在的不足和原因", PROBLEMS, CAUSES, "三、下一年度工作安排", PLAN),
      errors: [MISSING_LEADER],
    },
    {
      name: "problems with their effects (从而导致…, 制约了…) but no causes",
      code: lines(TITLE, "一、主要举措和成效", LEADER, MEASURES, "二、存在的问题", "一是普法宣传覆盖面不广，从而导致部分群众对新政策知晓率不高。", "二是执法装备老旧，造成现场取证耗时较长，制约了执法效率的提升。", "三、下一步工作计划", PLAN),
      errors: [
        {
          messageId: "noCauses",
          text: "二、存在的问题",
          severity: "warning",
          data: { heading: "二、存在的问题", requirement: `${BASIS}要求报告“${wordingOf("causes")}”`, placement: placementOf("causes") },
        },
      ],
    },
    {
      name: "a text without a title whose headings name the report's subject and two parts is checked, as a warning",
      code: lines("一、坚持党的领导，法治政府建设扎实推进", MEASURES, "二、存在的主要问题", PROBLEMS, CAUSES, "三、2025年工作安排", PLAN),
      errors: [{ messageId: "missing", text: "一、坚持党的领导，法治政府建设扎实推进", severity: "warning", data: { part: LEADER_NAME, requirement: `${BASIS}要求报告“${wordingOf("leadership")}”`, placement: placementOf("leadership") } }],
    },
    {
      name: "the next-year plan missing",
      code: lines(TITLE, "一、主要举措和成效", LEADER, MEASURES, "二、存在的不足和原因", PROBLEMS, CAUSES, "特此报告。"),
      errors: [{ messageId: "missing", text: TITLE, severity: "error", data: { part: "下一年度推进法治政府建设的主要安排", requirement: `${BASIS}要求报告“${wordingOf("next-year-plan")}”`, placement: placementOf("next-year-plan") } }],
    },
    {
      name: "part 1 missing: every section names another part",
      code: lines(TITLE, "一、党政主要负责人履行推进法治建设第一责任人职责情况", LEADER, "二、存在的不足和原因", PROBLEMS, CAUSES, "三、下一年度工作安排", PLAN),
      errors: [{ messageId: "missing", text: TITLE, severity: "error", data: { part: "主要举措和成效", requirement: `${BASIS}要求报告“${wordingOf("measures")}”`, placement: placementOf("measures") } }],
    },
    {
      name: "a 不足 part that lists problems without causes, reported on its heading",
      code: lines(TITLE, "一、主要举措和成效", LEADER, MEASURES, "二、存在的问题", "（一）执法能力有待提高", "部分人员对新法掌握不够。", "（二）宣传形式单一", "群众参与度不高。", "三、下一步工作计划", PLAN),
      errors: [
        {
          messageId: "noCauses",
          text: "二、存在的问题",
          severity: "warning",
          data: { heading: "二、存在的问题", requirement: `${BASIS}要求报告“${wordingOf("causes")}”`, placement: placementOf("causes") },
        },
      ],
    },
    {
      name: "a 原因 heading among the measures is not the causes of the 不足 part",
      code: lines(TITLE, "一、主要举措和成效", LEADER, "（一）深入分析信访原因", MEASURES, "二、存在问题", PROBLEMS, "三、下步工作打算", PLAN),
      errors: [{ messageId: "noCauses", text: "二、存在问题" }],
    },
    {
      name: "a text without a title is reported at its first heading",
      code: lines("一、主要举措和成效", LEADER, MEASURES, "二、存在问题", PROBLEMS, "三、下步工作打算", PLAN),
      errors: [{ messageId: "noCauses", text: "二、存在问题" }],
    },
    {
      name: "a cut-off text: one info at the cut, nothing missing after it",
      code: lines(TITLE, "一、主要举措和成效", MEASURES, "二、存在的问题", "一是执法人员专业能力参差不齐，部分人员对新修订的法"),
      errors: [{ messageId: "cutOff", text: "部分人员对新修订的法".slice(2), severity: "info", data: { reason: "最后一段话没有说完" } }],
    },
    {
      name: "a cut-off text that reached the plan: the 不足 part before it is reported, as a warning",
      code: lines(TITLE, "一、主要举措和成效", LEADER, MEASURES, "二、2025年工作安排", "一是加强执法队伍建设，二是创新"),
      errors: [
        { messageId: "missing", text: TITLE, severity: "warning", data: { part: "存在的不足", requirement: `${BASIS}要求报告“${wordingOf("shortcomings")}”`, placement: placementOf("shortcomings") } },
        { messageId: "cutOff", severity: "info" },
      ],
    },
    {
      name: "a text opening with the 第一责任人 part and cut soon after proves nothing missing",
      code: lines(TITLE, "一、党政主要负责人履行推进法治建设第一责任人职责情况", LEADER, "二、主要举措和成效", "（一）规范行政决策"),
      errors: [{ messageId: "cutOff", text: "（一）规范行政决策", data: { reason: "最后一个标题下没有内容" } }],
    },
    {
      name: "a text that stops inside a character",
      code: lines(TITLE, "一、主要举措和成效", "全年审核规范性文件9件\uFFFD"),
      errors: [{ messageId: "cutOff", data: { reason: "末尾有被截断的乱码字符" } }],
    },
    {
      name: "the 政务公开 profile: a missing part of its own",
      code: lines(...XXGK.slice(0, 7), "四、存在的主要问题及改进情况", XXGK[10]!, "五、其他需要报告的事项", XXGK[12]!),
      errors: [
        {
          messageId: "missing",
          text: "某县教育局2024年政府信息公开工作年度报告",
          severity: "error",
          data: {
            part: "政府信息公开行政复议、行政诉讼情况",
            requirement: "《中华人民共和国政府信息公开条例》第五十条要求报告“政府信息公开行政复议、行政诉讼情况”",
            placement: "通常位于“收到和处理政府信息公开申请情况”部分之后",
          },
        },
      ],
    },
    {
      name: "the 政务公开 profile: a text cut off after three parts reports none missing",
      code: lines(...XXGK.slice(0, 5), "三、收到和处理政府信息公开申请情况", "本年新收申请3件，其中予以公开"),
      errors: [{ messageId: "cutOff", text: "其中予以公开", severity: "info" }],
    },
    {
      name: "the 政务公开 profile: a part without its prescribed table",
      code: xxgkWith({ 6: "本年新收申请3件，均已办结。" }),
      errors: [
        {
          messageId: "missingTable",
          text: "三、收到和处理政府信息公开申请情况",
          severity: "warning",
          data: { heading: "三、收到和处理政府信息公开申请情况", table: "收到和处理政府信息公开申请情况", basis: FORMAT },
        },
      ],
    },
    {
      name: "the 政务公开 profile: no table in part 二 or 四, in English",
      code: xxgkWith({ 4: "本年制发规范性文件2件。", 8: "未发生行政复议。" }),
      settings: { locale: "en" },
      errors: [
        { messageId: "missingTable", text: "二、主动公开政府信息情况", data: { heading: "二、主动公开政府信息情况", table: "proactive disclosure", basis: FORMAT } },
        { messageId: "missingTable", text: "四、政府信息公开行政复议、行政诉讼情况", data: { heading: "四、政府信息公开行政复议、行政诉讼情况", table: "administrative review and litigation", basis: FORMAT } },
      ],
    },
    {
      name: "the 政务公开 profile: two parts swapped",
      code: xxgkSwapped(1, 2),
      errors: [
        {
          messageId: "outOfOrder",
          text: "二、主动公开政府信息情况",
          severity: "error",
          data: { heading: "二、主动公开政府信息情况", basis: FORMAT, part: "主动公开政府信息情况", where: "应位于“收到和处理政府信息公开申请情况”部分之前" },
        },
      ],
    },
    {
      name: "the 政务公开 profile: 其他需要报告的事项 first",
      code: lines(XXGK[0]!, ...XXGK.slice(11), ...XXGK.slice(1, 11)),
      errors: [{ messageId: "outOfOrder", text: "六、其他需要报告的事项", data: { heading: "六、其他需要报告的事项", basis: FORMAT, part: "其他需要报告的事项", where: "应位于“存在的主要问题及改进情况”部分之后" } }],
    },
    {
      name: "the 政务公开 profile without a title: out of order is a warning, in English",
      code: xxgkSwapped(3, 4).replace(/^[^\n]*\n/u, ""),
      settings: { locale: "en" },
      errors: [
        {
          messageId: "outOfOrder",
          text: "四、政府信息公开行政复议、行政诉讼情况",
          severity: "warning",
          data: { heading: "四、政府信息公开行政复议、行政诉讼情况", basis: FORMAT, part: "administrative review and litigation", where: "before the “main problems and improvements” part" },
        },
      ],
    },
    {
      name: "the 政务公开 profile: 存在的主要问题 without 改进情况",
      code: xxgkWith({ 9: "五、存在的主要问题" }),
      errors: [{ messageId: "otherName", text: "五、存在的主要问题", severity: "warning", data: { heading: "五、存在的主要问题", basis: FORMAT, name: "存在的主要问题及改进情况" } }],
    },
    {
      name: "the 政务公开 profile: 依申请公开情况 for the applications part",
      code: xxgkWith({ 5: "三、依申请公开情况" }),
      errors: [{ messageId: "otherName", text: "三、依申请公开情况", data: { heading: "三、依申请公开情况", basis: FORMAT, name: "收到和处理政府信息公开申请情况" } }],
    },
    {
      name: "the 政务公开 profile: 基本情况 for 总体情况 is the part under another name, not a missing part",
      code: xxgkWith({ 1: "一、基本情况" }),
      errors: [{ messageId: "otherName", text: "一、基本情况", severity: "warning", data: { heading: "一、基本情况", basis: FORMAT, name: "总体情况" } }],
    },
    {
      name: "the 政务公开 profile: 概述 and 行政复议情况 for their parts",
      code: xxgkWith({ 1: "一、概述", 7: "四、行政复议情况" }),
      errors: [
        { messageId: "otherName", text: "一、概述", data: { heading: "一、概述", basis: FORMAT, name: "总体情况" } },
        { messageId: "otherName", text: "四、行政复议情况", data: { heading: "四、行政复议情况", basis: FORMAT, name: "政府信息公开行政复议、行政诉讼情况" } },
      ],
    },
    {
      name: "messages in English",
      code: lines(TITLE, "一、主要举措和成效", LEADER, MEASURES, "二、2025年工作安排", PLAN),
      settings: { locale: "en" },
      errors: [{ messageId: "missing", data: { part: "shortcomings", requirement: `${BASIS} requires “${wordingOf("shortcomings")}”`, placement: fazhi.parts[1]!.placement!.en! } }],
    },
  ],
});
