// Web page and print furniture captured along with the report text (see README "Chrome").
//
// Whole lines are classified first: a line is furniture when it is made only of known widget words
// (首页 / 简体|繁体 / 【打印】【关闭】 / 分享到：微信 微博 …), when it starts with a page label
// (来源: 发布时间: 索引号: 当前位置: 今天是…), or when it is a URL, a page number (— 1 —) or a site
// footer. Then a few unmistakable widgets are found inside other lines (扫一扫在手机打开当前页,
// 【打印】, trailing "发布时间:…" fields, URLs glued between two Chinese words), so a span covers
// only the furniture and never the report text beside it. A nav word inside a sentence ("在首页公开")
// is never furniture: words only count when they make up the whole line.
import type { ChromeKind, ChromeSpan } from "@reportlint/report-model";
import { isHan, isSpace } from "./chars.js";
import type { Line } from "./lines.js";
import { objectList } from "./lists.js";

/** Furniture found in the text. */
export interface ChromeResult {
  /** Spans in text order; whole-line spans cover the trimmed line. */
  readonly spans: ChromeSpan[];
  /** Per line: the kind when the whole line is furniture, else null. */
  readonly lineKinds: (ChromeKind | null)[];
}

interface Word {
  readonly kind: ChromeKind;
  /** Weak words (政务公开, 通知公告…) could title a report section, so alone they need a chrome neighbour. */
  readonly weak?: boolean;
  /** Words that only count beside an anchor word (大 中 小 after 字体). */
  readonly needsAnchor?: boolean;
}

const WORDS = new Map<string, Word>();
function words(kind: ChromeKind, list: string, extra: Omit<Word, "kind"> = {}): void {
  for (const w of list.split(" ")) WORDS.set(w.toLowerCase(), { kind, ...extra });
}
words(
  "navigation",
  "首页 网站首页 返回首页 主页 网站地图 返回顶部 设为首页 加入收藏 收藏本站 登录 注册 退出 联系我们 专题专栏 搜索 高级搜索 手机版 移动版 电脑版 个人中心",
);
words(
  "navigation",
  "政务公开 政务动态 政务服务 政务要闻 信息公开 政府信息公开 新闻中心 新闻动态 要闻动态 工作动态 部门动态 乡镇动态 通知公告 公示公告 互动交流 政民互动 公众参与 互动参与 办事服务 网上办事 数据开放 政策文件 政策解读 政策法规 机构概况 机构职能 领导信息 领导之窗 在线访谈 热点专题 图片新闻 视频新闻",
  { weak: true },
);
words(
  "accessibility",
  "无障碍 无障碍浏览 无障碍阅读 无障碍模式 长者模式 关怀版 适老化 适老模式 读屏 读屏专用 简体 繁体 繁體 简体中文 繁體中文 简体版 繁体版 简 繁 english en 大字版",
);
words("print-close", "打印 关闭 打印本页 关闭窗口 打印此页 关闭本页 打印文章 纠错 我要纠错 返回 返回上页 返回列表 保存 收藏");
words("share", "分享 分享到 微信 微博 新浪微博 腾讯微博 qq qq空间 qq好友 朋友圈 豆瓣 人人网 复制链接 一键分享 微信好友");
words("font-size", "字体 字号");
words("font-size", "大 中 小 默认 标准 a+ a- a", { needsAnchor: true });
words("related", "相关阅读 相关链接 相关文章 相关新闻 相关信息 相关稿件 相关附件 相关文件 延伸阅读 推荐阅读 热点推荐");
words("other", "正文");

const TOKEN_SPLIT = /[\s|｜丨/\\>＞»›·•【】[\]［］〖〗:：]+/u;
/** The first token TOKEN_SPLIT leaves: the first run of characters that split nothing. */
const FIRST_TOKEN = /[^\s|｜丨/\\>＞»›·•【】[\]［］〖〗:：]+/u;
const WALK_IN = /^走进[\u4e00-\u9fff]{1,6}$/u;
const MAX_WIDGET_LINE = 80;

/** Page labels that open a furniture line, by kind. Spaces inside a label ("索 引 号") are ignored. */
const LABELS = new Map<string, ChromeKind>();
for (const l of "来源 信息来源 文章来源 稿件来源 来源单位 发布时间 发布日期 发表时间 发表日期 更新时间 更新日期 浏览次数 浏览量 阅读次数 阅读量 点击数 点击量 点击次数 访问量 作者 撰稿 供稿 责任编辑 发布人 发布者 栏目".split(" ")) {
  LABELS.set(l, "source-line");
}
// The 索引号 metadata block of government information-disclosure pages.
for (const l of "索引号 主题分类 组配分类 体裁分类 服务对象分类 发布机构 发文机关 发文机构 发文单位 成文日期 成文时间 生成日期 发文日期 发文时间 文号 发文字号 名称 标题 效力状态 有效性 主题词 关键词 所属机构 所属主题 公开方式 公开范围 公开时限 信息分类 内容分类 信息类别 统一编码 登记号 索取号".split(" ")) {
  LABELS.set(l, "other");
}
const MAX_LABEL_LINE = 160;

const LINE_PATTERNS: readonly (readonly [RegExp, ChromeKind, number, boolean?])[] = [
  // [pattern, kind, longest line it may match, matches without an opener or word of mayMatchLinePattern]
  [/^[—–\-－─━]{1,3}[ \u3000]*\d{1,4}[ \u3000]*[—–\-－─━]{1,3}$/u, "page-footer", 20],
  [/^第[ \u3000]*\d{1,4}[ \u3000]*页(?:[ \u3000]*[/，,]?[ \u3000]*共[ \u3000]*\d{1,4}[ \u3000]*页)?$/u, "page-footer", 30],
  [/^共[ \u3000]*\d{1,4}[ \u3000]*页[ \u3000]*第[ \u3000]*\d{1,4}[ \u3000]*页$/u, "page-footer", 30],
  [/^(?:今天是|今日是|今天|今日)[:：]?[ \u3000]*\d{4}[ \u3000]*年[ \u3000]*\d{1,2}[ \u3000]*月[ \u3000]*\d{1,2}[ \u3000]*日/u, "site-clock", 60],
  [/^\d{4}[ \u3000]*年[ \u3000]*\d{1,2}[ \u3000]*月[ \u3000]*\d{1,2}[ \u3000]*日[ \u3000]*(?:星期|周|礼拜)[一二三四五六日天]$/u, "site-clock", 30],
  [/^(?:当前位置|您的位置|你的位置|您现在的位置|你现在的位置|您现在所在的位置|您所在的位置|所在位置)[ \u3000]*[:：]/u, "breadcrumb", 120],
  [/^(?:请?(?:用|使用)?(?:手机|微信)?(?:扫一扫|扫描二维码|扫码)|.{0,6}扫一扫在手机)/u, "qr-code", 30],
  [/^(?:上一篇|下一篇)[ \u3000]*[:：]/u, "related", 100],
  [/^(?:(?:本文|原文|本页|页面)?(?:链接|网址|地址)[ \u3000]*[:：][ \u3000]*)?(?:https?:\/\/|www\.)[!-~]+$/iu, "url", 300],
  [/^(?:\d+[ \u3000]*)?次浏览$|^(?:浏览|阅读|点击)(?:次数|量)?[ \u3000]*\d+[ \u3000]*次?$|[ \u3000]\d*[ \u3000]*次浏览$/u, "source-line", 40],
  [/^(?:版权所有|版权声明|copyright|©|(?:主办|承办|协办)(?:单位)?[ \u3000]*[:：]|技术支持[ \u3000]*[:：]|备案号)|icp[备证]|公网安备|网站标识码/iu, "other", 160, true],
  [/^(?:本文(?:来自|来源于?|转载自|转自)|内容来源于网络|如有侵权|转载请注明|原标题[:：])/u, "other", 100],
  // A line whose characters were lost in a wrong encoding: ??????, 锟斤拷锟斤拷, ���.
  [/^(?:[?？\ufffd]{3,}|(?:锟斤拷)+|烫烫烫|屯屯屯)(?:[?？\ufffd \u3000]|锟斤拷|烫|屯)*$/u, "mojibake", 400],
];

// The first characters LINE_PATTERNS' anchored alternatives open with (h, w and c in either case, as
// their "i" flag reads them); the other alternatives need 扫 or 次浏览 in the line, but for the one entry
// marked as matching anywhere (icp备, 公网安备, 网站标识码). A line with none of these, nearly every line,
// is tried against that entry alone, not all thirteen.
const PATTERN_OPENERS = new Set([..."—–-－─━第共今0123456789当您你所上下本原页链网地hHwW浏阅点版cC©主承协技备内如转?？\ufffd锟烫屯"].map((c) => c.charCodeAt(0)));

/** True when a line may match a LINE_PATTERNS entry that is not marked as matching anywhere. */
function mayMatchLinePattern(content: string): boolean {
  return PATTERN_OPENERS.has(content.charCodeAt(0)) || content.includes("扫") || content.includes("次浏览");
}

/** Widgets recognised anywhere in a line. */
const INLINE =
  /扫一扫在手机(?:上)?打开(?:当前页|本页)?|【(?:打印本页|打印|关闭窗口|关闭|我要纠错|返回顶部)】|【?字体[:：][ \u3000]*[【[]?大[】\]]?[ \u3000]*[【[]?中[】\]]?[ \u3000]*[【[]?小[】\]]?】?/gu;
const INLINE_KIND = (raw: string): ChromeKind =>
  raw.includes("扫一扫") ? "qr-code" : raw.includes("字体") ? "font-size" : "print-close";

/**
 * A document-sharing site's editor talking to the reader (下面是小编为大家整理的…，供大家参考。 以上就是…的全部内容
 * 本文由…收集整理 ---此处隐藏3575字,下载后查看---), anywhere in a line, up to the end of its sentence.
 */
const BLURB =
  /(?:下面|以下)是小编[^。！!\n]{0,80}?(?:参考|借鉴|阅读|帮助|学习)[。！!…]*|小编(?:为大家|精心|给大家)(?:整理|收集|准备|带来)[^。！!\n]{0,60}?(?:参考|借鉴|阅读|帮助|学习)[。！!…]*|以上就是[^。！!\n]{0,60}?的全部内容[^。！!\n]{0,30}[。！!…]*|本文由[^。！!\n]{0,30}?(?:收集整理|整理发布|网友上传|用户上传|上传分享|整理上传)[^。！!\n]{0,20}[。！!…]*|[-—－]*此处隐藏\d+字[，,]?(?:下载后查看|下载查看|查看全文)?[-—－]*|(?:希望|但愿)(?:以上|本文|这篇)[^。！!\n]{0,20}(?:对您|对你|对大家)有所?帮助[。！!…]*/gu;

/**
 * A site's name and address glued to the end of a line (……工作。 某某文库 www.example.com): after a
 * sentence end or a space, a short name, then a URL that ends the line — with a scheme, www., or a
 * bare host name of the common top-level domains (max.book118.com, wenku.baidu.com).
 */
const SLOGAN =
  /(?:(?<=[。！？!?；;）)”])|[ \u3000\u00a0\t]+)[\p{Script=Han}A-Za-z0-9]{0,16}[ \u3000\u00a0]*(?:https?:\/\/|www\.|(?:[A-Za-z0-9-]+\.)+(?:com|net|cn|org|cc|top|vip|info)(?![A-Za-z0-9]))[A-Za-z0-9\-._~:/?#@!$&'*+,;=%]*[ \u3000\u00a0]*$/u;

// Words every match of INLINE, BLURB and SLOGAN contains: a line without them (nearly every line) is
// not scanned with the long patterns, each tried at every character.
const INLINE_HINT = /扫一扫|【|字体/u;
const BLURB_HINT = /小编|以上就是|本文由|此处隐藏|希望|但愿/u;
const SLOGAN_HINT = /:\/\/|www\.|\.(?:com|net|cn|org|cc|top|vip|info)/u;
// Every word some inline widget needs (the hints above, TRAILING_FIELDS' labels, URL's opening): a line
// without any of them, nearly every line, holds no inline furniture and is passed after one scan.
const ANY_INLINE_HINT = /扫一扫|【|字体|小编|以上就是|本文由|此处隐藏|希望|但愿|:\/\/|www\.|\.(?:com|net|cn|org|cc|top|vip|info)|来源|发布|浏览次数|点击|阅读次数/iu;

/** Lines of table borders whose cells were lost (| |||| ||, +---+---+). */
const BORDERS = /^[|｜│+＋\-－─━═┼┬┴├┤┌┐└┘\s]+$/u;
const BORDER_POSTS = /[|｜│+＋┼┬┴├┤┌┐└┘]/gu;
/** A markdown table's delimiter row (|---|:--:|), which a table's header may have lost legitimately. */
const MARKDOWN_RULE = /^\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?$/u;
/** A row of a real table: a border character and some text. */
const TABLE_ROW = /[|｜│┃].*[\p{Script=Han}\d]|[\p{Script=Han}\d].*[|｜│┃]/u;

/** Publication fields after a title or other text on the same line. */
const TRAILING_FIELDS =
  /[ \u3000\u00a0\t]+(?:来源|信息来源|发布时间|发布日期|浏览次数|点击数|点击量|阅读次数)[ \u3000]*[:：]|(?:发布时间|发布日期)[ \u3000]*[:：][ \u3000]*\d{4}/gu;

const URL = /(?:https?:\/\/|www\.)[A-Za-z0-9\-._~:/?#@!$&'*+,;=%]+/giu;
/** Characters that introduce a cited address (登录www…, 访问www…, 网址为www…): the URL is report text. */
const CITES_URL = new Set("录问过址站接入开注索在至到为是即见");

/**
 * A token as WORDS keys it, in lower case. A token of ASCII without capitals and U+3000–U+9FFF
 * (CJK marks, kana, ideographs: no case) is its own lower case, and is returned without the
 * toLowerCase call, which is slow on a two-byte string (~0.2 µs a token, on every short line).
 */
function wordKey(token: string): string {
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c >= 0x3000 ? c > 0x9fff : c >= 0x80 || (c >= 0x41 && c <= 0x5a)) return token.toLowerCase();
  }
  return token;
}

/** Kind of a line made only of widget words, or null. */
function classifyWords(content: string): { kind: ChromeKind; weak: boolean } | null {
  if (content.length > MAX_WIDGET_LINE || /[。，,；;！？]/u.test(content)) return null;
  // Every token must be a widget word, the first one too: most lines fail there, before any split.
  const first = FIRST_TOKEN.exec(content)?.[0];
  if (first === undefined || (!WORDS.has(wordKey(first)) && !(first.startsWith("走进") && WALK_IN.test(first)))) return null;
  const tokens = content.split(TOKEN_SPLIT).filter((t) => t.length > 0);
  if (tokens.length === 0) return null;
  // 首页 > 政务公开 > 通知公告: a breadcrumb trail, whatever the section names are.
  if (/[>＞»›]/u.test(content) && /^(?:网站首页|首页|主页)$/u.test(tokens[0]!)) return { kind: "breadcrumb", weak: false };
  let kind: ChromeKind | null = null;
  let weak = true;
  let anchored = false;
  let needsAnchor = false;
  for (const token of tokens) {
    const word: Word | undefined = WALK_IN.test(token) ? { kind: "navigation" } : WORDS.get(wordKey(token));
    if (!word) return null;
    if (word.needsAnchor) {
      needsAnchor = true;
      continue;
    }
    if (word.kind === "font-size") anchored = true;
    kind ??= word.kind;
    if (!word.weak) weak = false;
  }
  if (!kind || (needsAnchor && !anchored)) return null;
  return { kind, weak };
}

/** Kind of a line opened by a page label (来源: …, 索引号: …), or null. */
function classifyLabel(content: string): ChromeKind | null {
  if (content.length > MAX_LABEL_LINE || content.includes("。")) return null;
  const colon = content.search(/[:：]/u);
  if (colon < 1 || colon > 14) return null;
  const label = content.slice(0, colon).replace(/^[-·•*]/u, "").replace(/[\s\u3000]/gu, "");
  return LABELS.get(label) ?? null;
}

/** Kind of a whole line of furniture, and whether it needs a furniture neighbour to count. */
function classifyLine(content: string): { kind: ChromeKind; weak: boolean } | null {
  // Indexed, without destructuring: this runs for every line, mostly before the function is optimised.
  const mayMatchAll = mayMatchLinePattern(content);
  for (let i = 0; i < LINE_PATTERNS.length; i++) {
    const entry = LINE_PATTERNS[i]!;
    const kind = entry[1];
    if ((mayMatchAll || entry[3] === true) && content.length <= entry[2] && entry[0].test(content) && !(kind !== "url" && kind !== "mojibake" && content.includes("。"))) {
      return { kind, weak: false };
    }
  }
  const label = classifyLabel(content);
  if (label) return { kind: label, weak: false };
  return classifyWords(content);
}

/** Finds the furniture in the text. */
export function findChrome(text: string, lines: readonly Line[]): ChromeResult {
  const lineKinds: (ChromeKind | null)[] = new Array<ChromeKind | null>(lines.length).fill(null);
  const weak = new Set<number>();
  // Indexed loops here and below: a for-of over a million lines allocates an iterator result per line
  // until the loop is optimised.
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.contentEnd === line.contentStart) continue;
    const found = classifyLine(text.slice(line.contentStart, line.contentEnd));
    if (found) {
      lineKinds[line.index] = found.kind;
      if (found.weak) weak.add(line.index);
    }
  }
  // A weak word alone (政务公开) counts only next to other furniture or at the very start or end.
  const nonBlank: number[] = [];
  for (let i = 0; i < lines.length; i++) if (lines[i]!.contentEnd > lines[i]!.contentStart) nonBlank.push(lines[i]!.index);
  // Table borders with no table beside them: the cells were lost when the page was copied.
  const contentOf = (k: number | undefined) => (k === undefined ? "" : text.slice(lines[k]!.contentStart, lines[k]!.contentEnd));
  for (let j = 0; j < nonBlank.length; j++) {
    const content = contentOf(nonBlank[j]);
    if (content.length > 200 || !BORDERS.test(content) || (content.match(BORDER_POSTS)?.length ?? 0) < 3) continue;
    if (MARKDOWN_RULE.test(content)) continue;
    if (TABLE_ROW.test(contentOf(nonBlank[j - 1])) || TABLE_ROW.test(contentOf(nonBlank[j + 1]))) continue;
    lineKinds[nonBlank[j]!] = "table-residue";
  }
  const strongOrWeak = (k: number | undefined) => k !== undefined && lineKinds[k] !== null;
  for (let j = 0; j < nonBlank.length; j++) {
    const i = nonBlank[j]!;
    if (!weak.has(i)) continue;
    const edge = j === 0 || j === nonBlank.length - 1;
    if (!edge && !strongOrWeak(nonBlank[j - 1]) && !strongOrWeak(nonBlank[j + 1])) lineKinds[i] = null;
  }

  const spans: ChromeSpan[] = objectList();
  const add = (kind: ChromeKind, start: number, end: number) => {
    if (end > start) spans.push({ kind, span: [start, end], text: text.slice(start, end) });
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const kind = lineKinds[line.index];
    if (kind) {
      add(kind, line.contentStart, line.contentEnd);
      continue;
    }
    if (line.contentEnd === line.contentStart) continue;
    const content = text.slice(line.contentStart, line.contentEnd);
    if (!ANY_INLINE_HINT.test(content)) continue;
    const base = line.contentStart;
    const found: [ChromeKind, number, number][] = objectList();
    if (INLINE_HINT.test(content)) for (const m of content.matchAll(INLINE)) found.push([INLINE_KIND(m[0]), base + m.index, base + m.index + m[0].length]);
    if (BLURB_HINT.test(content)) for (const m of content.matchAll(BLURB)) found.push(["editor-blurb", base + m.index, base + m.index + m[0].length]);
    const slogan = SLOGAN_HINT.test(content) ? SLOGAN.exec(content) : null;
    if (slogan) {
      const lead = /^[ \u3000\u00a0\t]*/u.exec(slogan[0])![0].length;
      const from = slogan.index + lead;
      const cited = content.slice(0, slogan.index).trimEnd().at(-1) ?? "";
      const name = /^[^\s]*?(?=[ \u3000\u00a0]*(?:https?:|www\.|[A-Za-z0-9-]+\.[A-Za-z]))/iu.exec(content.slice(from))?.[0] ?? "";
      // A government address after a space may be cited (政务服务网 www.hnzwfw.gov.cn); after a full stop it is not.
      const official = /\.gov|\.org|\.edu/iu.test(slogan[0]);
      if (from > 0 && !/[:：]/u.test(cited) && !CITES_URL.has(name.at(-1) ?? cited) && (!official || /[。！？!?]/u.test(cited))) {
        found.push(["site-slogan", base + from, base + content.trimEnd().length]);
      }
    }
    if (content.length <= MAX_LABEL_LINE) {
      for (const m of content.matchAll(TRAILING_FIELDS)) {
        const lead = /^[ \u3000\u00a0\t]+/u.exec(m[0])?.[0].length ?? 0;
        const from = m.index + lead;
        const rest = content.slice(from);
        if (from > 0 && rest.length <= 80 && !/[。，；]/u.test(rest)) {
          found.push(["source-line", base + from, line.contentEnd]);
          break;
        }
      }
    }
    for (const m of content.matchAll(URL)) {
      const before = content.charCodeAt(m.index - 1);
      const after = content.charCodeAt(m.index + m[0].length);
      // Only a URL glued inside Chinese text (a mirror site's injection) is furniture; a cited one is not.
      if (isHan(before) && isHan(after) && !CITES_URL.has(content[m.index - 1]!)) {
        found.push(["url", base + m.index, base + m.index + m[0].length]);
      }
    }
    found.sort((a, b) => a[1] - b[1]);
    let reach = -1;
    for (const [k, s, e] of found) {
      if (s < reach) continue;
      add(k, s, e);
      reach = e;
    }
  }
  return { spans, lineKinds };
}

/**
 * The lines with trailing furniture cut off their content ("…的报告 发布时间:2025-03-25" ends
 * before 发布时间), so titles, headings and clauses never include it. Whole furniture lines and
 * lines without trailing furniture are returned unchanged.
 */
export function withoutTrailingChrome(text: string, lines: readonly Line[], chrome: ChromeResult): readonly Line[] {
  // Copied only when some line changes: most texts have no trailing furniture.
  let copy: Line[] | null = null;
  const spans = chrome.spans;
  let k = spans.length - 1;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (chrome.lineKinds[i]) continue;
    while (k >= 0 && spans[k]!.span[0] >= line.end) k--;
    let end = line.contentEnd;
    while (k >= 0 && spans[k]!.span[0] >= line.contentStart && spans[k]!.span[1] >= end) {
      end = spans[k]!.span[0];
      while (end > line.contentStart && isSpace(text.charCodeAt(end - 1))) end--;
      k--;
    }
    if (end !== line.contentEnd) {
      copy ??= lines.slice();
      // Field by field, as splitLines builds a line: a spread copy may get another hidden class.
      copy[i] = { index: line.index, start: line.start, end: line.end, contentStart: line.contentStart, contentEnd: end };
    }
  }
  return copy ?? lines;
}
