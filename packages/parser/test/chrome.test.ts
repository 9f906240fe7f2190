import { describe, expect, it } from "vitest";
import { parse } from "../src/index.js";

const BODY = "关于2024年法治政府建设情况的报告\n一、主要举措和成效\n我局扎实推进依法行政工作。\n";

function chromeOf(text: string) {
  return parse(text).chrome.map((c) => [c.kind, c.text]);
}

describe("chrome", () => {
  it("takes a run of navigation lines at the end, one span per line", () => {
    const text = `${BODY}\n首页\n走进宛城\n政务动态\n政务公开\n政务服务\n专题专栏\n`;
    const report = parse(text);
    expect(report.chrome.map((c) => c.text)).toEqual(["首页", "走进宛城", "政务动态", "政务公开", "政务服务", "专题专栏"]);
    expect(report.chrome.every((c) => c.kind === "navigation")).toBe(true);
    expect(report.paragraphs.filter((p) => p.kind === "chrome")).toHaveLength(6);
  });

  it("recognises share, QR-code, related-reading and source lines", () => {
    const text = `关于2024年法治政府建设情况的报告\n\n发布时间:2025-03-25来源:南阳市宛城区\n\n分享:\n\n一、主要举措和成效\n相关阅读:\n扫一扫在手机打开当前页\n分享到：微信 微博 QQ空间`;
    expect(chromeOf(text)).toEqual([
      ["source-line", "发布时间:2025-03-25来源:南阳市宛城区"],
      ["share", "分享:"],
      ["related", "相关阅读:"],
      ["qr-code", "扫一扫在手机打开当前页"],
      ["share", "分享到：微信 微博 QQ空间"],
    ]);
  });

  it("recognises page widgets, clocks, breadcrumbs, URLs, footers and metadata blocks", () => {
    const text = [
      "当前位置: 首页 > 其他 > 依法行政 > 文件通知",
      "今天是:2025年3月25日 星期二",
      "无障碍 简体|繁体",
      "【打印】【关闭】",
      "字体：大 中 小",
      "- 索 引 号:370402/2022-00029",
      "来源:湖南省政府门户网站 发布时间:2021-03-28 08:58 浏览次数:1",
      "https://www.example.gov.cn/art/2025/3/25/art_1.html",
      "一、主要举措和成效",
      "我局扎实推进依法行政工作。",
      "— 1 —",
      "版权所有：某某市人民政府办公室",
    ].join("\n");
    expect(chromeOf(text).map(([kind]) => kind)).toEqual([
      "breadcrumb",
      "site-clock",
      "accessibility",
      "print-close",
      "font-size",
      "other",
      "source-line",
      "url",
      "page-footer",
      "other",
    ]);
  });

  it("keeps chrome paragraphs out of headings, clauses and the title", () => {
    const text = "首页\n政务公开\n简体|繁体\n宛城区人民政府关于2024年法治政府建设情况的报告\n一、主要举措和成效\n我局依法行政。";
    const report = parse(text);
    expect(report.meta.title?.text).toBe("宛城区人民政府关于2024年法治政府建设情况的报告");
    expect(report.headings).toHaveLength(1);
    const chromeParagraphs = report.paragraphs.flatMap((p, i) => (p.kind === "chrome" ? [i] : []));
    expect(chromeParagraphs).toEqual([0, 1, 2]);
    expect(report.clauses.some((c) => chromeParagraphs.includes(c.paragraph))).toBe(false);
  });

  it("does not take a navigation word inside a sentence", () => {
    const text = `${BODY}我局在政府网站首页开设专栏，在首页公开行政执法信息。\n经费来源于区级财政，共计20万元。\n`;
    expect(parse(text).chrome).toEqual([]);
  });

  it("needs a neighbour for a section word that could also be a heading", () => {
    const alone = `${BODY}政务公开\n我局扎实推进依法行政工作。\n`;
    expect(parse(alone).chrome).toEqual([]);
    const inRun = `${BODY}政务公开\n政务服务\n我局扎实推进依法行政工作。\n`;
    expect(chromeOf(inRun)).toEqual([
      ["navigation", "政务公开"],
      ["navigation", "政务服务"],
    ]);
  });

  it("covers just the furniture when it shares a line with report text", () => {
    const text = "宛城区人民政府关于2024年法治政府建设情况的报告 发布时间:2025-03-25 来源:宛城区\n一、主要举措和成效\n全面推进依法行政。【打印本页】\n";
    const report = parse(text);
    expect(chromeOf(text)).toEqual([
      ["source-line", "发布时间:2025-03-25 来源:宛城区"],
      ["print-close", "【打印本页】"],
    ]);
    expect(report.meta.title?.text).toBe("宛城区人民政府关于2024年法治政府建设情况的报告");
    expect(report.paragraphs[2]!.kind).toBe("body");
    const lastClause = report.clauses.at(-1)!;
    expect(text.slice(...lastClause.span)).toBe("全面推进依法行政。");
  });

  it("takes a URL glued into a word but not one the report cites", () => {
    const injected = `${BODY}推进法治政www.mirror-site.com府建设。\n`;
    expect(chromeOf(injected)).toEqual([["url", "www.mirror-site.com"]]);
    const cited = `${BODY}报告电子版可在门户网站（www.shanghai.gov.cn）下载，或登录www.gov.cn查询。\n`;
    expect(parse(cited).chrome).toEqual([]);
  });

  it("takes a site's name and address at a line's end, sharing-site blurbs, garbled lines and table-border residue", () => {
    const text = [
      "关于2024年法治政府建设情况的报告",
      "下面是小编为大家整理的法治政府建设报告，供大家参考。",
      "一、主要举措和成效 某某文库 www.example.com",
      "我局扎实推进依法行政工作。 某某文库 www.example.com",
      "??????",
      "| |||| ||",
      "以上就是本文的全部内容，希望对您有所帮助。",
      "---此处隐藏3575字,下载后查看---",
    ].join("\n");
    expect(chromeOf(text)).toEqual([
      ["editor-blurb", "下面是小编为大家整理的法治政府建设报告，供大家参考。"],
      ["site-slogan", "某某文库 www.example.com"],
      ["site-slogan", "某某文库 www.example.com"],
      ["mojibake", "??????"],
      ["table-residue", "| |||| ||"],
      ["editor-blurb", "以上就是本文的全部内容，希望对您有所帮助。"],
      ["editor-blurb", "---此处隐藏3575字,下载后查看---"],
    ]);
    expect(parse(text).headings[0]?.text).toBe("主要举措和成效");
  });

  it("takes a sharing site's bare host name at a line's end, not a decimal, a file name or a cited address", () => {
    const text = `${BODY}全年办结案件120件。 原创力文档 max.book118.com\n我局扎实推进依法行政工作。百度文库 wenku.baidu.com\n`;
    expect(chromeOf(text)).toEqual([
      ["site-slogan", "原创力文档 max.book118.com"],
      ["site-slogan", "百度文库 wenku.baidu.com"],
    ]);
    const plain = `${BODY}增长率为12.5。 详见附件 report.docx\n全年收入3.2亿元 较上年增长1.5\n详见门户网站 www.example.gov.cn\n`;
    expect(chromeOf(plain)).toEqual([]);
  });

  it("leaves cited addresses, table borders beside rows and questions alone", () => {
    const text = `${BODY}依托河南政务服务网 www.hnzwfw.gov.cn\n公开网址：www.example.gov.cn\n+----+----+\n| 复议 | 12 |\n+----+----+\n|---|---|\n如何提高执法水平？\n`;
    expect(chromeOf(text)).toEqual([]);
  });

  it("gives dates inside chrome the chrome context", () => {
    const report = parse("今天是:2025年3月25日 星期二\n关于2024年法治政府建设情况的报告\n");
    expect(report.dates[0]).toMatchObject({ raw: "2025年3月25日 星期二", context: "chrome", weekday: 2, malformed: null });
  });
});
