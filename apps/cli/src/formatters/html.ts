import { codeFrame } from "../code-frame.js";
import { showControls } from "../control-chars.js";
import { displayPath } from "./paths.js";
import { locationOf, type Formatter } from "./types.js";

// Controls other than line feed and tab are shown as pictures: they are not allowed in HTML text.
const escapeHtml = (s: string) =>
  showControls(s, true)
    .replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

const STYLE = `
body{font:14px/1.6 system-ui,"PingFang SC","Microsoft YaHei",sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1f2328}
h1{font-size:1.4rem}h2{font-size:1.05rem;margin-top:2rem;word-break:break-all}
.summary{padding:.6rem 1rem;border-radius:6px;background:#f6f8fa}
.error{color:#cf222e}.warning{color:#9a6700}.info{color:#0969da}
table{border-collapse:collapse;width:100%}td{vertical-align:top;padding:.35rem .5rem;border-top:1px solid #d0d7de}
td.pos{white-space:nowrap;color:#57606a}td.rule{white-space:nowrap;font-size:12px}
pre{margin:.3rem 0 0;white-space:pre-wrap;word-break:break-all;background:#f6f8fa;padding:.3rem .5rem;border-radius:4px}
mark{background:#ffd8d3;text-decoration:underline wavy #cf222e}.detail{color:#0550ae}.fatal{color:#cf222e}
`;

/** One self-contained HTML page (inline CSS, no scripts, no external assets), every value escaped. */
export const html: Formatter = (results, context) => {
  const zh = context.locale === "zh";
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  const sections: string[] = [];
  for (const r of results) {
    const path = escapeHtml(displayPath(r.filePath, context.cwd));
    if (r.fatal !== undefined) {
      sections.push(`<section><h2>${path}</h2><p class="fatal">${escapeHtml(r.fatal)}</p></section>`);
      continue;
    }
    if (r.messages.length === 0) continue;
    errors += r.errorCount;
    warnings += r.warningCount;
    infos += r.infoCount;
    const rows = r.messages.map((d) => {
      let frame = "";
      if (r.source !== undefined) {
        const f = codeFrame(r.source, d.range, 160);
        const [before, span, after] = f.parts.map(escapeHtml) as [string, string, string];
        frame = `<pre>${before}<mark>${span || " "}</mark>${after}</pre>`;
      }
      const detail = d.details?.expression ?? d.details?.arithmetic;
      const detailHtml =
        detail === undefined || detail === null
          ? ""
          : `<div class="detail">= ${escapeHtml(typeof detail === "string" ? detail : JSON.stringify(detail))}</div>`;
      const rule = d.url
        ? `<a href="${escapeHtml(d.url)}">${escapeHtml(d.ruleId)}</a>`
        : escapeHtml(d.ruleId);
      return `<tr><td class="pos">${locationOf(d).line}:${locationOf(d).column}</td><td class="${d.severity}">${d.severity}</td><td>${escapeHtml(d.message)}${frame}${detailHtml}</td><td class="rule">${rule}</td></tr>`;
    });
    sections.push(`<section><h2>${path}</h2><table>${rows.join("")}</table></section>`);
  }
  const failed = results.filter((r) => r.fatal !== undefined).length;
  const summary = zh
    ? `共 ${errors + warnings + infos} 个问题：${errors} 个错误，${warnings} 个警告${infos ? `，${infos} 条提示` : ""}${failed ? `；${failed} 个文件无法读取` : ""}。`
    : `${errors + warnings + infos} problems: ${errors} errors, ${warnings} warnings${infos ? `, ${infos} info` : ""}${failed ? `; ${failed} files could not be read` : ""}.`;
  const title = zh ? "reportlint 检查结果" : "reportlint results";
  return `<!DOCTYPE html>
<html lang="${zh ? "zh-CN" : "en"}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${title}</h1>
<p class="summary">${escapeHtml(summary)}</p>
${sections.join("\n")}
</body>
</html>
`;
};
