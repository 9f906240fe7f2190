import { BLOCKS, type HtmlElement, type HtmlNode } from "./dom.js";

/** Counts of an element's text, links included and apart. */
interface TextStats {
  /** Non-space characters. */
  chars: number;
  /** Han characters. */
  han: number;
  /** Of those, inside links. */
  linkChars: number;
  linkHan: number;
  links: number;
}

/** What the page's reading comes from: the article root and the page chrome left out. */
export interface ArticleChoice {
  /** The element whose text is the report. */
  readonly root: HtmlElement;
  /** How the root was found: a content marker, the text density, or the whole body. */
  readonly how: "marker" | "density" | "body";
  /** Navigation and widgets left out (top-most elements; nothing inside them is read). */
  readonly chrome: ReadonlySet<HtmlElement>;
  /** The report's title when the page shows it above the article rather than in it. */
  readonly title?: HtmlElement;
}

function isHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
}

function isSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x3000;
}

const EMPTY: TextStats = { chars: 0, han: 0, linkChars: 0, linkHan: 0, links: 0 };

function statsOf(node: HtmlNode, cache: Map<HtmlElement, TextStats>, inLink = false): TextStats {
  if (node.kind === "text") {
    let chars = 0;
    let han = 0;
    for (let i = 0; i < node.text.length; i++) {
      const code = node.text.charCodeAt(i);
      if (isSpace(code)) continue;
      chars++;
      if (isHan(code)) han++;
    }
    return inLink ? { chars, han, linkChars: chars, linkHan: han, links: 0 } : { ...EMPTY, chars, han };
  }
  const cached = cache.get(node);
  if (cached !== undefined) return cached;
  const link = inLink || (node.name === "a" && "href" in node.attribs);
  const total = { ...EMPTY, links: node.name === "a" && "href" in node.attribs ? 1 : 0 };
  for (const child of node.children) {
    const s = statsOf(child, cache, link);
    total.chars += s.chars;
    total.han += s.han;
    total.linkChars += s.linkChars;
    total.linkHan += s.linkHan;
    total.links += s.links;
  }
  // Stats below a link depend on it, so only link-free roots are cached.
  if (!inLink) cache.set(node, total);
  return total;
}

function classTokens(element: HtmlElement): string[] {
  return `${element.attribs.id ?? ""} ${element.attribs.class ?? ""}`.toLowerCase().split(/\s+/).filter(Boolean);
}

// id/class words of government page chrome: menus, breadcrumbs (当前位置 is "position"/"dqwz"),
// share and print widgets, font-size switches, related links (相关文章 xgwz, 友情链接 yqlj), footers.
const CHROME_WORD =
  /(?:^|[-_])(?:nav|navbar|navi|menu|menus|submenu|breadcrumbs?|crumbs?|position|location|dqwz|share|bdshare|bdsharebuttonbox|fenxiang|print|dayin|fontsize|zihao|toolbar|tools|header|top|topbar|footer|foot|bottom|copyright|banquan|sidebar|side|related|xgwz|xglj|yqlj|friendlink|links|pager|pagination|prevnext|qrcode|ewm|search|login)(?:$|[-_\d])/;
// Content containers of common government CMSs (TRS, 博思, 政府信息公开 templates) and of HTML5.
const CONTENT_WORD = /content|article|zoom|trs_editor|custom_unionstyle|view|detail|zhengwen|artibody|maintext|main-text|pages_con|xxgk_con|news_con|info_con/;
// Widget and footer wording, looked for in short blocks only.
const CHROME_TEXT =
  /分享到|打印本页|[【[]\s*打印\s*[】\]]|关闭窗口|[【[]\s*关闭\s*[】\]]|[【[]?\s*字[号体]\s*[:：]|上一篇|下一篇|当前位置\s*[:：]|您(?:现在)?的位置|网站标识码|ICP\s*备|公网安备|版权所有|扫一扫|相关链接\s*[:：]?$|相关文章\s*[:：]?$/;
const SHORT_BLOCK = 120;

const squeeze = (s: string) => s.replace(/\s+/g, "");

function textOf(node: HtmlNode): string {
  return node.kind === "text" ? node.text : node.children.map(textOf).join("");
}

function hasAncestor(element: HtmlElement, names: readonly string[]): boolean {
  for (let e = element.parent; e !== undefined; e = e.parent) if (names.includes(e.name)) return true;
  return false;
}

// Paragraphs of an article are the author's: chrome-like wording there is left to the web-boilerplate rule.
const AUTHORED = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6"]);

function containsBlock(element: HtmlElement): boolean {
  return element.children.some((c) => c.kind === "element" && (BLOCKS.has(c.name) || containsBlock(c)));
}

/** True when an element is navigation or a page widget rather than report text. */
function isChrome(element: HtmlElement, stats: TextStats, page: TextStats, inContent: boolean): boolean {
  // The bulk of the page's text is never chrome, whatever its container is called.
  if (page.han > 200 && stats.han - stats.linkHan > (page.han - page.linkHan) / 2) return false;
  const name = element.name;
  if (name === "nav" || name === "aside" || name === "menu") return true;
  if ((name === "header" || name === "footer") && !hasAncestor(element, ["article", "main"])) return true;
  if (classTokens(element).some((t) => CHROME_WORD.test(t) && !CONTENT_WORD.test(t))) return true;
  // Wording is judged in blocks of a line or less: a container holding such a block is not chrome.
  const authored = inContent && AUTHORED.has(name);
  if (stats.chars > 0 && stats.chars <= SHORT_BLOCK && !authored && !containsBlock(element) && CHROME_TEXT.test(squeeze(textOf(element)))) return true;
  // Menus and link lists: mostly link text.
  return stats.links >= 3 && stats.linkChars >= stats.chars * 0.6;
}

function markChrome(element: HtmlElement, cache: Map<HtmlElement, TextStats>, page: TextStats, chrome: Set<HtmlElement>, inContent: boolean): void {
  for (const child of element.children) {
    if (child.kind !== "element") continue;
    if (isChrome(child, statsOf(child, cache), page, inContent)) chrome.add(child);
    else markChrome(child, cache, page, chrome, inContent || isContentMarked(child));
  }
}

/** Stats of an element without its chrome. */
function keptStats(element: HtmlElement, cache: Map<HtmlElement, TextStats>, chrome: ReadonlySet<HtmlElement>, kept: Map<HtmlElement, TextStats>): TextStats {
  const known = kept.get(element);
  if (known !== undefined) return known;
  const total = { ...EMPTY };
  for (const child of element.children) {
    if (child.kind === "element" && chrome.has(child)) continue;
    const s = child.kind === "text" ? statsOf(child, cache) : child.name === "a" ? statsOf(child, cache) : keptStats(child, cache, chrome, kept);
    total.chars += s.chars;
    total.han += s.han;
    total.linkChars += s.linkChars;
    total.linkHan += s.linkHan;
    total.links += s.links;
  }
  kept.set(element, total);
  return total;
}

function* elements(element: HtmlElement, chrome: ReadonlySet<HtmlElement>): Generator<HtmlElement> {
  for (const child of element.children) {
    if (child.kind !== "element" || chrome.has(child)) continue;
    yield child;
    yield* elements(child, chrome);
  }
}

function isContentMarked(element: HtmlElement): boolean {
  if (element.name === "article" || element.name === "main") return true;
  const role = element.attribs.role ?? "";
  if (role === "main" || role === "article" || element.attribs.itemprop === "articleBody") return true;
  return classTokens(element).some((t) => CONTENT_WORD.test(t));
}

/** Han text outside links, less the Han text of links: what a block offers as prose. */
function prose(s: TextStats): number {
  return s.han - 2 * s.linkHan;
}

/**
 * The densest block: the deepest element holding most (80%) of the page's prose, so an article
 * split over sibling blocks is kept whole; then its parent while that adds only a little prose and
 * few links (a title or date line next to the body text).
 */
function densest(body: HtmlElement, stats: (e: HtmlElement) => TextStats, chrome: ReadonlySet<HtmlElement>): HtmlElement {
  const total = prose(stats(body));
  let best = body;
  for (let found = true; found; ) {
    found = false;
    for (const child of best.children) {
      if (child.kind !== "element" || chrome.has(child) || prose(stats(child)) < total * 0.8) continue;
      best = child;
      found = true;
      break;
    }
  }
  for (let parent = best.parent; best !== body && parent !== undefined; parent = parent.parent) {
    const inner = stats(best);
    const outer = stats(parent);
    const extra = outer.han - outer.linkHan - (inner.han - inner.linkHan);
    if (extra > (inner.han - inner.linkHan) / 4 || outer.linkHan - inner.linkHan > extra) break;
    best = parent;
  }
  return best;
}

const TITLE_WORD = /title|biaoti|(?:^|[-_])bt(?:$|[-_\d])/;

function isTitleLike(element: HtmlElement): boolean {
  return /^h[1-3]$/.test(element.name) || classTokens(element).some((t) => TITLE_WORD.test(t) && !/sub|small|list/.test(t));
}

/** The last title-like element (h1–h3, id/class "title") in document order under `element`. */
function lastTitleIn(element: HtmlElement, chrome: ReadonlySet<HtmlElement>): HtmlElement | undefined {
  if (chrome.has(element)) return undefined;
  for (let i = element.children.length - 1; i >= 0; i--) {
    const child = element.children[i]!;
    if (child.kind !== "element") continue;
    const inner = lastTitleIn(child, chrome);
    if (inner !== undefined) return inner;
  }
  return isTitleLike(element) ? element : undefined;
}

/**
 * The report's title when a page shows it above the article (an `<h1>` or a `.title` cell before the
 * `#zoom` body): the nearest title-like element before the article, within three levels of
 * ancestors, holding a short line with Han text that the article's opening does not already repeat.
 */
function titleAbove(root: HtmlElement, body: HtmlElement, chrome: ReadonlySet<HtmlElement>): HtmlElement | undefined {
  let child = root;
  for (let level = 0; level < 3 && child !== body && child.parent !== undefined; level++) {
    const parent: HtmlElement = child.parent;
    for (let i = parent.children.indexOf(child) - 1; i >= 0; i--) {
      const before = parent.children[i]!;
      if (before.kind !== "element") continue;
      const title = lastTitleIn(before, chrome);
      if (title === undefined) continue;
      const text = squeeze(textOf(title));
      const han = [...text].filter((ch) => isHan(ch.charCodeAt(0))).length;
      if (han < 4 || text.length > 100) return undefined;
      return squeeze(textOf(root)).slice(0, 200).includes(text) ? undefined : title;
    }
    child = parent;
  }
  return undefined;
}

/**
 * Finds the report in a page: the element a content marker names (article, main, #zoom,
 * .TRS_Editor, .xxgk_content…) with the most text outside links, else the densest block of Han text,
 * else the whole body; navigation, menus, breadcrumbs, share/print widgets, related links and
 * footers are left out wherever they are.
 */
export function chooseArticle(body: HtmlElement): ArticleChoice {
  const cache = new Map<HtmlElement, TextStats>();
  const page = statsOf(body, cache);
  const chrome = new Set<HtmlElement>();
  markChrome(body, cache, page, chrome, false);
  const kept = new Map<HtmlElement, TextStats>();
  const stats = (e: HtmlElement) => keptStats(e, cache, chrome, kept);
  const bodyStats = stats(body);
  const bodyScore = prose(bodyStats);

  let marked: HtmlElement | undefined;
  let markedScore = Math.max(10, bodyScore / 4);
  for (const element of elements(body, chrome)) {
    if (!isContentMarked(element)) continue;
    const score = prose(stats(element));
    // Ties go to the outer element (met first), which keeps a title beside the body text.
    if (score > markedScore) [marked, markedScore] = [element, score];
  }
  const found = (root: HtmlElement, how: ArticleChoice["how"]): ArticleChoice => {
    const title = titleAbove(root, body, chrome);
    return title === undefined ? { root, how, chrome } : { root, how, chrome, title };
  };
  if (marked !== undefined) return found(marked, "marker");
  const dense = densest(body, stats, chrome);
  if (dense !== body) return found(dense, "density");
  return { root: body, how: "body", chrome };
}
