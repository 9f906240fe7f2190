import rule from "../../src/rules/rate-mismatch.js";
import { testRule } from "../helpers/rule-tester.js";

// A table's row of shares whose whole (新受理) the report gave five sections before the table.
const shareTable = (row: string, whole = "新受理数") =>
  [
    "一、案件办理情况",
    "2024年新受理行政复议案件151件，同比增长128.78%。",
    "二、被申请人构成情况",
    "被申请人以县政府部门为主。",
    "三、申请事项",
    "举报投诉案件增幅明显，政府信息公开案件有所下降。",
    "四、审理情况",
    "全年审结的案件均在法定期限内审结。",
    "五、行政管理类别情况",
    "从行政管理类别看，市场监管占比较大，其次是公安、乡镇办等。具体情况见下表。",
    "类别  | 市场监管  | 公安  | 乡镇(办)  | ",
    "数量  | 77件  | 42件  | 32件  | ",
    `占${whole}比例  | ${row}  | `,
  ].join("\n");

testRule(rule, {
  valid: [
    { name: "counts of other things in the rate's sentence are no pair for it", code: "2021年，网站上传信息5786条；公众号共发布信息294期1014条；接到网络信件327件，办结率100%。" },
    "全年共受理信访事项120件，已办结118件，办结率98.3%。",
    "行政诉讼发案数139件，审结130件，败诉7件，败诉率5.38%。",
    { name: "an accepted alternative base", code: "行政诉讼发案数139件，审结130件，败诉7件，败诉率5.04%。" },
    { name: "closure parts give the numerator", code: "上半年受理劳动争议案件6件（调解4件、裁决1件、结案率83.3%）。" },
    { name: "成功率 after 调处", code: "调处各类矛盾纠纷2068起，调解成功2026起，成功率98%。" },
    { name: "no denominator in the text", code: "仲裁调解及基层调解共结案868宗，调解率86.28%。" },
    { name: "a reply is not the rectification count", code: "共收到检察建议书2份，形成回复文件1份，整改完成率100%。" },
    { name: "growth is not a proportion", code: "全区受理行政复议案件120件，同比增长125%。" },
    { name: "Chinese numerals", code: "受理劳动争议案件一百二十件，结案一百一十五件，结案率95.8%。" },
    { name: "a later clause makes its own claim", code: "受理案件20件，办结率95%；另受理投诉举报7件。" },
    // A ratio of parts beside the parts: 16.9 + 191.3 + 39.2 = 247.4; 6.83%, 77.32%, 15.84%.
    { name: "ratio: every term right at its precision", code: "全年第一产业完成投资16.9亿元，第二产业完成投资191.3亿元，第三产业完成投资39.2亿元。三次产业投资比重为6.8：77.3：15.8。" },
    { name: "ratio: last year's ratio (由上年的…) is not this year's", code: "全年第一产业完成投资16.9亿元，第二产业完成投资191.3亿元，第三产业完成投资39.2亿元。三次产业投资比重由上年的9.4:66.8:23.8调整为6.8:77.3:15.8。" },
    { name: "ratio: last year's ratio after this year's", code: "全年第一产业完成投资16.9亿元，第二产业完成投资191.3亿元，第三产业完成投资39.2亿元。三次产业投资比重为6.8:77.3:15.8，上年为9.4:66.8:23.8。" },
    // The next three would be reported (16.0 for 15.84%) if every member had exactly one amount in reach.
    { name: "ratio: a member without an amount", code: "全年第一产业完成投资16.9亿元，第三产业完成投资39.2亿元。三次产业投资比重为6.8：77.3：16.0。" },
    {
      name: "ratio: a member with two amounts in one sentence",
      code: "全年第一产业完成投资16.9亿元，第二产业完成投资191.3亿元，第三产业完成投资39.2亿元、第三产业增加值80.1亿元。三次产业投资比重为6.8：77.3：16.0。",
    },
    { name: "ratio: 中直 and 地方, right (1520.6 ÷ 2501 = 60.80%)", code: "全年中直经济实现增加值1520.6亿元，地方经济实现增加值980.4亿元，中直与地方经济比重为60.8:39.2。" },
    {
      name: "ratio: a term off that also breaks the 100% is left to sum-mismatch",
      code: "全年第一产业完成投资16.9亿元，第二产业完成投资191.3亿元，第三产业完成投资39.2亿元。三次产业投资比重为6.8：77.3：16.4。",
    },
    { name: "ratio: 中直 without 地方", code: "全年中直经济实现增加值1520.6亿元，中直与地方经济比重为60.9:39.1。" },
    // 983 ÷ 5120 = 19.2%: the first category is no whole of the next, and the shares (99.81) do not make 100%.
    { name: "a run of shares with no printed total", code: "反映问题类工单5120件，占比79.62%；咨询建议类工单983件，占比15.29%；表扬感谢类工单315件，占比4.90%。" },
    { name: "a run of shares in sentences of their own", code: "反映问题类工单5120件，占比79.62%。咨询建议类工单983件，占比15.29%。表扬感谢类工单315件，占比4.90%。" },
    {
      name: "a run whose parts add up to a printed whole, every share right",
      code: "经审查立案175件。\n在所有提案中，围绕经济建设方面提出提案94件，占53.7%。围绕精神文明建设方面提出提案36件，占20.6%。围绕社会和谐发展方面提出提案45件，占25.7%。",
    },
    { name: "a share that fits its whole of another scope", code: "全年受理120件，占全市的10%；办结100件，占83.3%。" },
    { name: "a table's row of shares of a whole given sections before", code: shareTable("50.99%  | 27.81%  | 21.19%") },
    { name: "a table's row of shares of a whole the text never gives", code: shareTable("50.89%  | 27.81%  | 21.19%", "全部投诉") },
    // A named rate with no base in its sentence may share the base an earlier rate of its paragraph fits.
    {
      name: "a named rate of the base the rate before it fits (4426 ÷ 12195 = 36.29%)",
      code: "去年全市共审结行政复议案件12195件。直接纠错1639件，直接纠错率13.4%；以纠错、调解、和解等方式实质性化解行政争议4426件，矛盾纠纷综合化解率36.3%。",
    },
    { name: "a named rate of the part the rate before it fits (3 ÷ 28 = 10.7%)", code: "受理行政复议申请30件，审结28件，审结率93.3%。作出撤销决定3件，撤销率10.7%。" },
    {
      name: "an earlier paragraph's base is not shared",
      code: "去年全市共审结行政复议案件12195件。直接纠错1639件，直接纠错率13.4%。\n以纠错、调解、和解等方式实质性化解行政争议4426件，矛盾纠纷综合化解率36.0%。",
    },
    { name: "a share of the whole it names in its paragraph, right", code: "全年受理前协商化解案件17件。\n2024年度新受理的行政复议151件中，乡镇（街道）政府11件，占受理总数的7.28%。" },
    { name: "a share across a wrapped line that fits", code: "截至2025年7月底，全县共受理行政复议案件9起，维持原行政行为2件，占\n比22.2%。" },
    { name: "ratio: amounts two paragraphs before", code: "全年第一产业完成投资16.9亿元，第二产业完成投资191.3亿元，第三产业完成投资39.2亿元。\n工业运行平稳。\n三次产业投资比重为6.8：77.3：16.0。" },
  ],
  invalid: [
    {
      name: "a rate that does not match its explicit counts",
      code: "全年共受理信访事项120件，已办结118件，办结率99.2%。",
      errors: [{ messageId: "mismatch", severity: "error", text: "办结率99.2%" }],
    },
    {
      name: "printed precision matters",
      code: "调处各类矛盾纠纷2068起，调解成功2026起，成功率98.00%。",
      errors: [{ messageId: "mismatch", severity: "error" }],
    },
    {
      name: "100% means all",
      code: "投诉举报办结率100%（受理15件，办结14件）。",
      errors: [{ messageId: "mismatch", severity: "error" }],
    },
    {
      name: "出庭应诉率 has no settled base: a warning",
      code: "开庭审理行政诉讼案件20件，行政机关负责人出庭应诉18件，出庭应诉率100%。",
      errors: [{ messageId: "mismatch", severity: "warning" }],
    },
    {
      name: "counts of the right kinds that give another rate",
      code: "予以立案的案件共249宗，解决往年积案9宗，新年度案件结案240宗，共结案249宗。本年度案件结案率95.4%。",
      errors: [{ messageId: "unclear", severity: "warning" }],
    },
    {
      name: "ratio: the third sector's term off at one decimal",
      code: "全年第一产业完成投资16.9亿元，第二产业完成投资191.3亿元，第三产业完成投资39.2亿元。三次产业投资比重为6.8：77.3：16.0。",
      errors: [
        {
          messageId: "ratioPart",
          severity: "warning",
          text: "第三产业完成投资39.2亿元",
          data: {
            ratio: "6.8：77.3：16.0",
            term: "16.0",
            part: "第三产业完成投资39.2亿元",
            expression: "39.2 ÷ (16.9 + 191.3 + 39.2) = 15.84%",
            decimals: "保留一位小数",
            expected: "15.8",
          },
        },
      ],
    },
    {
      name: "ratio: the first sector's term off, the span on its amount",
      code: "全年第一产业完成投资16.9亿元，第二产业完成投资191.3亿元，第三产业完成投资39.2亿元。三次产业投资比重为7.0：77.3：15.8。",
      errors: [{ messageId: "ratioPart", severity: "warning", text: "全年第一产业完成投资16.9亿元", line: 1, column: 1 }],
    },
    {
      name: "ratio: the ratio in the next paragraph",
      code: "全年第一产业完成投资16.9亿元，第二产业完成投资191.3亿元，第三产业完成投资39.2亿元。\n三次产业投资比重为6.8：77.3：16.0。",
      errors: [{ messageId: "ratioPart", severity: "warning", text: "第三产业完成投资39.2亿元", line: 1 }],
    },
    {
      name: "ratio: this year's ratio after last year's (调整为)",
      code: "全年第一产业完成投资16.9亿元，第二产业完成投资191.3亿元，第三产业完成投资39.2亿元。三次产业投资比重由上年的9.4:66.8:23.8调整为6.8:77.3:16.0。",
      errors: [{ messageId: "ratioPart", severity: "warning", text: "第三产业完成投资39.2亿元", data: { ratio: "6.8:77.3:16.0", term: "16.0", part: "第三产业完成投资39.2亿元", expression: "39.2 ÷ (16.9 + 191.3 + 39.2) = 15.84%", decimals: "保留一位小数", expected: "15.8" } }],
    },
    {
      name: "ratio: 中直 and 地方, both terms off (60.80% and 39.20%): one finding for the ratio",
      code: "全年中直经济实现增加值1520.6亿元，地方经济实现增加值980.4亿元，中直与地方经济比重为60.9:39.1。",
      errors: [
        {
          messageId: "ratioParts",
          severity: "warning",
          text: "60.9:39.1",
          data: { ratio: "60.9:39.1", parts: "全年中直经济实现增加值1520.6亿元、地方经济实现增加值980.4亿元", expected: "60.8：39.2" },
        },
      ],
    },
    {
      name: "ratio: a term only the amounts' own rounding allows (39.25 ÷ 247.35 = 15.87%) is still a warning, saying so",
      code: "全年第一产业完成投资16.9亿元，第二产业完成投资191.3亿元，第三产业完成投资39.2亿元。三次产业投资比重为6.8：77.3：15.9。",
      errors: [
        {
          messageId: "ratioPartRounding",
          severity: "warning",
          text: "第三产业完成投资39.2亿元",
          data: {
            ratio: "6.8：77.3：15.9",
            term: "15.9",
            part: "第三产业完成投资39.2亿元",
            expression: "39.2 ÷ (16.9 + 191.3 + 39.2) = 15.84%",
            decimals: "保留一位小数",
            expected: "15.8",
          },
        },
      ],
    },
    {
      name: "a run whose parts add up to a printed whole: that whole is certain even when a share is off",
      code: "经审查立案175件。\n在所有提案中，围绕经济建设方面提出提案94件，占53.7%。围绕精神文明建设方面提出提案36件，占10.6%。围绕社会和谐发展方面提出提案45件，占25.7%。",
      errors: [
        {
          messageId: "mismatch",
          severity: "error",
          text: "占10.6%",
          data: {
            rate: "占10.6%",
            counts: "经审查立案175件、围绕精神文明建设方面提出提案36件",
            expression: "36 ÷ 175 = 20.57%，保留一位小数应为 20.6%",
            detail: "",
            suggestion: "请核对围绕精神文明建设方面提出提案件数或占比。",
          },
        },
      ],
    },
    {
      name: "a run of shares that make 100% with no printed total: the sum of its parts is the whole",
      code: "反映问题类工单5120件，占比79.63%；咨询建议类工单983件，占比15.26%；表扬感谢类工单327件，占比5.09%。",
      errors: [
        {
          messageId: "mismatch",
          severity: "warning",
          text: "占比15.26%",
          data: {
            rate: "占比15.26%",
            counts: "反映问题类工单5120件、咨询建议类工单983件、表扬感谢类工单327件",
            expression: "983 ÷ 6430 = 15.288%，保留两位小数应为 15.29%（6430 = 5120 + 983 + 327）",
            detail: "；若咨询建议类工单 981 件，则为 15.26%",
            suggestion: "请核对咨询建议类工单件数或占比。",
          },
        },
      ],
    },
    {
      name: "其中 makes the count before a run its whole",
      code: "全市受理120件，占40%；其中办结100件，占93.3%。",
      errors: [{ messageId: "mismatch", text: "占93.3%", data: { rate: "占93.3%", counts: "全市受理120件、其中办结100件", expression: "100 ÷ 120 = 83.33%，保留一位小数应为 83.3%", detail: "；若办结 112 件，则为 93.3%", suggestion: "请核对办结件数或占比。" } }],
    },
    {
      name: "of equally likely wholes, the one nearest the printed share is named",
      code: "共收到行政复议申请35件，受理34件。\n案件类型：投诉举报类12件，行政处罚类17件，行政强制类1件。\n其中市场监管领域投诉举报案件13件，占总量的41%。",
      errors: [
        {
          messageId: "mismatch",
          severity: "warning",
          data: {
            rate: "占总量的41%",
            counts: "受理34件、其中市场监管领域投诉举报案件13件",
            expression: "13 ÷ 34 = 38.2%，四舍五入取整应为 38%",
            detail: "；若市场监管领域投诉举报案件 14 件，则为 41%",
            suggestion: "请核对市场监管领域投诉举报案件件数或占比。",
          },
        },
      ],
    },
    {
      name: "a table's row of shares: the whole it names, sections before; the count quoted from its cell, named by its column",
      code: shareTable("50.89%  | 27.81%  | 21.19%"),
      errors: [
        {
          messageId: "mismatch",
          severity: "warning",
          text: "50.89%",
          data: {
            rate: "50.89%",
            counts: "2024年新受理行政复议案件151件、77件",
            expression: "77 ÷ 151 = 50.993%，保留两位小数应为 50.99%",
            detail: "",
            suggestion: "请核对市场监管件数或占新受理数比例。",
          },
        },
      ],
    },
    {
      name: "a named rate off the base the rate before it fits",
      code: "去年全市共审结行政复议案件12195件。直接纠错1639件，直接纠错率13.4%；以纠错、调解、和解等方式实质性化解行政争议4426件，矛盾纠纷综合化解率36.0%。",
      errors: [
        {
          messageId: "mismatch",
          severity: "warning",
          text: "化解率36.0%",
          data: {
            rate: "化解率36.0%",
            counts: "去年全市共审结行政复议案件12195件、和解等方式实质性化解行政争议4426件",
            expression: "4426 ÷ 12195 = 36.29%，保留一位小数应为 36.3%",
            detail: "；若化解 4396 件，则为 36.0%；若审结 12278 件，则为 36.0%；写作“36%”则一致",
            suggestion: "请核对化解件数或化解率。",
          },
        },
      ],
    },
    {
      name: "the whole a share names, in its paragraph, is certain though a count of that name stands in another",
      code: "全年受理前协商化解案件17件。\n2024年度新受理的行政复议151件中，乡镇（街道）政府11件，占受理总数的7.38%。",
      errors: [{ messageId: "mismatch", severity: "error", text: "占受理总数的7.38%" }],
    },
    {
      name: "two counts of the whole's name in the share's paragraph: only likely",
      code: "2024年度新受理的行政复议151件中，受理前协商化解案件17件，乡镇（街道）政府11件，占受理总数的7.38%。",
      errors: [{ messageId: "mismatch", severity: "warning", text: "占受理总数的7.38%" }],
    },
    {
      name: "a table's row of shares whose columns have no word heading: no cell border in the message",
      code: "全年受理行政复议案件151件。\n类别  | 第1类  | 第2类  | \n数量  | 77件  | 74件  | \n占受理数比例  | 50.89%  | 49.01%  | ",
      errors: [
        {
          messageId: "mismatch",
          severity: "warning",
          text: "50.89%",
          data: {
            rate: "50.89%",
            counts: "全年受理行政复议案件151件、77件",
            expression: "77 ÷ 151 = 50.993%，保留两位小数应为 50.99%",
            detail: "",
            suggestion: "请核对相关数字。",
          },
        },
      ],
    },
    {
      name: "a share across a wrapped line (占⏎比), quoted without the break",
      code: "截至2025年7月底，全县共受理行政复议案件9起，维持原行政行为2件，占\n比32.2%。",
      errors: [
        {
          messageId: "mismatch",
          severity: "error",
          data: {
            rate: "占比32.2%",
            counts: "全县共受理行政复议案件9起、维持原行政行为2件",
            expression: "2 ÷ 9 = 22.22%，保留一位小数应为 22.2%",
            detail: "",
            suggestion: "请核对维持原行政行为件数或占比。",
          },
        },
      ],
    },
    {
      name: "a rate whose link word is cut by a wrapped line (高⏎达)",
      code: "截至2025年7月底，全县共受理行政复议案件9起，直接纠错决定5件，纠错率高\n达54.6%。",
      errors: [{ messageId: "unclear", severity: "warning", data: { rate: "纠错率高达54.6%", expression: "5 ÷ 9 = 55.56%", name: "纠错率" } }],
    },
    {
      name: "one reading reached twice is shown once",
      code: "上半年受理劳动争议案件6件（调解4件、裁决1件、结案率83.0%）。",
      errors: [{ messageId: "unclear", severity: "warning", data: { rate: "结案率83.0%", expression: "5 ÷ 6 = 83.33%", name: "结案率" } }],
    },
    {
      name: "a truncated rate without the canonical pair is a note",
      code: "我局行政诉讼案件12件，胜诉11件，胜诉率91.6%。",
      errors: [{ messageId: "truncated", severity: "info" }],
    },
  ],
});
