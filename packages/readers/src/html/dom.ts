import { Parser } from "htmlparser2";

/** A run of text as the parser gave it, with where it starts in the decoded page. */
export interface HtmlText {
  readonly kind: "text";
  readonly text: string;
  /** Offset in the page source of the run's first character (of the entity, for a decoded entity). */
  readonly start: number;
  /** The text is copied from the page unchanged (false for a decoded entity). */
  readonly verbatim: boolean;
}

/** An element kept for reading; skipped elements never enter the tree. */
export interface HtmlElement {
  readonly kind: "element";
  readonly name: string;
  readonly attribs: Readonly<Record<string, string>>;
  readonly children: HtmlNode[];
  /** Offset of the element's `<` in the page source. */
  readonly start: number;
  readonly parent: HtmlElement | undefined;
}

export type HtmlNode = HtmlText | HtmlElement;

/** The parsed page: the root holds everything kept; `frameset` tells a page made of frames. */
export interface HtmlDocument {
  readonly root: HtmlElement;
  readonly body: HtmlElement | undefined;
  readonly frameset: boolean;
  /** Set when the page nests elements deeper than this limit: nothing of it was read. */
  readonly tooDeep?: number;
}

// Elements that start and end a line of text.
export const BLOCKS = new Set([
  "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dir", "div", "dl", "dt",
  "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
  "html", "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot",
  "td", "th", "thead", "tr", "ul",
]);

// Never text of the report: code, styles, embedded documents, the head, form controls.
const SKIPPED = new Set([
  "script", "style", "noscript", "template", "iframe", "frame", "frameset", "noframes", "object", "embed", "applet",
  "svg", "math", "canvas", "audio", "video", "head", "title", "select", "option", "textarea", "button", "input", "dialog",
]);

// Real pages nest a few dozen elements deep. The parser's cost grows with the depth of each tag
// (its stack is shifted), and the passes after it recurse: a page nested deeper is refused.
const MAX_OPEN = 1000;

class TooDeep extends Error {}

function hidden(attribs: Readonly<Record<string, string>>): boolean {
  if ("hidden" in attribs) return true;
  const style = (attribs.style ?? "").toLowerCase().replace(/\s+/g, "");
  return style.includes("display:none") || style.includes("visibility:hidden");
}

/**
 * Parses a page into a small tree of the elements and text that can be read, with source offsets.
 * Nothing is executed or fetched: htmlparser2 only tokenizes. Comments, CDATA and processing
 * instructions are ignored; skipped and hidden elements are left out with everything inside them.
 */
export function parseHtml(source: string): HtmlDocument {
  const root: HtmlElement = { kind: "element", name: "#root", attribs: {}, children: [], start: 0, parent: undefined };
  let current = root;
  let body: HtmlElement | undefined;
  let frameset = false;
  // Depth inside a skipped element; the parser reports every open tag with a matching close.
  let skipping = 0;
  // Elements open at once, skipped ones included (the parser's own stack).
  let open = 0;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (++open > MAX_OPEN) throw new TooDeep();
        if (name === "frameset") frameset = true;
        if (skipping > 0 || SKIPPED.has(name) || hidden(attribs)) {
          skipping++;
          return;
        }
        const element: HtmlElement = { kind: "element", name, attribs, children: [], start: parser.startIndex, parent: current };
        current.children.push(element);
        current = element;
        if (name === "body" && body === undefined) body = element;
      },
      onclosetag() {
        open--;
        if (skipping > 0) skipping--;
        else if (current.parent !== undefined) current = current.parent;
      },
      ontext(text) {
        if (skipping > 0) return;
        const start = parser.startIndex;
        current.children.push({ kind: "text", text, start, verbatim: source.startsWith(text, start) });
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  try {
    parser.end(source);
  } catch (error) {
    if (error instanceof TooDeep) return { root, body: undefined, frameset, tooDeep: MAX_OPEN };
    throw error;
  }
  return { root, body, frameset };
}
