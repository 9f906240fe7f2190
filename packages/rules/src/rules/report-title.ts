/**
 * report-title: a report opens with a title naming its issuer, its year and the report (宛城区人民政府
 * 关于2024年度法治政府建设情况的报告). Reports a text with no title, a title without a year, a title
 * naming another kind of report than the profile in force, and (as info) a title without an issuer
 * when the issuer is printed nowhere else either. Docs: docs/rules/report-title.md
 */
import { PROFILES, type LocalizedText, type Paragraph, type Report } from "@reportlint/report-model";
import { matchable, matchesAny } from "@reportlint/parser";
import { createRule } from "../rule.js";
import { localized } from "../util/localized.js";

// A year as titles print it: 2024年, 2024 年度, 二〇二四年, 20XX年 (a placeholder is placeholder-text's).
const YEAR = /(?:[0-9０-９]{4}|20[Xx×]{2}|[〇零○一二三四五六七八九]{4})[ \u3000]*年/u;
// A short line under the title that only gives the year: （2024年度）.
const YEAR_LINE = /^[（(]?(?:[0-9０-９]{4}|[〇零○一二三四五六七八九]{4})[ \u3000]*年度?[）)]?$/u;
// A line that names a report, for a title the parser could not place at the top.
const TITLE_LIKE = /^[^。，,；;！？!?]{4,80}$/u;
// How far down a title may sit below unrecognised page furniture.
const TITLE_SEARCH_LINES = 6;
// A page's metadata line giving the title: 标 题：…, 名称：….
const TITLE_LABEL = /^[-•·\s]*(?:标[ \u3000]*题|名[ \u3000]*称)[ \u3000]*[:：]/u;
// A page's publisher line: 来源：宛城区人社局, 发布机构：宁国市司法局.
const PUBLISHER = /(?:来源|发布机构|发文机关|发文机构|发文单位|来源单位|所属机构|供稿)[ \u3000]*[:：]?[ \u3000]*\p{Script=Han}{2}/u;
// The opening of a report: 现将…情况报告如下, 现就…总结如下; or the report naming itself, as
// 政府信息公开 reports open: 本报告根据…编制, 本年度报告中所列数据….
const REPORTS_AS_FOLLOWS = /[现特][将就].{0,60}(?:报告|汇报|总结)如下|^本(?:年度)?(?:工作)?报告/u;
const OPENING_LINES = 2;
// Sentence punctuation: the opening lines are prose, not a date or a label (（2010年3月10日）, 引言).
const PROSE = /[，,。；;]/u;
// A complete text ends its last line with a sentence end, a closing bracket or quote, or a date.
const COMPLETE_END = /(?:[。！？!?）)”」』]|[0-9〇零○一二三四五六七八九十]日)$/u;

const content = (report: Report, p: Paragraph) => report.text.slice(...p.contentSpan);
const hasText = (p: Paragraph) => p.kind !== "blank" && p.kind !== "chrome";

/** Where the report starts when it has no title: its first clause, or its first line. */
function openingSpan(report: Report): [number, number] | null {
  const index = report.paragraphs.findIndex(hasText);
  if (index < 0) return null;
  const clause = report.clauses.find((c) => c.paragraph === index);
  return clause ? clause.span : report.paragraphs[index]!.contentSpan;
}

/** True when the opening lines of prose present the text as a report (现将有关情况报告如下, 本报告根据…). */
function saysItReports(report: Report): boolean {
  // A loop that stops at the opening lines: a text of a million blank lines is not walked twice.
  let seen = 0;
  for (let i = 0; i < report.paragraphs.length; i++) {
    const p = report.paragraphs[i]!;
    if (p.kind !== "body") continue;
    const line = content(report, p).trim();
    if (!PROSE.test(line)) continue;
    if (REPORTS_AS_FOLLOWS.test(line)) return true;
    if (++seen >= OPENING_LINES) return false;
  }
  return false;
}

/** True when the text ends as a finished document does, so a missing signature is not a cut. */
function endsComplete(report: Report): boolean {
  for (let i = report.paragraphs.length - 1; i >= 0; i--) {
    const p = report.paragraphs[i]!;
    if (hasText(p)) return COMPLETE_END.test(content(report, p));
  }
  return false;
}

export default createRule({
  id: "report-title",
  meta: {
    type: "problem",
    docs: {
      description: {
        zh: "报告应有标题，写明发文单位、年度和报告名称",
        en: "A report needs a title naming its issuer, its year and the report",
      },
      recommended: true,
    },
    defaultSeverity: "warning",
    messages: {
      missing: {
        zh: "缺少报告标题：正文之前应有一行写明发文单位、年度和报告名称的标题",
        en: "The report has no title: a line naming the issuer, the year and the report should come first",
      },
      noYear: {
        zh: "标题「{{title}}」没有写明年度（如「关于20××年度…的报告」）",
        en: 'The title "{{title}}" names no year (e.g. "关于20××年度…的报告")',
      },
      otherReport: {
        zh: "标题「{{title}}」写的是「{{named}}」，与本报告的类型「{{report}}」不符",
        en: 'The title "{{title}}" names a {{named}}, not a {{report}} (the report kind in force)',
      },
      noReportName: {
        zh: "标题「{{title}}」没有写明报告名称「{{report}}」",
        en: 'The title "{{title}}" does not name the report ({{report}})',
      },
      noIssuer: {
        zh: "标题「{{title}}」没有写明发文单位，标题下方和落款也没有",
        en: 'The title "{{title}}" names no issuer, and neither a line below it nor a signature does',
      },
    },
  },
  create(context) {
    const report = context.document;
    const { meta } = report;
    const profile = context.settings.profile;
    const locale = context.settings.locale;
    // A profile written in a config may name itself in Chinese only.
    const named = (name: LocalizedText) => localized(name, locale);
    const reportName = named(profile.name);

    if (!meta.title) {
      // A text matching no profile (a news item, a hotline bulletin) is a report only when it says so.
      if (meta.profileSource === "default" && !saysItReports(report)) return;
      // A title below furniture the parser did not recognise is still a title.
      // The first lines with text, by push (one array layout whatever the text).
      const top: Paragraph[] = [];
      for (const p of report.paragraphs) {
        if (top.length === TITLE_SEARCH_LINES) break;
        if (hasText(p)) top.push(p);
      }
      const placed = top.some((p) => {
        if (p.kind !== "body") return false;
        const line = content(report, p);
        return TITLE_LIKE.test(line) && matchesAny(profile.titlePatterns, matchable(line));
      });
      // A page's metadata block (标题：… / 名称：…) shows the title above the text.
      const inMetadata = report.chrome.some((c) => {
        const named = TITLE_LABEL.exec(c.text);
        return named !== null && matchesAny(profile.titlePatterns, matchable(c.text.slice(named[0].length)));
      });
      const span = openingSpan(report);
      if (!placed && !inMetadata && span) context.report({ span, messageId: "missing" });
      return;
    }
    // A title matching no profile may head any other text: nothing to ask of it.
    if (meta.profileSource === "default") return;

    const title = meta.title;
    const at = { span: title.span };
    const titleData = { title: title.text };
    const after = report.paragraphs.find((p) => p.contentSpan[0] >= title.span[1] && hasText(p) && p.kind !== "title");
    const yearBelow = after !== undefined && YEAR_LINE.test(content(report, after));
    if (!YEAR.test(title.text) && !yearBelow) context.report({ ...at, messageId: "noYear", data: titleData });

    const plain = matchable(title.text);
    if (!matchesAny(profile.titlePatterns, plain)) {
      const other = Object.values(PROFILES).find((p) => p.id !== profile.id && matchesAny(p.titlePatterns, plain));
      if (other) {
        context.report({ ...at, messageId: "otherReport", data: { ...titleData, named: named(other.name), report: reportName } });
      } else {
        // Chosen by the user, the profile is certain; guessed from the headings, the title may be right.
        const severity = meta.profileSource !== "option" ? "info" : undefined;
        context.report({ ...at, severity, messageId: "noReportName", data: { ...titleData, report: reportName } });
      }
    }

    // The parser reads the issuer from the title, a line below it or the signature; a web page names
    // it in its 来源/发布机构 line; a cut-off text may have lost its signature.
    const pageNamesIt = report.chrome.some((c) => PUBLISHER.test(c.text));
    if (meta.issuer === null && !pageNamesIt && endsComplete(report)) {
      context.report({ ...at, severity: "info", messageId: "noIssuer", data: titleData });
    }
  },
});
