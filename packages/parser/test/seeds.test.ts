// The heading structure and meta of the five complete seed reports, heading by heading.
import { describe, expect, it } from "vitest";
import { readFixture } from "@reportlint/fixtures";
import type { NumberingStyle } from "@reportlint/report-model";
import { parse } from "../src/index.js";

/** [line, style, rank, depth, value, first characters of the text]. */
type Row = [number, NumberingStyle, number, number, number | null, string];

function structure(name: string): Row[] {
  const report = parse(readFixture("seeds", name));
  return report.headings.map((h) => [report.paragraphs[h.paragraph]!.line, h.style, h.rank, h.depth, h.value, h.text.slice(0, 8)]);
}

/** Compares the tables; text is compared on as many characters as the expected row gives. */
function expectStructure(name: string, expected: Row[]): void {
  const report = parse(readFixture("seeds", name));
  const actual = report.headings.map(
    (h, i): Row => [report.paragraphs[h.paragraph]!.line, h.style, h.rank, h.depth, h.value, h.text.slice(0, expected[i]?.[5].length ?? 8)],
  );
  expect(actual).toEqual(expected);
}

describe("seed heading structure", () => {
  it("county-hrss-2022: （一）…（五） then (六) with half-width brackets at the same level", () => {
    expectStructure("county-hrss-2022.txt", [
      [4, "cn-dun", 1, 1, 1, "工作开展情况"],
      [5, "cn-paren-full", 2, 2, 1, "加强组织领导履行法治第一责任人职责"],
      [6, "cn-paren-full", 2, 2, 2, "深入推进行政审批"],
      [7, "cn-paren-full", 2, 2, 3, "着力提高千部法治"],
      [8, "cn-paren-full", 2, 2, 4, "深入开展普法活动"],
      [9, "cn-paren-full", 2, 2, 5, "规范行政执法努力化解矛盾纠纷"],
      [11, "cn-paren-half", 2, 2, 6, "提升依法行政水平"],
      [12, "cn-dun", 1, 1, 2, "存在问题"],
      [14, "cn-dun", 1, 1, 3, "下步工作打算"],
    ]);
    const h = parse(readFixture("seeds", "county-hrss-2022.txt")).headings;
    expect(h[6]).toMatchObject({ marker: "(六)", parent: 0, runIn: true });
    expect(h[5]).toMatchObject({ marker: "（五）", runIn: false });
  });

  it("wancheng-gov-2024: the broken )健全… heading after (六)", () => {
    expectStructure("wancheng-gov-2024.txt", [
      [9, "cn-dun", 1, 1, 1, "党政主要负责人履"],
      [11, "cn-paren-half", 2, 2, 1, "深化对法治建设的"],
      [13, "cn-paren-half", 2, 2, 2, "全面统筹谋划法治"],
      [15, "cn-paren-half", 2, 2, 3, "健全法治政府建设"],
      [17, "cn-dun", 1, 1, 2, "主要举措和成效"],
      [19, "cn-paren-half", 2, 2, 1, "深入学习贯彻习近"],
      [21, "cn-paren-half", 2, 2, 2, "健全政府机构职能"],
      [23, "cn-paren-half", 2, 2, 3, "健全依法行政制度"],
      [25, "cn-paren-half", 2, 2, 4, "健全行政决策制度"],
      [27, "cn-paren-half", 2, 2, 5, "健全行政执法工作"],
      [29, "cn-paren-half", 2, 2, 6, "健全突发事件应对"],
      [31, "cn-paren-half", 2, 2, null, "健全社会矛盾纠纷行政预防调处化解体系"],
      [33, "cn-dun", 1, 1, 3, "存在不足和原因及"],
      [35, "cn-paren-half", 2, 2, 1, "存在不足和原因"],
      [39, "arabic-dot", 3, 3, 1, "法治政府建设宣传力度不够"],
      [41, "arabic-dot", 3, 3, 2, "基层法治力量还有"],
      [43, "arabic-dot", 3, 3, 3, "行政决策科学化水"],
      [45, "cn-paren-half", 2, 2, 2, "2023年度法治"],
      [49, "cn-dun", 1, 1, 4, "2025年度工作计划"],
    ]);
    const broken = parse(readFixture("seeds", "wancheng-gov-2024.txt")).headings[11]!;
    expect(broken).toMatchObject({ marker: ")", broken: "lost-open", parent: 4, runIn: true });
  });

  it("wancheng-hrss-2025: 二、 printed twice, arabic items under every (X)", () => {
    expectStructure("wancheng-hrss-2025.txt", [
      [4, "cn-dun", 1, 1, 1, "党政主要负责人履"],
      [7, "cn-dun", 1, 1, 2, "年度推进法治政府"],
      [8, "cn-paren-half", 2, 2, 1, "规范行政决策程序"],
      [10, "arabic-dot", 3, 3, 1, "配合区政府做好规"],
      [12, "arabic-dot", 3, 3, 2, "健全红头文件管理"],
      [14, "arabic-dot", 3, 3, 3, "做好内部红头文件"],
      [16, "cn-paren-half", 2, 2, 2, "严格落实政务公开"],
      [18, "arabic-dot", 3, 3, 1, "深化信息公开"],
      [20, "arabic-dot", 3, 3, 2, "规范公开流程"],
      [22, "cn-paren-half", 2, 2, 3, "依法履行政府职能"],
      [24, "arabic-dot", 3, 3, 1, "推进服务型执法"],
      [26, "arabic-dot", 3, 3, 2, "推行柔性执法"],
      [28, "arabic-dot", 3, 3, 3, "规范执法行为"],
      [30, "arabic-dot", 3, 3, 4, "健全衔接机制"],
      [32, "cn-paren-half", 2, 2, 4, "强化内部监督"],
      [34, "arabic-dot", 3, 3, 1, "规范行政复议工作"],
      [36, "arabic-dot", 3, 3, 2, "配合做好领导干部"],
      [38, "arabic-dot", 3, 3, 3, "支持法院受理案件"],
      [40, "cn-paren-half", 2, 2, 5, "严格落实行政应诉"],
      [42, "arabic-dot", 3, 3, 1, "执行应诉机制"],
      [44, "arabic-dot", 3, 3, 2, "履行生效判决"],
      [46, "cn-dun", 1, 1, 2, "存在的问题"],
      [48, "cn-paren-half", 2, 2, 1, "行政执法能力有待"],
      [50, "cn-paren-half", 2, 2, 2, "法治建设工作力量"],
      [52, "cn-dun", 1, 1, 3, "下一步工作计划"],
      [53, "cn-paren-half", 2, 2, 1, "加强行政执法队伍"],
      [55, "cn-paren-half", 2, 2, 2, "加强法治建设力量"],
      [56, "arabic-dot", 3, 3, 1, "加强对法治建设工"],
      [57, "arabic-dot", 3, 3, 2, "建立健全法治建设"],
    ]);
  });

  it("weidu-hrss-2023: （一） indented with NBSP", () => {
    expectStructure("weidu-hrss-2023.txt", [
      [6, "cn-dun", 1, 1, 1, "党政主要负责人履"],
      [7, "cn-paren-full", 2, 2, 1, "持续深入学习习近平法治思想，引领法治人社建设"],
      [8, "cn-paren-full", 2, 2, 2, "加强党的领导，发"],
      [9, "cn-paren-full", 2, 2, 3, "强化法治工作队伍"],
      [10, "cn-dun", 1, 1, 2, "推进法治政府建设的主要举措和成效"],
      [11, "cn-paren-full", 2, 2, 1, "推进严格规范公正"],
      [12, "cn-paren-full", 2, 2, 2, "优化法治人社营商环境"],
      [14, "cn-paren-full", 2, 2, 3, "依法有效化解社会"],
      [15, "cn-dun", 1, 1, 3, "推进法治政府建设存在的不足、原因和问题整改情况"],
      [17, "cn-paren-full", 2, 2, 1, "学习宣传贯彻习近"],
      [18, "cn-paren-full", 2, 2, 2, "行政司法在法律理"],
      [19, "cn-paren-full", 2, 2, 3, "人社法律法规政策"],
      [20, "cn-dun", 1, 1, 4, "下一年度推进法治政府建设的初步安排"],
    ]);
    const text = readFixture("seeds", "weidu-hrss-2023.txt");
    const report = parse(text);
    const indented = report.headings[1]!;
    const line = report.paragraphs[indented.paragraph]!;
    expect(text.slice(line.span[0], indented.markerSpan[0])).toBe("\u00a0 \u00a0 \u00a0");
    expect(text.slice(...indented.markerSpan)).toBe("（一）");
  });

  it("chenghai-hrss-2024: no title, years in the headings", () => {
    expectStructure("chenghai-hrss-2024.txt", [
      [2, "cn-dun", 1, 1, 1, "把握正确政治方向"],
      [4, "cn-dun", 1, 1, 2, "履行法治建设第一"],
      [6, "cn-dun", 1, 1, 3, "依法全面履行政府"],
      [7, "cn-paren-half", 2, 2, 1, "依法全面履行政府职能"],
      [8, "cn-paren-half", 2, 2, 2, "稳步推进科学民主"],
      [9, "cn-paren-half", 2, 2, 3, "有效落实规范公正"],
      [10, "cn-paren-half", 2, 2, 4, "强化行政权力监督"],
      [11, "cn-paren-half", 2, 2, 5, "不断深化政务服务"],
      [12, "cn-dun", 1, 1, 4, "2024年推进法"],
      [16, "cn-dun", 1, 1, 5, "2025年度推进"],
      [18, "cn-paren-half", 2, 2, 1, "提高政治站位,加"],
      [19, "cn-paren-half", 2, 2, 2, "坚持改革赋能,打"],
      [20, "cn-paren-half", 2, 2, 3, "提升工作实效,不"],
    ]);
  });

  it("never takes a body line of a seed for a heading", () => {
    for (const name of ["county-hrss-2022.txt", "wancheng-gov-2024.txt", "wancheng-hrss-2025.txt", "weidu-hrss-2023.txt", "chenghai-hrss-2024.txt"]) {
      expect(structure(name).every(([, , , , , text]) => !/^[0-9一二三四五六七八九十]/u.test(text) || /^20\d\d年/u.test(text))).toBe(true);
    }
  });
});

describe("seed meta", () => {
  const metaOf = (name: string) => {
    const text = readFixture("seeds", name);
    const { meta } = parse(text);
    return {
      title: meta.title && { text: meta.title.text, lines: meta.title.lines },
      issuer: meta.issuer,
      reportYear: meta.reportYear && { value: meta.reportYear.value, source: meta.reportYear.source, at: meta.reportYear.span && text.slice(...meta.reportYear.span) },
      publishedAt: meta.publishedAt?.date ?? null,
      profile: meta.profile,
    };
  };

  it.each([
    [
      "county-hrss-2022.txt",
      { text: "县人力资源和社会保障局法治建设情况报告", lines: 1 },
      "县人力资源和社会保障局",
      { value: 2022, source: "body", at: "2022 年度" },
      null,
    ],
    [
      "wancheng-gov-2024.txt",
      { text: "宛城区人民政府关于2024年法治政府建设情况的报告", lines: 1 },
      "宛城区人民政府",
      { value: 2024, source: "title", at: "2024年" },
      "2025-03-25",
    ],
    [
      "wancheng-hrss-2025.txt",
      { text: "宛城区人力资源和社会保障局 关于2025年法治政府建设情况的报告", lines: 1 },
      "宛城区人力资源和社会保障局",
      { value: 2025, source: "title", at: "2025年" },
      null,
    ],
    [
      "weidu-hrss-2023.txt",
      { text: "许昌市魏都区人力资源和社会保障局关于2023年法治政府建设情况的报告", lines: 2 },
      "许昌市魏都区人力资源和社会保障局",
      { value: 2023, source: "title", at: "2023年" },
      null,
    ],
    ["chenghai-hrss-2024.txt", null, null, { value: 2024, source: "body", at: "2024年" }, null],
  ])("%s", (name, title, issuer, reportYear, publishedAt) => {
    expect(metaOf(name)).toEqual({ title, issuer, reportYear, publishedAt, profile: "fazhi-annual" });
  });

  it("marks the repeated title of wancheng-hrss-2025 as a title line", () => {
    const { paragraphs } = parse(readFixture("seeds", "wancheng-hrss-2025.txt"));
    expect(paragraphs.slice(0, 3).map((p) => p.kind)).toEqual(["title", "title", "body"]);
  });

  it("finds the page furniture of the seeds", () => {
    const kinds = (name: string) => parse(readFixture("seeds", name)).chrome.map((c) => `${c.kind}:${c.text}`);
    expect(kinds("wancheng-gov-2024.txt")).toEqual([
      "source-line:发布时间:2025-03-25来源:南阳市宛城区",
      "share:分享:",
      "related:相关阅读:",
      "qr-code:扫一扫在手机打开当前页",
    ]);
    expect(kinds("wancheng-hrss-2025.txt")).toEqual(["首页", "走进宛城", "政务动态", "政务公开", "政务服务", "专题专栏"].map((t) => `navigation:${t}`));
    expect(kinds("county-hrss-2022.txt")).toEqual([]);
  });
});
