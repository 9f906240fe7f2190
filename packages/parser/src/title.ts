// The report title (meta.title) and its issuer.
//
// The title is the first line with text that is neither furniture nor a heading, when it looks
// like a title: short, no sentence punctuation, and naming a report (报告/情况/总结/法治/…). An
// issuer line or a first half without the report name ("大河乡人民政府" / "2024 年上海市科委政府信息
// 公开工作") joins the next line when that one starts with 关于 or ends with the report name. A
// title printed again right after it (blank and furniture lines in between do not matter) is
// returned in `lines` too, so it is not taken for body text; meta.title keeps the first.
import type { ReportMeta } from "@reportlint/report-model";
import type { Line } from "./lines.js";

/** The title, its issuer, and every line that belongs to it (a repeated title included). */
export interface TitleResult {
  readonly title: ReportMeta["title"];
  readonly issuer: string | null;
  readonly lines: number[];
}

const MAX_TITLE_LINE = 80;
const MAX_SECOND_LINE = 50;
const MAX_TITLE = 100;
const NOT_IN_TITLE = /[。；;！？!?，,|｜]|[:：]$/u;
const NAMES_A_REPORT = /报告|報告|总结|總結|情况|情況|年报|年報|通报|通報|统计|統計|法治|法制|依法行政|工作要点|年度|公开|公開/u;
const ENDS_WITH_REPORT = /(?:报告|報告|总结|總結|年报|年報|通报|通報|统计|統計|情况|情況)$/u;
// 關(guān)于: some converted pages annotate characters with pinyin in brackets.
const ABOUT = /[关關](?:\([a-zà-ÿāēīōūǎěǐǒǔǖǘǚǜ]+\))?[于於]/u;
const YEAR = /(?:[0-9０-９]{4}|[〇零○一二三四五六七八九]{4})[ \u3000]*年度?/u;
const REPORT_NAME = /法治政府建设|法治政府建設|法治建设|法治建設|依法行政|法治政府|政府信息公开|政府信息公開|政务公开|信息公开|行政复议|行政復議|法治/u;
const ORGANISATION =
  /(?:政府|委员会|委員會|办公室|辦公室|办公厅|辦公廳|局|厅|廳|委|办|辦|部|院|署|中心|街道办事处|街道|乡|鄉|镇|鎮|区|區|县|縣|市|省|州|盟|旗|处|處|所|站|队|隊|会|會)$/u;

function isTitleLike(content: string): boolean {
  return content.length >= 2 && content.length <= MAX_TITLE_LINE && !NOT_IN_TITLE.test(content);
}

function joinsNext(first: string, second: string): boolean {
  if (ENDS_WITH_REPORT.test(first)) return false;
  if (second.length > MAX_SECOND_LINE || first.length + second.length > MAX_TITLE) return false;
  return ABOUT.test(second.slice(0, 4)) || ENDS_WITH_REPORT.test(second);
}

const squash = (s: string) => s.replace(/[\s\u3000\u00a0]+/gu, "");

/** The organisation that issued a report, read from its title (宛城区人民政府关于… → 宛城区人民政府). */
export function issuerOf(title: string): string | null {
  const t = title.trim();
  const about = ABOUT.exec(t);
  if (about && about.index > 0) {
    const s = t.slice(0, about.index).trim();
    return s.length >= 2 ? s : null;
  }
  const year = YEAR.exec(t);
  const name = REPORT_NAME.exec(t);
  const candidates: string[] = [];
  if (year && year.index > 0) candidates.push(t.slice(0, year.index));
  if (year && name && name.index > year.index) candidates.push(t.slice(year.index + year[0].length, name.index));
  if (!year && name) candidates.push(t.slice(0, name.index));
  for (const c of candidates) {
    const s = c.trim();
    if (s.length >= 2 && ORGANISATION.test(s)) return s;
  }
  return null;
}

/** Finds the title among the first lines with text. */
export function findTitle(
  text: string,
  lines: readonly Line[],
  isChrome: (index: number) => boolean,
  isHeading: (index: number) => boolean,
): TitleResult {
  const none: TitleResult = { title: null, issuer: null, lines: [] };
  const next: Line[] = [];
  for (const line of lines) {
    if (line.contentEnd === line.contentStart || isChrome(line.index)) continue;
    next.push(line);
    if (next.length >= 4) break;
  }
  const content = (l: Line) => text.slice(l.contentStart, l.contentEnd);
  const usable = (l: Line | undefined): l is Line => l !== undefined && !isHeading(l.index) && isTitleLike(content(l));
  const first = next[0];
  if (!usable(first)) return none;
  const titleLines = [first];
  const second = next[1];
  if (usable(second) && joinsNext(content(first), content(second))) titleLines.push(second);
  const titleText = titleLines.map(content).join("");
  if (!NAMES_A_REPORT.test(titleText)) return none;

  const lineIndexes = titleLines.map((l) => l.index);
  // The same title again, on one line or on as many lines as the first time.
  const wanted = squash(titleText);
  const k = titleLines.length;
  const one = next[k];
  if (usable(one) && squash(content(one)) === wanted) lineIndexes.push(one.index);
  else if (usable(one) && usable(next[k + 1]) && squash(content(one) + content(next[k + 1]!)) === wanted) {
    lineIndexes.push(one.index, next[k + 1]!.index);
  }

  const last = titleLines.at(-1)!;
  return {
    title: { text: titleText, span: [first.contentStart, last.contentEnd], lines: titleLines.length },
    issuer: issuerOf(titleText),
    lines: lineIndexes,
  };
}
