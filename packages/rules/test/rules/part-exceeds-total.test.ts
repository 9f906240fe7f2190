import rule from "../../src/rules/part-exceeds-total.js";
import { testRule } from "../helpers/rule-tester.js";

testRule(rule, {
  valid: [
    // s22: 新建 within 累计; 被纠错 within 行政诉讼案件; an among list across a paragraph.
    { name: "s22 cumulative: the new ones within the running total", code: "我市新建农村饮水安全工程355处，惠及15.6万人，全市农村饮水安全工程累计建设2297处。" },
    { name: "s22 cumulative: other things are not compared", code: "今年新建文化广场355处，全市累计建成农家书屋300处。" },
    { name: "s22 cumulative: two new counts leave the pairing unknown", code: "新建泵站400处、新增管网500处，全市泵站累计建设450处。" },
    { name: "s22 correction: 被纠错 within 行政诉讼案件", code: "全区共发生涉及政府信息公开的行政诉讼案件2件，被纠错0件。" },
    { name: "s22 correction: 被纠错 within 行政复议案件", code: "全年办理行政复议案件45件，被纠错6件。" },
    { name: "s22 named brackets: a department within the total", code: "交办诉求事项共3136宗，其中办理事项排名前二的部门是县公安局（287宗）、忠信镇（225宗）。" },
    { name: "s22 named brackets: one above the total is sum-mismatch's one finding", code: "交办诉求事项共300宗，其中办理事项排名前二的部门是县公安局（317宗）、忠信镇（225宗）。" },
    { name: "s22 among across a paragraph: a part within 受理", code: "全年受理34件。其中以部门为被申请人的占94.11%。\n案件类型情况：受理案件中投诉举报类12件，行政处罚类17件。" },
    // s22: a bare count whose unit is named before it, and a unit wrapped to the next line.
    { name: "s22 unit before: parts within 参与人次达N", code: "活动参与人次达115250，其中110897人次答对率超过80%，3928人次获得奖励。" },
    { name: "s22 unit before: a bare number with no count noun is not a count", code: "活动参与达115250，其中120000人次答对。" },
    { name: "s22 wrapped unit: a part within its total", code: "公众号共编发文章 1640 篇，其中原创文章 294\n篇，关注人数达 1016823 人。" },
    { name: "s22 wrapped unit: a number alone on its line is a table cell", code: "共编发文章 1640 篇，其中\n2940\n篇目录。" },
    { name: "parts that are added up and exceed their total are sum-mismatch's one finding", code: "8-10月共受理劳动争议案件67件(裁决21件、线下调解27件、线上调解81件)。" },
    { name: "an 产值 of something the 总产值 is not of (农业 and 工业 share no word)", code: "农业总产值22亿元。全市工业产值300亿元。" },
    { name: "an 产量 after the next 总产量 of its kind belongs to that one", code: "肉类总产量422吨。禽肉总产量500吨，鸡肉产量430吨。" },
    { name: "brackets after a rate that fit the count the rate is of", code: "今年承办的146件政协提案,满意率达100%(满意144件,基本满意2件)。" },
    "仲裁裁决结案46件（其中一裁终局42件），审理中案件6件。",
    "受理劳动争议案件67件（涉及农民工案件40件、集体争议案件30件）。",
    { name: "counts in separate clauses may carry over", code: "劳动人事争议仲裁院当期受理案件67件，仲裁调解结案175件。" },
    { name: "a hedged total", code: "发放宣传材料3000余份，其中法律法规汇编3200份。" },
    { name: "a consistent rate with its counts", code: "共调处纠纷50起，调解成功48起，调解成功率96%。" },
    // Subset pairs: a count that is a subset of another in the same sentence.
    { name: "subset pair: 调解成功 within 调解, in order", code: "全年调解纠纷7353件，调解成功7329件。" },
    { name: "subset pair: 受理 within 收到, in order", code: "全年收到申请376件，受理370件。" },
    { name: "subset pair: units differ (调解 件, 调解成功 人)", code: "全年调解纠纷7353件，调解成功7360人。" },
    { name: "subset pair: units differ (收到 件, 受理 人)", code: "全年收到申请376件，受理380人。" },
    { name: "subset pair: the part before the whole is not paired", code: "全年受理380件，收到申请376件。" },
    { name: "subset pair: 办结 may exceed 受理 (carry-over)", code: "全年受理案件120件，办结125件。" },
    { name: "subset pair: 办结 may exceed 收到 (carry-over)", code: "全年收到申请376件，办结380件。" },
    {
      name: "subset pair: each 撤销 goes with the whole right before it",
      code: "我局行政处罚被申请行政复议9宗，复议决定撤销原处罚决定2宗；被提起行政诉讼16宗，判决撤销12宗。",
    },
    { name: "subset pair: rounded values that may be in order", code: "全年调解纠纷73.5万件，调解成功73.6万件。" },
  ],
  invalid: [
    {
      name: "s22 cumulative: more new ones than the running total (warning)",
      code: "我市新建农村饮水安全工程2307处，惠及15.6万人，全市农村饮水安全工程累计建设2297处。",
      errors: [{ messageId: "subsetExceeds", severity: "warning" }],
    },
    {
      name: "s22 correction: more corrected than litigated",
      code: "全区共发生涉及政府信息公开的行政诉讼案件2件，被纠错3件。",
      errors: [{ messageId: "subsetExceeds", severity: "error" }],
    },
    {
      name: "s22 among across a paragraph: a part above 受理 (warning: the whole is a paragraph away)",
      code: "全年受理34件。其中以部门为被申请人的占94.11%。\n案件类型情况：受理案件中行政确权类37件。",
      errors: [{ messageId: "partExceeds", severity: "warning" }],
    },
    {
      name: "s22 unit before: a part above 参与人次达N",
      code: "活动参与人次达115250，其中115260人次答对率超过80%。",
      errors: [{ messageId: "partExceeds", severity: "error" }],
    },
    {
      name: "s22 unit before: 人数为N and a part above it",
      code: "参训人数为120，其中执法人员130人。",
      errors: [{ messageId: "partExceeds" }],
    },
    {
      name: "s22 wrapped unit: a part wrapped before its unit, above the total",
      code: "公众号共编发文章 1640 篇，其中原创文章 1642\n篇，关注人数达 1016823 人。",
      errors: [{ messageId: "partExceeds", severity: "error" }],
    },
    {
      name: "a part in brackets after a rate, above the count the rate is of",
      code: "今年承办的146件政协提案,满意率达100%(满意156件)。",
      errors: [{ messageId: "partExceeds", severity: "error" }],
    },
    {
      name: "a count named after an 总X total, above it (肉类总产量 … 猪肉产量)",
      code: "肉类总产量422吨,其中:生猪出栏4603头,比上年减少2632头;猪肉产量432吨。",
      errors: [{ messageId: "partExceeds", severity: "warning" }],
    },
    {
      name: "a count named after an 总产值 a sentence later, above it",
      code: "农林牧渔业总产值22.22亿元,比上年增长3.2%。农林牧渔专业及辅助性活动产值23.32亿元。",
      errors: [{ messageId: "partExceeds", severity: "warning" }],
    },
    {
      name: "a part of an N件中 list above it",
      code: "新受理的行政复议151件中，被申请人为县政府部门的案件152件。",
      errors: [{ messageId: "partExceeds", severity: "error", text: "新受理的行政复议151件中，被申请人为县政府部门的案件152件" }],
    },
    {
      name: "a part of an 在…中 list above the count its words name",
      code: "行政诉讼案件40宗，审结27宗。在已审结的案件中，胜诉28宗。",
      errors: [{ messageId: "partExceeds", severity: "error" }],
    },
    {
      name: "one bracketed part alone exceeds the total",
      code: "8-10月共受理劳动争议案件67件(线上调解81件)。",
      errors: [{ messageId: "partExceeds", severity: "error", text: "8-10月共受理劳动争议案件67件(线上调解81件" }],
    },
    {
      name: "even overlapping attributes cannot exceed the total",
      code: "受理劳动争议案件67件（涉及农民工案件70件、集体争议案件30件）。",
      errors: [{ messageId: "partExceeds", text: "受理劳动争议案件67件（涉及农民工案件70件" }],
    },
    {
      name: "a rate's numerator above its base",
      code: "共调处纠纷50起，调解成功51起，调解成功率102%。",
      errors: [{ messageId: "numeratorExceeds", text: "51起" }],
    },
    {
      name: "beyond the usual reading of 余 is only a warning",
      code: "发放宣传材料3000余份，其中法律法规汇编4200份。",
      errors: [{ messageId: "partExceeds", severity: "warning" }],
    },
    {
      name: "subset pair: 调解成功 above 调解",
      code: "全年调解纠纷7353件，调解成功7360件。",
      errors: [
        {
          messageId: "subsetExceeds",
          severity: "error",
          text: "全年调解纠纷7353件，调解成功7360件",
          data: { part: "调解成功7360件", whole: "全年调解纠纷7353件", name: "调解成功率" },
        },
      ],
    },
    {
      name: "subset pair: 受理 above 收到",
      code: "全年收到申请376件，受理380件。",
      errors: [{ messageId: "subsetExceeds", severity: "error", text: "全年收到申请376件，受理380件", data: { part: "受理380件", whole: "全年收到申请376件", name: "受理" } }],
    },
    {
      name: "subset pair: the first of two 撤销 above the whole right before it",
      code: "我局行政处罚被申请行政复议9宗，复议决定撤销原处罚决定12宗；被提起行政诉讼16宗，判决撤销2宗。",
      errors: [
        {
          messageId: "subsetExceeds",
          text: "我局行政处罚被申请行政复议9宗，复议决定撤销原处罚决定12宗",
          data: { part: "复议决定撤销原处罚决定12宗", whole: "我局行政处罚被申请行政复议9宗", name: "纠错" },
        },
      ],
    },
    {
      name: "subset pair: the second of two 撤销 above the whole right before it",
      code: "我局行政处罚被申请行政复议9宗，复议决定撤销原处罚决定2宗；被提起行政诉讼16宗，判决撤销20宗。",
      errors: [{ messageId: "subsetExceeds", text: "被提起行政诉讼16宗，判决撤销20宗", data: { part: "判决撤销20宗", whole: "被提起行政诉讼16宗", name: "纠错" } }],
    },
    {
      name: "subset pair: both 撤销 above their own wholes",
      code: "我局行政处罚被申请行政复议9宗，复议决定撤销原处罚决定12宗；被提起行政诉讼16宗，判决撤销20宗。",
      errors: [
        { messageId: "subsetExceeds", text: "我局行政处罚被申请行政复议9宗，复议决定撤销原处罚决定12宗" },
        { messageId: "subsetExceeds", text: "被提起行政诉讼16宗，判决撤销20宗" },
      ],
    },
    {
      name: "subset pair: an exact count above what a rounded whole can be",
      code: "全年调解纠纷7.3万件，调解成功73600件。",
      errors: [{ messageId: "subsetExceeds", severity: "error", text: "全年调解纠纷7.3万件，调解成功73600件" }],
    },
  ],
});
