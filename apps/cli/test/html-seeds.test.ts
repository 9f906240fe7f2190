import { readFileSync } from "node:fs";
import { fixtureNames, fixturePath } from "@reportlint/fixtures";
import { rules } from "@reportlint/rules";
import { describe, expect, it } from "vitest";
import { cli, put, tempDir, type JsonMessage as Message, LINE_EDGE_RULES } from "./helpers.js";

const ENTITIES: Readonly<Record<string, string>> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&nbsp;": " ", "&ldquo;": "“", "&rdquo;": "”", "&#12290;": "。" };

/** Offset in `text` of a 1-based line and UTF-16 column. */
function offsetOf(text: string, line: number, column: number): number {
  let start = 0;
  for (let i = 1; i < line; i++) start = text.indexOf("\n", start) + 1;
  return start + column - 1;
}

/** The words a finding covers in the .txt, white space removed. */
function wordsInText(txt: string, m: Message): string {
  return txt.slice(offsetOf(txt, m.line, m.column), offsetOf(txt, m.endLine, m.endColumn)).replace(/\s+/g, "");
}

/** The words a finding covers in the page: tags dropped, entities decoded (whole, when it ends on one), white space removed. */
function wordsInPage(html: string, m: Message): string {
  const start = offsetOf(html, m.line, m.column);
  let end = offsetOf(html, m.endLine, m.endColumn);
  const amp = html.lastIndexOf("&", end - 1);
  if (amp >= start && /^&#?\w+;/.test(html.slice(amp)) && html.indexOf(";", amp) >= end) end = html.indexOf(";", amp) + 1;
  let words = html.slice(start, end).replace(/<[^>]*>/g, "");
  for (const [name, value] of Object.entries(ENTITIES)) words = words.split(name).join(value);
  return words.replace(/\s+/g, "");
}

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * A seed published the way government sites do: a head with title, styles and scripts; a banner,
 * a menu, breadcrumbs, share and print widgets, related links and a footer with 网站标识码 and
 * 备案号 around the article, each line of the report a `<p>`, some with entities.
 */
function toGovPage(txt: string): string {
  const title = txt.split("\n").find((l) => l.trim() !== "") ?? "";
  const paragraphs = txt
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line, i) => {
      let html = escapeHtml(line);
      if (i % 3 === 1) html = html.replace(/“/g, "&ldquo;").replace(/”/g, "&rdquo;");
      if (i % 4 === 2) html = html.replace("。", "&#12290;");
      // Indentation the way page editors write it; a browser (and the reader) drops it.
      return `<p style="text-indent: 2em">${i % 2 === 0 ? "&nbsp;&nbsp;" : ""}${html}</p>`;
    });
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>${escapeHtml(title)}_政务公开_某某区人民政府网</title>
<meta name="ArticleTitle" content="${escapeHtml(title)}">
<link rel="stylesheet" href="/css/style.css">
<style>.TRS_Editor p { line-height: 2; } .nav li { float: left; }</style>
<script src="/js/jquery.min.js"></script>
<script>var _hmt = _hmt || []; document.write("<p>统计代码</p>");</script>
</head>
<body>
<div class="top"><div class="topbar">今天是：<span id="today"></span> <a href="/wza/">无障碍</a> <a href="/en/">English</a> <a href="/m/">手机版</a></div>
<div class="banner"><img src="/images/logo.png" alt="某某区人民政府"></div></div>
<div class="nav"><ul>
<li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/zjmq/">走进某某</a></li>
</ul></div>
<div class="main">
<div class="position">当前位置：<a href="/">首页</a>&nbsp;&gt;&nbsp;<a href="/zwgk/">政务公开</a>&nbsp;&gt;&nbsp;<a href="/zwgk/fzzfjs/">法治政府建设</a></div>
<div class="article-content">
<div class="article-tools">【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】
<span class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></span></div>
<div id="zoom" class="TRS_Editor">
${paragraphs.join("\n")}
</div>
<div class="print">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
<div class="prev-next"><p>上一篇：<a href="/zwgk/1.html">关于印发某某区行政执法监督办法的通知</a></p><p>下一篇：<a href="/zwgk/2.html">某某区2023年政府信息公开工作年度报告</a></p></div>
</div>
<div class="related"><h3>相关链接</h3><ul><li><a href="http://www.gov.cn/">中国政府网</a></li><li><a href="/sfj/">区司法局</a></li><li><a href="/xxgk/">政府信息公开</a></li></ul></div>
</div>
<div class="footer">
<p>主办单位：某某区人民政府办公室&nbsp;&nbsp;承办单位：某某区大数据中心&nbsp;&nbsp;联系电话：0000-12345678</p>
<p>网站标识码：4113000001&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/">豫ICP备12345678号</a>&nbsp;&nbsp;豫公网安备 41130002000001号</p>
</div>
<script>var share = { title: document.title };</script>
</body>
</html>
`;
}

const lintJson = async (dir: string, file: string) => {
  const r = await cli(["-f", "json", "--today", "2026-01-15", file], { cwd: dir, rules });
  expect(r.stderr).toBe("");
  return ((JSON.parse(r.stdout) as { messages: Message[] }[])[0]?.messages ?? []).filter((m) => !LINE_EDGE_RULES.has(m.ruleId));
};

const count = (ms: Message[]) => {
  const byRule: Record<string, number> = {};
  for (const m of ms) byRule[m.ruleId] = (byRule[m.ruleId] ?? 0) + 1;
  return byRule;
};

describe("HTML input", () => {
  it.each(fixtureNames("seeds"))("the seed %s published as a government web page gives the same findings, at the same words, as the text", async (name: string) => {
    const txt = readFileSync(fixturePath("seeds", name), "utf8");
    const html = toGovPage(txt);
    expect(html).toContain("&nbsp;&nbsp;");
    const dir = tempDir();
    const fromTxt = await lintJson(dir, put(dir, "report.txt", txt));
    const fromHtml = await lintJson(dir, put(dir, "report.html", html));
    expect(count(fromHtml)).toEqual(count(fromTxt));
    const shown = (ms: Message[], words: (m: Message) => string) => ms.map((m) => `${m.ruleId} ${words(m)}`).sort();
    expect(shown(fromHtml, (m) => wordsInPage(html, m))).toEqual(shown(fromTxt, (m) => wordsInText(txt, m)));
    // Findings point into the article's lines of the page, never into its head or navigation.
    const first = html.split("\n").findIndex((l) => l.startsWith("<p style")) + 1;
    for (const m of fromHtml) expect(m.line).toBeGreaterThanOrEqual(first);
  });

  it("names a page without text and the reason on one line, exits 2, and still lints the other files", async () => {
    const dir = tempDir();
    put(dir, "empty.html", "<html><head><title>报告</title><script>document.write('正文')</script></head></html>");
    put(dir, "frames.htm", '<html><frameset rows="20%,80%"><frame src="top.html"><frame src="main.html"></frameset></html>');
    put(dir, "ok.html", "<html><body><div class=\"nav\"><a href=\"/\">首页</a></div><p>某县法治政府建设情况。</p></body></html>");
    const r = await cli(["-f", "json", "--locale", "en", "."], { cwd: dir, rules });
    expect(r.code).toBe(2);
    expect(r.stderr.split("\n").filter(Boolean).sort()).toEqual([
      "reportlint: empty.html: the page has no text: its body holds no text outside scripts, styles and page widgets",
      "reportlint: frames.htm: the page has no text: it is a frameset; open the framed pages instead",
    ]);
    const results = JSON.parse(r.stdout) as { filePath: string; messages: Message[] }[];
    expect(results.map((f) => f.filePath.split("/").pop()).sort()).toEqual(["empty.html", "frames.htm", "ok.html"]);
    expect(results.find((f) => f.filePath.endsWith("ok.html"))?.messages.length).toBeGreaterThan(0);
  });
});
