// The report title (meta.title) and its issuer.
//
// The title is the first line with text that is neither furniture nor a heading, when it looks
// like a title: short, no sentence punctuation, and naming a report (报告/情况/总结/法治/…). An
// issuer line or a first half without the report name ("大河乡人民政府" / "2024 年上海市科委政府信息
// 公开工作") joins the next line when that one starts with 关于 or ends with the report name. A
// title printed again right after it (blank and furniture lines in between do not matter) is
// returned in `lines` too, so it is not taken for body text; meta.title keeps the first. Lines of an
// official document's head (宛政文〔2025〕12号, 宛城区人民政府文件, 签发人：…) may come before the title.
//
// The issuer is read from the title; when the title does not name it (关于2024年度法治政府建设情况的
// 报告 is a common form), from a line right below the title that is only an organisation's name, or
// from the signature (落款) among the last lines of the text.
import type { ReportMeta } from "@reportlint/report-model";
import type { Line } from "./lines.js";
import { objectList } from "./lists.js";

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

// The head of an official document, printed above its title.
const DOCUMENT_HEAD =
  /^(?:[\p{Script=Han}（）()]{1,20}[〔[【(（][0-9]{4}[〕\]】)）][ \u3000]*[0-9]{1,4}[ \u3000]*号|[\p{Script=Han}（）() \u3000]{2,40}文件|签发人[:：].*|附件[ \u3000]*[0-9一二三四五六七八九十]*[:：]?|(?:[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2})|(?:[A-Z]*[0-9]+[-.]?)?(?:特急|加急|平急|急件|秘密|机密|内部)(?:[★☆].*)?)$/u;
const MARKDOWN_HEADING = /^#{1,6}[ \t\u3000]+/u;
const DATE_AFTER = /[ \u3000]*[（(]?(?:[0-9]{4}|[〇零○一二三四五六七八九]{4})年[0-9〇零○一二三四五六七八九十]{1,3}月[0-9〇零○一二三四五六七八九十]{1,3}日[）)]?$/u;
const BRACKETED = /^[（(](.*)[）)]$/u;
const NOT_AN_ISSUER = /^[我本该此全各]|报告|報告|情况|情況|总结|總結|[0-9]|[。；;！？!?，,:：、]/u;
const MAX_ISSUER = 40;
// The signature is among the last lines: the organisation, then perhaps the date.
const SIGNATURE_LINES = 3;

/**
 * The organisation a whole line names, as a signature or an issuer line under a title prints it
 * (宛城区人力资源和社会保障局, （北京市教育委员会）, 中共某县委 某县人民政府 2025年3月1日), or null.
 */
export function organisationLine(line: string): string | null {
  let s = line.trim().replace(DATE_AFTER, "").trim();
  const bracketed = BRACKETED.exec(s);
  if (bracketed) s = bracketed[1]!.trim();
  if (s.length < 3 || s.length > MAX_ISSUER || NOT_AN_ISSUER.test(s) || !ORGANISATION.test(s)) return null;
  return s;
}

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
  // A Markdown heading marker (# 标题) is not part of the title.
  const start = (l: Line) => l.contentStart + (MARKDOWN_HEADING.exec(text.slice(l.contentStart, l.contentStart + 8))?.[0].length ?? 0);
  const content = (l: Line) => text.slice(start(l), l.contentEnd);
  const next: Line[] = objectList();
  // Indexed: a for-of over a million lines allocates an iterator result per line until optimised.
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.contentEnd === line.contentStart || isChrome(line.index)) continue;
    if (next.length === 0 && DOCUMENT_HEAD.test(content(line))) continue;
    next.push(line);
    if (next.length >= 4) break;
  }
  const usable = (l: Line | undefined): l is Line => l !== undefined && !isHeading(l.index) && isTitleLike(content(l));
  const first = next[0];
  if (!usable(first)) return none;
  const titleLines = [first];
  const second = next[1];
  if (usable(second) && joinsNext(content(first), content(second))) titleLines.push(second);
  let titleText = "";
  for (const l of titleLines) titleText += content(l);
  if (!NAMES_A_REPORT.test(titleText)) return none;

  const lineIndexes: number[] = [];
  for (const l of titleLines) lineIndexes.push(l.index);
  // The same title again, on one line or on as many lines as the first time.
  const wanted = squash(titleText);
  const k = titleLines.length;
  const one = next[k];
  if (usable(one) && squash(content(one)) === wanted) lineIndexes.push(one.index);
  else if (usable(one) && usable(next[k + 1]) && squash(content(one) + content(next[k + 1]!)) === wanted) {
    lineIndexes.push(one.index, next[k + 1]!.index);
  }

  const last = titleLines.at(-1)!;
  const after = lines.slice(Math.max(...lineIndexes) + 1);
  return {
    title: { text: titleText, span: [start(first), last.contentEnd], lines: titleLines.length },
    issuer: issuerOf(titleText) ?? issuerBelow(text, after, isChrome, isHeading) ?? signature(text, after, isChrome),
    lines: lineIndexes,
  };
}

const hasText = (l: Line, isChrome: (index: number) => boolean) => l.contentEnd > l.contentStart && !isChrome(l.index);

/** An issuer line right below the title (a date line may come first), before the body starts. */
function issuerBelow(text: string, after: readonly Line[], isChrome: (index: number) => boolean, isHeading: (index: number) => boolean) {
  let seen = 0;
  for (const line of after) {
    if (!hasText(line, isChrome)) continue;
    if (isHeading(line.index) || ++seen > 2) return null;
    const found = organisationLine(text.slice(line.contentStart, line.contentEnd));
    if (found) return found;
  }
  return null;
}

/** The organisation signing the report among its last lines (落款), or null. */
function signature(text: string, after: readonly Line[], isChrome: (index: number) => boolean) {
  let seen = 0;
  for (let i = after.length - 1; i >= 0 && seen < SIGNATURE_LINES; i--) {
    const line = after[i]!;
    if (!hasText(line, isChrome)) continue;
    seen++;
    const found = organisationLine(text.slice(line.contentStart, line.contentEnd));
    if (found) return found;
  }
  return null;
}
