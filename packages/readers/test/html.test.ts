import { describe, expect, it } from "vitest";
import { encodeText, readReport, type ReadResult, type SourceText } from "../src/index.js";

const utf8 = (s: string) => new TextEncoder().encode(s);

function source(result: ReadResult): SourceText {
  if (!result.ok) throw new Error(`expected text, got ${result.error.code}: ${result.error.message}`);
  return result.source;
}

const read = async (html: string, name = "page.html") => source(await readReport(utf8(html), name));
const page = (body: string, head = '<meta charset="utf-8"><title>标题</title>') => `<!DOCTYPE html>\n<html><head>${head}</head>\n<body>\n${body}\n</body></html>\n`;

/** The character of `html` at a 1-based line and column. */
function at(html: string, line: number, column: number): string | undefined {
  return html.split("\n")[line - 1]?.[column - 1];
}

const GOV_PAGE = page(`<div class="header"><div class="logo">某某市人民政府</div></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/bsfw/">办事服务</a></li></ul></div>
<div class="position">当前位置：<a href="/">首页</a>&nbsp;&gt;&nbsp;<a href="/zwgk/">政务公开</a>&nbsp;&gt;&nbsp;<a href="/zwgk/fzzf/">法治政府建设</a></div>
<div class="detail">
<h1>某某市2024年法治政府建设年度报告</h1>
<div class="share">分享到：<a href="#">微信</a><a href="#">微博</a><a href="#">QQ空间</a></div>
<div id="zoom"><div class="TRS_Editor">
<p>2024年，我市坚持以习近平法治思想为指导，全面推进依法行政。</p>
<p>一、主要举措和成效</p>
<p>（一）深化“放管服”改革，优化法治化营商环境。</p>
</div></div>
<div class="tools">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div>
<div class="prevnext"><p>上一篇：<a href="/a.html">关于印发某某办法的通知</a></p><p>下一篇：<a href="/b.html">某某市2023年工作总结</a></p></div>
</div>
<div class="xgwz"><h3>相关文章</h3><ul><li><a href="/1.html">某某区法治政府建设情况</a></li><li><a href="/2.html">某某县法治政府建设情况</a></li><li><a href="/3.html">某某镇法治政府建设情况</a></li></ul></div>
<div class="footer"><p>主办单位：某某市人民政府办公室\u3000网站标识码：1234000001</p><p>京ICP备12345678号\u3000京公网安备 11010502000001号</p></div>`);

describe("readHtml: the article and the page around it", () => {
  it("reads the article of a government page and drops the navigation, widgets and footer, counting them", async () => {
    const s = await read(GOV_PAGE);
    expect(s.kind).toBe("html");
    expect(s.text).toBe(
      "某某市2024年法治政府建设年度报告\n2024年，我市坚持以习近平法治思想为指导，全面推进依法行政。\n一、主要举措和成效\n（一）深化“放管服”改革，优化法治化营商环境。\n",
    );
    expect(s.notes).toContain("navigation and page widgets dropped: 8 blocks");
    expect(s.notes?.[0]).toMatch(/^article read from <div\.detail> at line 7 \(marked as content\)/);
  });

  it("never keeps menu, breadcrumb, share, print, prev/next, related-links or footer words", async () => {
    const { text } = await read(GOV_PAGE);
    for (const chrome of ["首页", "当前位置", "分享到", "打印", "关闭", "上一篇", "下一篇", "相关文章", "网站标识码", "ICP备", "某某市人民政府\n"]) {
      expect(text).not.toContain(chrome);
    }
  });

  it("drops the navigation of a page without any article marker and reads the densest block", async () => {
    const html = page(`<table width="100%"><tr><td><a href="/">首页</a> | <a href="/a">机构概况</a> | <a href="/b">政务公开</a> | <a href="/c">公众参与</a></td></tr></table>
<div class="w1"><div class="l1"><div class="box">
<div class="t1">某县2023年法治政府建设工作报告</div>
<div class="b1">
<p>2023年，在县委的坚强领导下，我县深入学习贯彻习近平法治思想，扎实推进法治政府建设。</p>
<p>一是健全依法决策机制，重大行政决策全部经过合法性审查。</p>
<p>二是深化行政执法体制改革，全面推行行政执法三项制度。</p>
</div></div></div>
<div class="r1"><div>通知公告</div><div><a href="/n1">关于开展安全生产检查的通知</a><span>2023-12-01</span></div><div><a href="/n2">关于春节放假的通知</a></div></div></div>
<div class="f1">地址：某县人民路1号 电话：0000-1234567</div>`);
    const s = await read(html);
    expect(s.text).toBe(
      "某县2023年法治政府建设工作报告\n2023年，在县委的坚强领导下，我县深入学习贯彻习近平法治思想，扎实推进法治政府建设。\n一是健全依法决策机制，重大行政决策全部经过合法性审查。\n二是深化行政执法体制改革，全面推行行政执法三项制度。\n",
    );
    expect(s.notes?.some((n) => n.includes("densest text"))).toBe(true);
  });

  it("reads an old table-layout GBK page: the #zoom body, <br> paragraphs, and the title shown in a cell above it", async () => {
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>某县人民政府</title></head>
<body><table width="980"><tr><td><img src="/images/banner.jpg"></td></tr></table>
<table width="980"><tr><td class="nav"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/bsfw/">办事服务</a> | <a href="/hdjl/">互动交流</a></td></tr></table>
<table width="980"><tr><td width="200" valign="top"><a href="/1/">机构职能</a><br><a href="/2/">政策文件</a><br><a href="/3/">规划计划</a></td>
<td valign="top"><table width="100%">
<tr><td class="title" align="center"><font size="4"><b>某县2022年法治政府建设情况报告</b></font></td></tr>
<tr><td align="center">发布日期：2023-03-20\u3000【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</td></tr>
<tr><td class="bt_content"><div id="zoom"><font size="3">
\u3000\u30002022年，我县全面推进依法行政，
法治政府建设取得新成效。<br>
\u3000\u3000一、主要工作<br>
\u3000\u3000（一）加强组织领导。<br>
</font></div></td></tr></table></td></tr></table>
<table width="980"><tr><td align="center">版权所有：某县人民政府\u3000网站标识码：4100000001\u3000豫ICP备05000001号</td></tr></table></body></html>`;
    const encoded = encodeText(html, "gb18030");
    if (!encoded.ok) throw new Error("encode");
    const s = source(await readReport(encoded.bytes, "a.htm"));
    expect(s.text).toBe(
      "某县2022年法治政府建设情况报告\n\u3000\u30002022年，我县全面推进依法行政，法治政府建设取得新成效。\n\u3000\u3000一、主要工作\n\u3000\u3000（一）加强组织领导。\n",
    );
    expect(s.notes?.[0]).toBe("title read from <td.title> at line 6, above the article");
    expect(s.positionMap!.locate(0)).toEqual({ line: 6, column: 56 });
    expect(html.split("\n")[5]?.slice(55, 58)).toBe("某县2");
  });

  it("does not repeat a title the article already opens with", async () => {
    const s = await read(page('<h1>某市2024年法治政府建设年度报告</h1>\n<div class="TRS_Editor"><p>某市2024年法治政府建设年度报告</p><p>2024年，我市全面推进依法行政工作。</p></div>'));
    expect(s.text).toBe("某市2024年法治政府建设年度报告\n2024年，我市全面推进依法行政工作。\n");
  });

  it("reads all text of the body when nothing looks like an article", async () => {
    const s = await read(page("<p>本页仅有一句话。</p>\n<p>第二句话。</p>"));
    expect(s.text).toBe("本页仅有一句话。\n第二句话。\n");
    expect(s.notes).toEqual([]);
  });

  it("leaves widget wording in the article's own paragraphs to the rules, but drops it in blocks around the article", async () => {
    const s = await read(
      page(`<div class="content"><p>正文第一段，全面推进依法行政工作。</p><p>扫一扫在手机打开当前页</p></div>
<div><div>扫一扫在手机打开当前页</div><div>上一篇：<a href="/1.html">某某通知</a></div></div>`),
    );
    expect(s.text).toBe("正文第一段，全面推进依法行政工作。\n扫一扫在手机打开当前页\n");
    expect(s.notes).toContain("navigation and page widgets dropped: 2 blocks");
  });

  it("keeps a header inside the article (its title), unlike the page header", async () => {
    const s = await read(page("<header>某市人民政府门户网站</header><article><header><h1>某市法治政府建设年度报告</h1></header><p>正文第一段，内容较长较长较长较长。</p></article>"));
    expect(s.text).toBe("某市法治政府建设年度报告\n正文第一段，内容较长较长较长较长。\n");
  });
});

describe("readHtml: text", () => {
  it("never reads scripts, styles, noscript, templates, frames, comments, form controls or hidden elements", async () => {
    const s = await read(
      page(`<script>var x = "<p>脚本</p>";</script><style>p::after { content: "样式"; }</style><noscript>请启用脚本</noscript>
<template><p>模板</p></template><iframe src="x.html">内嵌</iframe><!-- <p>注释</p> --><select><option>选项</option></select>
<p hidden>隐藏一</p><div style="display: none">隐藏二</div><button>按钮</button><p>正文。</p><script type="text/html"><p>模板二</p></script>`),
    );
    expect(s.text).toBe("正文。\n");
  });

  it("decodes entities, a no-break space to a space, and collapses white space as a browser does", async () => {
    const s = await read(page("<p>&nbsp;&nbsp;甲&amp;乙&lt;丙&gt;&#12289;&#x3001;&ldquo;丁&rdquo;&copy; A&nbsp;&nbsp; B</p>"));
    expect(s.text).toBe("甲&乙<丙>、、“丁”© A B\n");
  });

  it("joins Chinese split over source lines or inline tags without adding spaces, and keeps real spaces", async () => {
    const s = await read(page("<p>全面推进\n  依法行政，<b>依法</b><span>行政</span>；\nlegal\nwork；2024 年</p>"));
    // A line break between a wide and a narrow character is a space, as in browsers (CSS Text 3).
    expect(s.text).toBe("全面推进依法行政，依法行政； legal work；2024 年\n");
  });

  it("ends lines at blocks and <br>, keeping the empty line of two <br>", async () => {
    const s = await read(page("<div>第一行<p>第二行</p>第三行<br>第四行<br><br>第六行</div><ul><li>甲</li><li>乙</li></ul><h2>标题</h2>"));
    expect(s.text).toBe("第一行\n第二行\n第三行\n第四行\n\n第六行\n甲\n乙\n标题\n");
  });

  it("writes each table row as one line with cells joined by tabs, paragraphs in a cell included", async () => {
    const s = await read(
      page(`<table><thead><tr><th>项目</th><th>数量</th><th>占比</th></tr></thead>
<tbody><tr><td><p>行政复议</p><p>案件</p></td><td>12</td><td>50%</td></tr><tr><td></td><td>3</td><td></td></tr></tbody></table>`),
    );
    expect(s.text).toBe("项目\t数量\t占比\n行政复议案件\t12\t50%\n\t3\n");
  });

  it("reads a layout table (one cell, or a nested table) as blocks, not as one row", async () => {
    const s = await read(page("<table><tr><td><p>第一段。</p><p>第二段。</p></td></tr><tr><td><table><tr><td>甲</td><td>乙</td></tr></table></td><td>边栏</td></tr></table>"));
    expect(s.text).toBe("第一段。\n第二段。\n甲\t乙\n边栏\n");
  });

  it("reads a layout row (a cell beside an article cell of many paragraphs) as blocks, but a row of one-paragraph cells as one line", async () => {
    const s = await read(
      page(`<table><tr><td width="200">今天是2023年3月1日</td>
<td><p>某县2022年法治政府建设情况报告</p><p>2022年，我县全面推进依法行政。</p><p>一、主要工作</p></td></tr></table>
<table><tr><td><p>行政复议</p></td><td><p>12件</p><p>（同比）</p></td></tr></table>`),
    );
    expect(s.text).toBe("今天是2023年3月1日\n某县2022年法治政府建设情况报告\n2022年，我县全面推进依法行政。\n一、主要工作\n行政复议\t12件（同比）\n");
  });

  it("keeps <pre> text as it is", async () => {
    const s = await read(page("<pre>一、  总体情况\n    （一）甲\n</pre><p>后 文</p>"));
    expect(s.text).toBe("一、  总体情况\n    （一）甲\n后 文\n");
  });

  it("reads .htm and .xhtml the same way, and a page without <html>/<body> tags", async () => {
    expect((await read("<p>片段一。</p><p>片段二。</p>", "a.htm")).text).toBe("片段一。\n片段二。\n");
    expect((await read('<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body><p>甲<br/>乙</p></body></html>', "a.xhtml")).text).toBe("甲\n乙\n");
  });
});

describe("readHtml: positions", () => {
  it("maps each character to its line and column in the page, and an entity to its '&'", async () => {
    const html = page("<div id=\"zoom\">\n  <p>第一段文字。</p>\n<p>甲&ldquo;乙&rdquo;丙&#12290;</p>\n</div>");
    const s = await read(html);
    expect(s.text).toBe("第一段文字。\n甲“乙”丙。\n");
    const map = s.positionMap!;
    expect(map.lineUnit).toBe("line");
    const fromEntities = [s.text.indexOf("“"), s.text.indexOf("”"), s.text.lastIndexOf("。")];
    for (const [i, ch] of [...s.text].entries()) {
      if (ch === "\n") continue;
      const { line, column } = map.locate(i);
      expect(at(html, line, column)).toBe(fromEntities.includes(i) ? "&" : ch);
    }
    expect(map.locate(s.text.indexOf("第"))).toEqual({ line: 5, column: 6 });
    expect(map.locate(s.text.indexOf("丙"))).toEqual({ line: 6, column: 20 });
  });

  it("points a collapsed space at the white space in the page", async () => {
    const html = page("<p>2024\n   年</p>");
    const s = await read(html);
    expect(s.text).toBe("2024 年\n");
    expect(s.positionMap!.locate(4)).toEqual({ line: 4, column: 8 });
    expect(s.positionMap!.locate(5)).toEqual({ line: 5, column: 4 });
  });
});

describe("readHtml: charsets", () => {
  const body = "<p>全面推进依法行政，建设法治政府。</p>";

  it("reads GBK bytes declared by <meta charset=gbk>", async () => {
    const encoded = encodeText(page(body, '<meta charset="gbk">'), "gb18030");
    if (!encoded.ok) throw new Error("encode");
    const s = source(await readReport(encoded.bytes, "a.html"));
    expect(s.text).toBe("全面推进依法行政，建设法治政府。\n");
    expect(s.encoding).toBe("gb18030");
  });

  it("reads GB2312 declared by http-equiv Content-Type, even when the bytes alone are ambiguous", async () => {
    // "中" alone in GBK (D6 D0) is also valid UTF-8 (U+05D0): only the declaration tells them apart.
    const head = '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">';
    const encoded = encodeText(page("<p>中</p>", head), "gb18030");
    if (!encoded.ok) throw new Error("encode");
    expect(source(await readReport(encoded.bytes, "a.html")).text).toBe("中\n");
  });

  it("reads UTF-8 bytes as UTF-8 even when the page still declares GBK", async () => {
    const s = await read(page(body, '<meta charset="gb2312">'));
    expect(s.text).toBe("全面推进依法行政，建设法治政府。\n");
    expect(s.encoding).toBe("utf-8");
  });

  it("reads GBK bytes without a declaration (GB18030 fallback) and UTF-16 with a byte order mark", async () => {
    const gbk = encodeText(page(body, ""), "gb18030");
    const utf16 = encodeText(page(body, ""), "utf-16le", true);
    if (!gbk.ok || !utf16.ok) throw new Error("encode");
    expect(source(await readReport(gbk.bytes, "a.html")).text).toBe("全面推进依法行政，建设法治政府。\n");
    expect(source(await readReport(utf16.bytes, "a.html")).text).toBe("全面推进依法行政，建设法治政府。\n");
  });
});

describe("readHtml: pages without text", () => {
  it.each([
    ["an empty file", "", "the page has no text: the file is empty"],
    ["a page with no body", "<html><head><title>报告</title><script>alert(1)</script></head></html>", "the page has no text: its body holds no text outside scripts, styles and page widgets"],
    ["an empty body", "<html><body>\n  <script>document.write('正文')</script>\n</body></html>", "the page has no text: its body holds no text outside scripts, styles and page widgets"],
    ["a frameset", '<html><frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset></html>', "the page has no text: it is a frameset; open the framed pages instead"],
  ])("refuses %s", async (_what, html, message) => {
    expect(await readReport(utf8(html), "a.html")).toEqual({ ok: false, error: { code: "no-text", message } });
  });

  it("refuses binary data and pages over the size limit", async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]);
    expect(await readReport(png, "a.html")).toMatchObject({ ok: false, error: { code: "binary" } });
    expect(await readReport(utf8(page("<p>正文</p>")), "a.html", { maxBytes: 10 })).toMatchObject({ ok: false, error: { code: "too-large" } });
  });

  it("refuses a page nested absurdly deep instead of spending minutes on it", async () => {
    const html = `<body>${"<div>".repeat(5000)}深处${"</div>".repeat(5000)}</body>`;
    expect(await readReport(utf8(html), "a.html")).toEqual({ ok: false, error: { code: "corrupt", message: "the page nests elements more than 1000 deep; it is not read" } });
    const fine = `<body>${"<div>".repeat(200)}深处${"</div>".repeat(200)}</body>`;
    expect((await read(fine)).text).toBe("深处\n");
  });

  it("does read a page whose only text is short", async () => {
    expect((await read("<html><body><p>正文</p></body></html>")).text).toBe("正文\n");
  });
});
