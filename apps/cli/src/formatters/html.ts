import type { Locale, MessageData, Severity } from "@reportlint/report-model";
import { HTML_REPORT_MESSAGES, type HtmlReportMessageId } from "../i18n/html-report.js";
import { localize } from "../i18n/localize.js";
import { escapeHtml, safeHref } from "./html-escape.js";
import { highlightText } from "./html-highlight.js";
import { displayPath } from "./paths.js";
import { locationOf, type FileResult, type Finding, type FormatContext, type Formatter } from "./types.js";

// Texts longer than this are folded (<details> closed); the finding list above stays visible.
const FOLD_CHARS = 3000;
const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

const STYLE = `
body{font:14px/1.6 system-ui,"PingFang SC","Microsoft YaHei",sans-serif;margin:2rem auto;max-width:80rem;padding:0 1rem;color:#1f2328}
h1{font-size:1.4rem}h2{font-size:1.15rem;margin-top:2rem}h3{font-size:1.05rem;margin:2rem 0 .3rem;word-break:break-all}
.totals{padding:.6rem 1rem;border-radius:6px;background:#f6f8fa}
.sev.error,.n.error{color:#cf222e}.sev.warning{color:#9a6700}.sev.info{color:#0969da}.muted{color:#57606a}
table{border-collapse:collapse;width:100%}th{text-align:left;font-weight:600;border-bottom:2px solid #d0d7de;padding:.35rem .5rem}
td{vertical-align:top;padding:.35rem .5rem;border-top:1px solid #d0d7de}td.n{text-align:right;font-variant-numeric:tabular-nums}
td.file{word-break:break-all}tr.unreadable td{background:#fff8f7}
.chip{display:inline-block;margin:0 .3rem .2rem 0;padding:0 .4rem;border-radius:9px;background:#eaeef2;font-size:12px;white-space:nowrap}
.chip.part{background:#ffebe9;color:#82071e}.chip.has-errors{box-shadow:inset 0 0 0 1px #cf222e}
.chart{display:grid;grid-template-columns:max-content 1fr max-content;gap:.2rem .6rem;align-items:center;font-size:13px}
.bar{display:flex;height:.9rem;background:#f6f8fa;border-radius:3px;overflow:hidden}
.bar span.error{background:#cf222e}.bar span.warning{background:#d4a72c}.bar span.info{background:#54aeff}
ol.findings{padding-left:1.6rem}ol.findings li{margin:.2rem 0}a.loc{white-space:nowrap;margin-right:.4rem}
.sev{font-size:12px;margin-right:.3rem}a.rule{font-size:12px;margin-left:.4rem}.detail{color:#0550ae}.fatal{color:#cf222e}
pre.text{white-space:pre-wrap;word-break:break-all;background:#f6f8fa;padding:.6rem .8rem;border-radius:4px;line-height:1.8}
mark{border-radius:2px;padding:0 1px}mark.error{background:#ffd8d3;text-decoration:underline wavy #cf222e}
mark.warning{background:#fff1c2}mark.info{background:#ddf4ff}mark.point::before{content:"▏";color:#cf222e}
mark:target,span:target+mark{outline:2px solid #0969da}
`;

/** The report's words in the run's locale. */
type Say = (id: HtmlReportMessageId, data?: MessageData) => string;

/** Counts of one file (or all files) by rule and severity. */
type RuleCounts = Map<string, Record<Severity, number>>;

function countByRule(findings: readonly Finding[], into: RuleCounts = new Map()): RuleCounts {
  for (const d of findings) {
    const counts = into.get(d.ruleId) ?? { error: 0, warning: 0, info: 0 };
    counts[d.severity] += 1;
    into.set(d.ruleId, counts);
  }
  return into;
}

const total = (counts: Record<Severity, number>) => counts.error + counts.warning + counts.info;

/** "错误 1，警告 2": the non-zero counts by severity. */
function bySeverity(counts: Record<Severity, number>, say: Say): string {
  return SEVERITIES.filter((s) => counts[s] > 0)
    .map((s) => `${say(s)} ${counts[s]}`)
    .join(say("listSeparator"));
}

/** The parts required-sections found missing, named by its message data. */
function missingParts(findings: readonly Finding[], say: Say): string[] {
  return findings
    .filter((d) => d.ruleId === "required-sections" && (d.messageId === "missing" || d.messageId === "noCauses"))
    .map((d) => (d.messageId === "noCauses" ? say("causesMissing") : d.data.part !== undefined ? String(d.data.part) : d.message));
}

function ruleUrl(ruleId: string, context: FormatContext, finding?: Finding): string | undefined {
  return safeHref(finding?.url ?? context.rules[ruleId]?.meta.docs.url);
}

function ruleLink(ruleId: string, href: string | undefined, className: string): string {
  return href === undefined ? `<span class="${className}">${escapeHtml(ruleId)}</span>` : `<a class="${className}" href="${href}">${escapeHtml(ruleId)}</a>`;
}

/** Where a finding is in its file, in words fitting the file kind. */
function placeOf(d: Finding, result: FileResult, say: Say): string {
  const at = locationOf(d);
  const data = { line: at.line, column: at.column, page: at.page ?? "" };
  if (result.kind === "docx") return say("locationParagraph", data);
  if (result.kind === "pdf" && at.page !== undefined) return say("locationPage", data);
  if (result.kind === "html") return say("locationSource", data);
  return say("locationLine", data);
}

function summaryRow(r: FileResult, index: number, context: FormatContext, say: Say, infos: boolean): string {
  const file = `<td class="file"><a href="#r${index}">${escapeHtml(displayPath(r.filePath, context.cwd))}</a></td>`;
  const span = infos ? 5 : 4;
  if (r.fatal !== undefined) {
    return `<tr class="unreadable" data-file="${index}">${file}<td colspan="${span}" class="fatal">${escapeHtml(say("unreadable", { reason: r.fatal }))}</td></tr>`;
  }
  const byRule = [...countByRule(r.messages)].sort(([a], [b]) => a.localeCompare(b));
  const rules = byRule.length
    ? byRule.map(([id, counts]) => `<span class="chip${counts.error ? " has-errors" : ""}" data-rule="${escapeHtml(id)}" title="${escapeHtml(bySeverity(counts, say))}">${escapeHtml(id)} <b>${total(counts)}</b></span>`).join("")
    : `<span class="muted">${escapeHtml(say("clean"))}</span>`;
  const missing = missingParts(r.messages, say);
  const parts = missing.length
    ? missing.map((p) => `<span class="chip part">${escapeHtml(p)}</span>`).join("")
    : `<span class="muted">${escapeHtml(say("none"))}</span>`;
  const numbers = [r.errorCount, r.warningCount, ...(infos ? [r.infoCount] : [])];
  // Errors stand out in red; the other counts stay plain.
  const cells = numbers.map((n, k) => `<td class="n${k === 0 && n > 0 ? " error" : ""}">${n}</td>`).join("");
  return `<tr data-file="${index}">${file}${cells}<td class="rules">${rules}</td><td class="missing">${parts}</td></tr>`;
}

function summaryTable(results: readonly FileResult[], context: FormatContext, say: Say): string {
  const infos = results.some((r) => r.infoCount > 0);
  const heads: HtmlReportMessageId[] = ["columnFile", "columnErrors", "columnWarnings", ...(infos ? ["columnInfos" as const] : []), "columnRules", "columnMissing"];
  const head = heads.map((id) => `<th scope="col">${escapeHtml(say(id))}</th>`).join("");
  const rows = results.map((r, i) => summaryRow(r, i, context, say, infos)).join("\n");
  return `<table class="summary"><thead><tr>${head}</tr></thead><tbody>\n${rows}\n</tbody></table>`;
}

/** Findings by rule across all reports as CSS bars, one segment per severity. */
function chart(results: readonly FileResult[], context: FormatContext, say: Say): string {
  const counts = new Map() as RuleCounts;
  for (const r of results) countByRule(r.messages, counts);
  if (counts.size === 0) return "";
  const rows = [...counts].sort(([a, x], [b, y]) => total(y) - total(x) || a.localeCompare(b));
  const max = total(rows[0]![1]);
  const bars = rows.map(([id, c]) => {
    const segments = SEVERITIES.filter((s) => c[s] > 0)
      .map((s) => `<span class="${s}" style="width:${((100 * c[s]) / max).toFixed(2)}%" title="${escapeHtml(say(s))} ${c[s]}"></span>`)
      .join("");
    return `${ruleLink(id, ruleUrl(id, context), "rule")}<div class="bar">${segments}</div><span class="n" data-rule="${escapeHtml(id)}">${total(c)}</span>`;
  });
  return `<h2>${escapeHtml(say("chartHeading"))}</h2><p class="muted">${escapeHtml(say("chartCaption"))}</p><div class="chart">${bars.join("\n")}</div>`;
}

function findingItem(d: Finding, i: number, r: FileResult, index: number, context: FormatContext, say: Say): string {
  const detail = d.details?.expression ?? d.details?.arithmetic;
  const detailHtml =
    detail === undefined || detail === null ? "" : ` <span class="detail">= ${escapeHtml(typeof detail === "string" ? detail : JSON.stringify(detail))}</span>`;
  const place = escapeHtml(placeOf(d, r, say));
  const link = r.source === undefined ? `<span class="loc">${place}</span>` : `<a class="loc" href="#r${index}-f${i}">${place}</a>`;
  return `<li>${link}<span class="sev ${d.severity}">${escapeHtml(say(d.severity))}</span>${escapeHtml(d.message)}${detailHtml}${ruleLink(d.ruleId, ruleUrl(d.ruleId, context, d), "rule")}</li>`;
}

function reportSection(r: FileResult, index: number, context: FormatContext, say: Say): string {
  const kind = r.kind && r.kind !== "text" ? ` <span class="chip">${escapeHtml(r.kind)}</span>` : "";
  const heading = `<h3>${escapeHtml(displayPath(r.filePath, context.cwd))}${kind}</h3>`;
  if (r.fatal !== undefined) return `<section id="r${index}">${heading}<p class="fatal">${escapeHtml(r.fatal)}</p></section>`;
  const list = r.messages.length
    ? `<p>${escapeHtml(say("findingsOf", { count: r.messages.length }))}</p><ol class="findings">${r.messages.map((d, i) => findingItem(d, i, r, index, context, say)).join("\n")}</ol>`
    : `<p class="muted">${escapeHtml(say("noFindings"))}</p>`;
  let text = `<p class="muted">${escapeHtml(say("noText"))}</p>`;
  if (r.source !== undefined && r.source.length > 0) {
    const open = r.source.length <= FOLD_CHARS ? " open" : "";
    const marked = highlightText(r.source, r.messages, `r${index}-f`);
    text = `<details${open}><summary>${escapeHtml(say("fullText", { chars: r.source.length }))}</summary><pre class="text">${marked}</pre></details>`;
  }
  return `<section id="r${index}" class="report">${heading}${list}${text}</section>`;
}

/**
 * The reviewer's summary as one self-contained page (inline CSS, no script, nothing fetched): a
 * table of all reports with counts by rule and the missing parts, a bar chart of findings by rule,
 * and each report's text with its findings highlighted in place. Every value is escaped.
 */
export const html: Formatter = (results, context) => {
  const locale: Locale = context.locale;
  const say: Say = (id, data) => localize(HTML_REPORT_MESSAGES, locale, id, data);
  const sum = (key: "errorCount" | "warningCount" | "infoCount") => results.reduce((n, r) => n + r[key], 0);
  const [errors, warnings, infos] = [sum("errorCount"), sum("warningCount"), sum("infoCount")];
  const unreadable = results.filter((r) => r.fatal !== undefined).length;
  const totals =
    say(infos ? "totalsWithInfos" : "totals", { files: results.length, problems: errors + warnings + infos, errors, warnings, infos }) +
    (unreadable ? say("totalsUnreadable", { count: unreadable }) : "");
  const title = escapeHtml(say("title"));
  return `<!DOCTYPE html>
<html lang="${locale === "zh" ? "zh-CN" : "en"}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="reportlint ${escapeHtml(context.version)}">
<title>${title}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${title}</h1>
<p class="totals">${escapeHtml(totals)}</p>
<h2>${escapeHtml(say("summaryHeading"))}</h2>
${summaryTable(results, context, say)}
${chart(results, context, say)}
<h2>${escapeHtml(say("reportsHeading"))}</h2>
${results.map((r, i) => reportSection(r, i, context, say)).join("\n")}
</body>
</html>
`;
};
