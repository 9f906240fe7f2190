import { describe, expect, it } from "vitest";
import { parse } from "../src/index.js";

/** The breakdowns of a text, each count written as its words and number ("办结120件"). */
function breakdowns(text: string) {
  const report = parse(text);
  const count = (i: number) => `${report.quantities[i]!.label}${report.quantities[i]!.raw}`;
  return report.breakdowns.map((b) => ({
    whole: b.whole === null ? null : count(b.whole),
    parts: b.parts.map(count),
    form: b.form,
    markers: b.markers,
    exhaustive: b.exhaustive,
  }));
}

const subset = (whole: string, parts: string[], markers = ["其中"], exhaustive = false) => ({ whole, parts, form: "subset", markers, exhaustive });

describe("breakdowns: the whole of a 其中 list past what is said about it", () => {
  it("a clause reporting the whole's change (比增)", () => {
    expect(breakdowns("全年受理群众来电1503件，比增19.1%，其中咨询类620件、投诉类415件。")).toEqual([
      subset("全年受理群众来电1503件", ["其中咨询类620件", "投诉类415件"]),
    ]);
  });

  it("a clause reporting the whole's change (同比下降)", () => {
    expect(breakdowns("全年受理群众来电1503件，同比下降3.2%，其中咨询类620件。")).toEqual([subset("全年受理群众来电1503件", ["其中咨询类620件"])]);
  });

  it("a clause reporting the whole's share of a larger whole", () => {
    expect(breakdowns("法规文件类信息25条，占总体的比例为3.4%，其中规章类文件2条、规范性文件5条。")).toEqual([
      subset("法规文件类信息25条", ["其中规章类文件2条", "规范性文件5条"]),
    ]);
  });

  it("a bracketed note without numbers", () => {
    expect(breakdowns("共办理行政复议案件135件(含上年度结转)，其中维持92件、撤销11件。")).toEqual([
      subset("共办理行政复议案件135件", ["其中维持92件", "撤销11件"]),
    ]);
  });

  it("the span runs from the whole to the last part", () => {
    const text = "全年受理群众来电1503件，比增19.1%，其中咨询类620件、投诉类415件。";
    const [b] = parse(text).breakdowns;
    expect(text.slice(...b!.span)).toBe("1503件，比增19.1%，其中咨询类620件、投诉类415件");
  });

  it("past a bracket with a count in it: the bracket is a part, and 其中 still parts the whole", () => {
    expect(breakdowns("共办理行政复议案件135件(含上年度结转8件)，其中维持92件、撤销11件。")).toEqual([
      { whole: "共办理行政复议案件135件", parts: ["含上年度结转8件"], form: "paren", markers: ["含"], exhaustive: false },
      subset("共办理行政复议案件135件", ["其中维持92件", "撤销11件"]),
    ]);
  });

  it("not past a clause that says something else", () => {
    expect(breakdowns("全年受理群众来电1503件，办理满意度95%，其中咨询类620件。")).toEqual([]);
  });

  it("not past a clause with a count of its own", () => {
    expect(breakdowns("全年受理群众来电1503件，开展回访3次，其中咨询类620件。")).toEqual([]);
  });
});

describe("breakdowns: a sentence-initial 其中", () => {
  it("refers to the main total of the sentence before, never its 含 part", () => {
    expect(breakdowns("全年收到政府信息公开申请820件，含上年结转申请12件。其中，予以公开510件，部分公开96件。")).toEqual([
      subset("全年收到政府信息公开申请820件", ["含上年结转申请12件"], ["含"]),
      subset("全年收到政府信息公开申请820件", ["予以公开510件", "部分公开96件"]),
    ]);
  });

  it("after a colon", () => {
    expect(breakdowns("全年公开政府信息193条。其中：机构职能12条，政策文件45条。")).toEqual([
      subset("全年公开政府信息193条", ["机构职能12条", "政策文件45条"]),
    ]);
  });

  it("refers to a bracketed total's owner, not to the bracket's parts", () => {
    expect(breakdowns("全年收到申请20件（当面申请8件、网上申请12件）。其中，予以公开15件。")).toEqual([
      { whole: "全年收到申请20件", parts: ["当面申请8件", "网上申请12件"], form: "paren", markers: [], exhaustive: false },
      subset("全年收到申请20件", ["予以公开15件"]),
    ]);
  });

  it("takes the last count of the sentence before when it is not a part", () => {
    expect(breakdowns("全年收到申请820件，办结805件。其中，予以公开510件。")).toEqual([subset("办结805件", ["予以公开510件"])]);
  });

  it("refers to nothing in the paragraph before", () => {
    expect(breakdowns("全年公开政府信息193条。\n其中：机构职能12条，政策文件45条。")).toEqual([]);
  });

  it("refers to nothing when the sentence before counts another kind of thing", () => {
    expect(breakdowns("全年开展执法检查36次。其中，发现问题12件。")).toEqual([]);
  });
});

describe("breakdowns: where a 其中 list ends", () => {
  it("runs over ； when the next part names the same kind of thing", () => {
    expect(breakdowns("全年主动公开信息1200条，其中政策文件类信息86条；工作动态信息473条。")).toEqual([
      subset("全年主动公开信息1200条", ["其中政策文件类信息86条", "工作动态信息473条"]),
    ]);
  });

  it("runs over ； when introduced with a colon, 其他 closing it", () => {
    expect(breakdowns("全年收到申请300件，其中：自然人申请240件；法人单位申请50件；其他10件。")).toEqual([
      subset("全年收到申请300件", ["自然人申请240件", "法人单位申请50件", "其他10件"], ["其中", "其他"], true),
    ]);
  });

  it("ends at ； when the next count moves on", () => {
    expect(breakdowns("全年收到申请300件，其中自然人申请240件、法人单位申请10件；办结280件。")).toEqual([
      subset("全年收到申请300件", ["其中自然人申请240件", "法人单位申请10件"]),
    ]);
    expect(breakdowns("全年主动公开信息1200条，其中政策文件类信息86条；解读文件12条。")).toEqual([
      subset("全年主动公开信息1200条", ["其中政策文件类信息86条"]),
    ]);
  });

  it("ends at a count of another kind", () => {
    expect(breakdowns("全年设立调解组织853个，其中村级调解组织610个，共配备专职调解员111名。")).toEqual([
      subset("全年设立调解组织853个", ["其中村级调解组织610个"]),
    ]);
    expect(breakdowns("全年收到申请56件，其中予以公开30件，开展培训4次，无法提供5件。")).toEqual([
      subset("全年收到申请56件", ["其中予以公开30件"]),
    ]);
  });

  it("goes on past a count of another kind inside a part's words", () => {
    expect(breakdowns("全年收到申请56件，其中予以公开30件、属于四类过程性信息1件不予公开、无法提供5件。")).toEqual([
      subset("全年收到申请56件", ["其中予以公开30件", "过程性信息1件", "无法提供5件"]),
    ]);
  });

  it("takes 件 and 份 in one list", () => {
    expect(breakdowns("全年收到申请8份，其中予以公开2件、部分公开1件。")).toEqual([subset("全年收到申请8份", ["其中予以公开2件", "部分公开1件"])]);
    expect(breakdowns("全年收到申请8件，其中予以公开2份、部分公开1份。")).toEqual([subset("全年收到申请8件", ["其中予以公开2份", "部分公开1份"])]);
  });

  it("takes no count of another unit as the whole", () => {
    expect(breakdowns("全年开展执法检查36次，其中发现问题12件。")).toEqual([]);
  });
});

describe("breakdowns: a 其中 nested under a part", () => {
  it("ends at its ；, and the outer list skips its parts", () => {
    expect(breakdowns("全年公开信息1200条，其中：政策文件320条，其中规章12条、规范性文件45条；工作动态880条。")).toEqual([
      subset("全年公开信息1200条", ["政策文件320条", "工作动态880条"]),
      subset("政策文件320条", ["其中规章12条", "规范性文件45条"]),
    ]);
  });

  it("money: the three sectors, with 工业 under the second", () => {
    expect(breakdowns("全年完成固定资产投资520亿元，其中：第一产业18亿元；第二产业302亿元，其中工业263亿元；第三产业200亿元。")).toEqual([
      subset("全年完成固定资产投资520亿元", ["第一产业18亿元", "第二产业302亿元", "第三产业200亿元"]),
      subset("第二产业302亿元", ["其中工业263亿元"]),
    ]);
  });

  it("a nested list of one part", () => {
    expect(breakdowns("全年收到申请300件，其中：自然人申请240件，其中线上申请200件；法人申请60件。")).toEqual([
      subset("全年收到申请300件", ["自然人申请240件", "法人申请60件"]),
      subset("自然人申请240件", ["其中线上申请200件"]),
    ]);
  });
});

describe("breakdowns: a total after its parts", () => {
  it("共 with nothing else said", () => {
    expect(breakdowns("办理人大代表建议23件、政协委员提案17件，共41件。")).toEqual([
      { whole: "共41件", parts: ["办理人大代表建议23件", "政协委员提案17件"], form: "total-after", markers: ["共"], exhaustive: false },
    ]);
  });

  it("累计 with nothing else said", () => {
    expect(breakdowns("受理投诉举报12件、咨询20件，累计32件。")).toEqual([
      { whole: "累计32件", parts: ["受理投诉举报12件", "咨询20件"], form: "total-after", markers: ["累计"], exhaustive: false },
    ]);
  });

  it("合计 is exhaustive whatever follows it", () => {
    expect(breakdowns("办理人大代表建议23件、政协委员提案17件，合计办理各类建议提案40件。")).toEqual([
      { whole: "合计办理各类建议提案40件", parts: ["办理人大代表建议23件", "政协委员提案17件"], form: "total-after", markers: ["合计"], exhaustive: true },
    ]);
  });

  it("not a count after 累计 that says what it counts, with one count before", () => {
    expect(breakdowns("组织开展企业走访服务3904家次，多渠道收集企业诉求341件，累计办结336件，办结率98.53%。")).toEqual([]);
  });

  it("not a count after 累计 that names another stage of handling (累计办结336件), with two counts before", () => {
    expect(breakdowns("多渠道收集企业诉求341件、群众来信58件，累计办结336件。")).toEqual([]);
  });

  it("共 with a stage the parts name is their total (共结案 after 调解结案, 裁决结案)", () => {
    expect(breakdowns("调解结案20件、裁决结案15件，共结案35件。")).toEqual([
      { whole: "共结案35件", parts: ["调解结案20件", "裁决结案15件"], form: "total-after", markers: ["共"], exhaustive: false },
    ]);
  });

  it("not a total of counts in another clause", () => {
    expect(breakdowns("办理人大代表建议23件；政协委员提案17件，共41件。")).toEqual([]);
  });

  it("not a total of a single count", () => {
    expect(breakdowns("办理人大代表建议23件，共41件。")).toEqual([]);
  });
});

describe("breakdowns: X中 opens a list of X's parts", () => {
  it("a count right before 中 (151件中，…；…)", () => {
    expect(breakdowns("新受理的行政复议151件中,被申请人为县政府部门的案件数量为140件,占92.71%;乡镇(街道)政府11件,占7.28%。")).toEqual([
      subset("新受理的行政复议151件", ["被申请人为县政府部门的案件数量为140件", "政府11件"], ["中"]),
    ]);
  });

  it("a count with words before 中, past an amount said of one part", () => {
    expect(breakdowns("13个实现收入的税种中，增值税、房产税等6个税种实现增长，合计增收2.5亿元；营业税、企业所得税等7个税种负增长，合计减收5.5亿元。")).toEqual([
      subset("13个", ["房产税等6个", "企业所得税等7个"], ["中"]),
    ]);
  });

  it("在…中 names an earlier count by its words (已审结的案件 → 审结27宗)", () => {
    expect(breakdowns("行政诉讼案件40宗,审结27宗;在已审结的案件中,胜诉24宗,撤诉3宗。")).toEqual([
      subset("审结27宗", ["胜诉24宗", "撤诉3宗"], ["中"]),
    ]);
  });

  it("words before 中 with no mark after it, naming an earlier count", () => {
    expect(breakdowns("行政复议案件35件,受理34件,受理案件中投诉举报类12件,行政处罚类17件。")).toEqual([
      subset("受理34件", ["受理案件中投诉举报类12件", "行政处罚类17件"], ["中"]),
    ]);
  });

  it("not 中 inside a word (理论学习中心组) after words that name an earlier count", () => {
    expect(breakdowns("组织开展“第一议题”学习38次,党工委理论学习中心组学习1次,各级党组织开展学习1.3万次。")).toEqual([]);
  });

  it("not a state in progress (正在办理中)", () => {
    expect(breakdowns("受理案件3件，尚有2件正在办理中，办结1件。")).toEqual([]);
  });

  it("not words naming a count of another unit (执法检查5次 … 发现问题12个)", () => {
    expect(breakdowns("开展执法检查5次，在执法检查中发现问题12个。")).toEqual([]);
  });
});

describe("breakdowns: brackets after a rate", () => {
  it("part the count the rate is of", () => {
    expect(breakdowns("今年承办的146件政协提案,满意率达100%(满意144件,基本满意2件)。")).toEqual([
      { whole: "今年承办的146件", parts: ["满意144件", "基本满意2件"], form: "paren", markers: [], exhaustive: false },
    ]);
  });

  it("not a count of another kind before the rate", () => {
    expect(breakdowns("走访企业30家,满意率达100%(满意144件,基本满意2件)。")).toEqual([]);
  });
});

describe("breakdowns: 其中 lists and the kind of their parts", () => {
  it("a list opening with an amount said of the whole keeps the counts of the whole's kind", () => {
    expect(breakdowns("共为农民工追讨欠薪,涉及劳动者5.27万人,其中追发农民工工资近4亿元,涉及农民工4.15万人。")).toEqual([
      subset("涉及劳动者5.27万人", ["涉及农民工4.15万人"]),
    ]);
  });

  it("个 does not count people: 111名 is no part of a list of 调解组织 in 个", () => {
    expect(breakdowns("全市共建成各类调解组织1176个,其中行业性专业性调解组织52个、村居调解组织853个,全市共配备专职调解员111名。")).toEqual([
      subset("全市共建成各类调解组织1176个", ["其中行业性专业性调解组织52个", "村居调解组织853个"]),
    ]);
  });
});
