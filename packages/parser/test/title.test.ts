import { describe, expect, it } from "vitest";
import { matchable, matchesAny, parse } from "../src/index.js";
import { issuerOf, organisationLine } from "../src/title.js";

const BODY = "\n一、主要举措和成效\n我局扎实推进依法行政工作。";

describe("title", () => {
  it("takes the first line when it names a report", () => {
    const report = parse(`宛城区人民政府关于2024年法治政府建设情况的报告${BODY}`);
    expect(report.meta.title).toEqual({ text: "宛城区人民政府关于2024年法治政府建设情况的报告", span: [0, 25], lines: 1 });
    expect(report.paragraphs[0]!.kind).toBe("title");
  });

  it("joins an issuer line and a 关于 line, blank lines between allowed", () => {
    const text = `许昌市魏都区人力资源和社会保障局\n\n关于2023年法治政府建设情况的报告${BODY}`;
    const { meta, paragraphs } = parse(text);
    expect(meta.title).toMatchObject({ text: "许昌市魏都区人力资源和社会保障局关于2023年法治政府建设情况的报告", lines: 2 });
    expect(text.slice(...meta.title!.span)).toBe("许昌市魏都区人力资源和社会保障局\n\n关于2023年法治政府建设情况的报告");
    expect(paragraphs.map((p) => p.kind).slice(0, 3)).toEqual(["title", "blank", "title"]);
    expect(meta.issuer).toBe("许昌市魏都区人力资源和社会保障局");
  });

  it("joins a first half that lacks the report name", () => {
    const { meta } = parse(`2024 年上海市科委政府信息公开工作\n年度报告${BODY}`);
    expect(meta.title).toMatchObject({ text: "2024 年上海市科委政府信息公开工作年度报告", lines: 2 });
  });

  it("does not join a complete title with the next line", () => {
    const { meta } = parse(`司法部2019年法治政府建设年度报告\n关于做好年度报告工作的说明${BODY}`);
    expect(meta.title).toMatchObject({ text: "司法部2019年法治政府建设年度报告", lines: 1 });
  });

  it("keeps the first of a title printed twice and marks the repeat as title", () => {
    const text = `宛城区人力资源和社会保障局 关于2025年法治政府建设情况的报告\n宛城区人力资源和社会保障局关于2025年法治政府建设情况的报告${BODY}`;
    const { meta, paragraphs, dates } = parse(text);
    expect(meta.title).toMatchObject({ text: "宛城区人力资源和社会保障局 关于2025年法治政府建设情况的报告", lines: 1, span: [0, 32] });
    expect(paragraphs.slice(0, 3).map((p) => p.kind)).toEqual(["title", "title", "heading"]);
    expect(dates.slice(0, 2).map((d) => d.context)).toEqual(["title", "title"]);
  });

  it("skips page furniture before and between the title and its repeat", () => {
    const text = `登录 注册 退出\n【复议、应诉】2020年度湖北省行政复议和行政应诉案件数据统计\n栏目:湖北省司法厅-通知公告 发布时间:2020-12-30 加入收藏\n【复议、应诉】2020年度湖北省行政复议和行政应诉案件数据统计${BODY}`;
    const { meta, paragraphs } = parse(text);
    expect(meta.title?.text).toBe("【复议、应诉】2020年度湖北省行政复议和行政应诉案件数据统计");
    expect(paragraphs.slice(0, 4).map((p) => p.kind)).toEqual(["chrome", "title", "chrome", "title"]);
  });

  it("leaves a Markdown heading marker out of the title", () => {
    const { meta } = parse(`# 东湖区司法局关于2024年度法治政府建设情况的报告\n\n# 东湖区司法局关于2024年度法治政府建设情况的报告${BODY}`);
    expect(meta.title).toMatchObject({ text: "东湖区司法局关于2024年度法治政府建设情况的报告", span: [2, 27] });
    expect(meta.issuer).toBe("东湖区司法局");
  });

  it("skips the head of an official document before the title", () => {
    const text = `东湖区人民政府文件\n东政文〔2025〕12号\n签发人：王某\n东湖区人民政府关于2024年度法治政府建设情况的报告${BODY}`;
    const { meta } = parse(text);
    expect(meta.title?.text).toBe("东湖区人民政府关于2024年度法治政府建设情况的报告");
    expect(parse(`附件2\n\n东湖区司法局2024年度法治政府建设情况报告${BODY}`).meta.title?.text).toBe("东湖区司法局2024年度法治政府建设情况报告");
    expect(parse(`2025年3月1日\n东湖区司法局2024年度法治政府建设情况报告${BODY}`).meta.title?.text).toBe("东湖区司法局2024年度法治政府建设情况报告");
    expect(parse(`东政文〔2025〕12号\n一、主要举措和成效\n我局扎实推进。`).meta.title).toBeNull();
  });

  it.each([
    "关于2024年度法治政府建设情况的报告",
    "2024年度法治政府建设情况报告",
    "2024年法治政府建设年度报告",
    "2024年度法治政府建设工作报告",
    "东湖区司法局关于2024年法治政府建设情况的报告",
    "中共东湖区委 东湖区人民政府关于2024年度法治政府建设情况的报告",
    "东湖区人民政府2024年依法行政工作报告",
  ])("reads %s as the title", (title) => {
    expect(parse(`${title}${BODY}`).meta.title).toMatchObject({ text: title, lines: 1 });
  });

  it("gives no title when the text starts with the body or a heading", () => {
    expect(parse(`2024年，在区委、区政府的坚强领导下，我局扎实推进依法行政。${BODY}`).meta.title).toBeNull();
    expect(parse(`一、总体情况\n本年度我局认真贯彻落实条例。`).meta.title).toBeNull();
    expect(parse(`加强领导${BODY}`).meta.title).toBeNull();
    expect(parse("").meta).toMatchObject({ title: null, issuer: null });
  });
});

describe("issuer", () => {
  it.each([
    ["宛城区人民政府关于2024年法治政府建设情况的报告", "宛城区人民政府"],
    ["中共某某县委 某某县人民政府关于2024年度法治政府建设情况的报告", "中共某某县委 某某县人民政府"],
    ["广州市教育局2021年法治政府建设年度报告", "广州市教育局"],
    ["县人力资源和社会保障局法治建设情况报告", "县人力资源和社会保障局"],
    ["2025 年上海市人民政府办公厅政府信息公开工作年度报告", "上海市人民政府办公厅"],
    ["【复议、应诉】2020年度湖北省行政复议和行政应诉案件数据统计", "湖北省"],
    ["廣州市海珠區(qū)人民政府關(guān)于2023年度法治政府建設(shè)情況的報告", "廣州市海珠區(qū)人民政府"],
  ])("%s → %s", (title, issuer) => {
    expect(issuerOf(title)).toBe(issuer);
  });

  it.each(["关于2024年法治政府建设情况的报告", "2024年度法治政府建设情况报告"])("has none in %s", (title) => {
    expect(issuerOf(title)).toBeNull();
  });

  it("is read from a line below a title that does not name it", () => {
    expect(parse(`2024年度法治政府建设情况报告\n（东湖区市场监督管理局）${BODY}`).meta.issuer).toBe("东湖区市场监督管理局");
    expect(parse(`关于2024年度法治政府建设情况的报告\n\n2025年3月1日\n东湖区司法局${BODY}`).meta.issuer).toBe("东湖区司法局");
  });

  it("is read from the signature at the end", () => {
    const text = `关于2024年度法治政府建设情况的报告${BODY}\n\n东湖区人力资源和社会保障局\n2025年2月26日\n`;
    expect(parse(text).meta.issuer).toBe("东湖区人力资源和社会保障局");
  });

  it("is not taken from a body line or a cut-off end", () => {
    expect(parse(`关于2024年度法治政府建设情况的报告${BODY}\n二、存在的不足和原因\n一是学习不深`).meta.issuer).toBeNull();
    expect(parse(`关于2024年度法治政府建设情况的报告\n我局\n${BODY}`).meta.issuer).toBeNull();
  });

  it.each([
    ["东湖区司法局", "东湖区司法局"],
    ["（东湖区教育局）", "东湖区教育局"],
    ["中共东湖区委 东湖区人民政府 2025年3月1日", "中共东湖区委 东湖区人民政府"],
    ["本局", null],
    ["2025年3月1日", null],
    ["一、存在的不足和原因", null],
    ["加强组织领导", null],
  ])("organisationLine(%s) → %s", (line, name) => {
    expect(organisationLine(line)).toBe(name);
  });
});

describe("title matching helpers (used by report-title)", () => {
  it("reads a title in simplified characters without pinyin annotations", () => {
    expect(matchable("海珠區(qū)人民政府關(guān)于2023年度法治政府建設(shè)情況的報告")).toBe("海珠区人民政府关于2023年度法治政府建设情况的报告");
  });

  it("matches any pattern source, and never an invalid one", () => {
    expect(matchesAny(["政府信息公开", "法治政府建设"], "2024年度法治政府建设情况报告")).toBe(true);
    expect(matchesAny(["工作总结"], "2024年度法治政府建设情况报告")).toBe(false);
    expect(matchesAny(["(", "报告"], "2024年度法治政府建设情况报告")).toBe(true);
    expect(matchesAny(["("], "(")).toBe(false);
  });

  it("keeps pinyin-less and untouched text as it is, and folds characters at either end", () => {
    expect(matchable("法治政府建设情况")).toBe("法治政府建设情况");
    expect(matchable("報告(bào)設")).toBe("报告设");
    expect(matchable("(2024)年度 (a) 報")).toBe("(2024)年度  报");
    expect(matchable("")).toBe("");
  });

  it("matches a list as its sources one by one do, also where they cannot be joined into one expression", () => {
    expect(matchesAny(["(政)\\1", "府"], "政政")).toBe(true);
    expect(matchesAny(["(政)\\1", "府"], "政府")).toBe(true);
    expect(matchesAny(["(政)\\1", "(建)设"], "建政")).toBe(false);
    expect(matchesAny(["(?<a>政)", "(?<a>府)"], "府")).toBe(true);
    expect(matchesAny(["(?<!法治)政府", "^报告$"], "法治政府")).toBe(false);
    expect(matchesAny(["(?<!法治)政府", "^报告$"], "报告")).toBe(true);
    expect(matchesAny(["a|b", "c"], "b")).toBe(true);
  });

  it("sees a pattern list as it is now, also after the list changed", () => {
    const sources = ["工作总结"];
    expect(matchesAny(sources, "法治政府建设情况报告")).toBe(false);
    sources.push("情况报告");
    expect(matchesAny(sources, "法治政府建设情况报告")).toBe(true);
    sources[1] = "(";
    expect(matchesAny(sources, "法治政府建设情况报告")).toBe(false);
  });
});
