/**
 * Markdown syntax masked with spaces, so that rules see the prose only while every offset, line and
 * column stays that of the original file (fixes are applied to the original text).
 *
 * A small line-based masker rather than a full CommonMark parser: reports written in Markdown use a
 * handful of constructs, and masking must never move a character, which a masker guarantees by
 * construction (it only ever turns a character into a space, line ends are never touched).
 *
 * Masked: ATX heading markers (`## `, closing `##`), setext underlines and thematic breaks, block
 * quote markers, bullet list markers (`- `, `* `, `+ `), code fences and their content, HTML
 * comments and tags, emphasis delimiters (`**`, `__`, `*`, `_`, `~~`), inline code backticks, link
 * and image syntax (the link text stays, the URL goes; an image goes whole), link reference
 * definitions, backslashes of escapes.
 *
 * Kept on purpose: ordered list numbers (`1. 标题`), because Chinese reports number their headings
 * that way and heading-sequence must see the numbers; pipe tables (`|` and the delimiter row), which
 * the parser reads as tables; the text inside inline code.
 */
export function maskMarkdown(text: string): string {
  const out = text.split("");
  const blank = (from: number, to: number): void => {
    for (let i = from; i < to; i++) if (out[i] !== "\n" && out[i] !== "\r") out[i] = " ";
  };
  maskHtmlComments(text, blank);
  const lines = lineSpans(text);
  let fence: { char: string; length: number } | undefined;
  let previousProse = false;
  for (const { start, end } of lines) {
    const line = out.slice(start, end).join("");
    if (fence !== undefined) {
      blank(start, end);
      const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line);
      if (close?.[1] !== undefined && close[1][0] === fence.char && close[1].length >= fence.length) fence = undefined;
      previousProse = false;
      continue;
    }
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (open?.[1] !== undefined && !(open[1][0] === "`" && line.slice(open[0].length).includes("`"))) {
      fence = { char: open[1][0] ?? "`", length: open[1].length };
      blank(start, end);
      previousProse = false;
      continue;
    }
    if (line.trim() === "") {
      previousProse = false;
      continue;
    }
    // Thematic breaks and setext underlines (`===` / `---` under a paragraph) carry no prose.
    if (/^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/.test(line) || (previousProse && /^ {0,3}=+[ \t]*$/.test(line))) {
      blank(start, end);
      previousProse = false;
      continue;
    }
    if (/^ {0,3}\[[^\]]+\]:[ \t]*\S/.test(line)) {
      blank(start, end);
      previousProse = false;
      continue;
    }
    const at = start + maskBlockMarkers(line, (from, to) => blank(start + from, start + to));
    maskInline(out.slice(at, end).join(""), (from, to) => blank(at + from, at + to));
    previousProse = true;
  }
  return out.join("");
}

function lineSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const re = /\r\n|\r|\n/g;
  let start = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    spans.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  spans.push({ start, end: text.length });
  return spans;
}

function maskHtmlComments(text: string, blank: (from: number, to: number) => void): void {
  const re = /<!--[\s\S]*?(?:-->|$)/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    blank(m.index, m.index + m[0].length);
    if (m[0].length === 0) re.lastIndex++;
  }
}

/** Masks the block quote, heading and bullet markers at the start of a line; returns where the content starts. */
function maskBlockMarkers(line: string, blank: (from: number, to: number) => void): number {
  let at = 0;
  for (;;) {
    const quote = /^ {0,3}>[ \t]?/.exec(line.slice(at));
    if (quote === null) break;
    blank(at, at + quote[0].length);
    at += quote[0].length;
  }
  const rest = line.slice(at);
  const heading = /^ {0,3}#{1,6}(?:[ \t]+|$)/.exec(rest);
  if (heading !== null) {
    blank(at, at + heading[0].length);
    const closing = /[ \t]+#+[ \t]*$/.exec(rest);
    if (closing !== null && closing.index >= heading[0].length) blank(at + closing.index, line.length);
    return at + heading[0].length;
  }
  const bullet = /^[ \t]*[-*+][ \t]+(?:\[[ xX]\][ \t]+)?/.exec(rest);
  if (bullet !== null) {
    blank(at, at + bullet[0].length);
    return at + bullet[0].length;
  }
  return at;
}

/** Masks inline syntax of one line's content. */
function maskInline(content: string, blank: (from: number, to: number) => void): void {
  // Work on a copy in which masked and protected characters can no longer start another construct.
  const work = content.split("");
  const hide = (from: number, to: number): void => {
    blank(from, to);
    for (let i = from; i < to; i++) work[i] = " ";
  };
  // A private-use character marks text that no other construct may start in (escaped, inside code).
  const protect = (from: number, to: number): void => {
    for (let i = from; i < to; i++) work[i] = "\uE000";
  };
  const each = (re: RegExp, f: (m: RegExpExecArray) => void): void => {
    const s = work.join("");
    for (let m = re.exec(s); m !== null; m = re.exec(s)) f(m);
  };
  // Escapes first: `\*` is a literal star, its backslash goes.
  each(/\\([!-/:-@[-`{-~])/g, (m) => {
    hide(m.index, m.index + 1);
    protect(m.index + 1, m.index + 2);
  });
  // Inline code: backticks go, the text inside stays and is not read as markdown.
  each(/(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g, (m) => {
    const ticks = m[1]?.length ?? 1;
    hide(m.index, m.index + ticks);
    hide(m.index + m[0].length - ticks, m.index + m[0].length);
    protect(m.index + ticks, m.index + m[0].length - ticks);
  });
  // Images go whole; links keep their text. No bracket inside the text, parentheses in the address nest once (as
  // CommonMark's balanced ones do in practice): linear time.
  each(/!\[[^[\]\uE000]*\]\([^()\uE000]*\)/g, (m) => hide(m.index, m.index + m[0].length));
  each(/\[([^[\]\uE000]+)\](\((?:[^()\uE000]|\([^()\uE000]*\))*\)|\[[^[\]\uE000]*\])/g, (m) => {
    const textEnd = m.index + 1 + (m[1]?.length ?? 0);
    hide(m.index, m.index + 1);
    hide(textEnd, m.index + m[0].length);
  });
  each(/<(?:https?:\/\/|mailto:)[^<>\s\uE000]+>/g, (m) => {
    hide(m.index, m.index + 1);
    hide(m.index + m[0].length - 1, m.index + m[0].length);
  });
  each(/<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\uE000]*)?\/?>/g, (m) => hide(m.index, m.index + m[0].length));
  // Emphasis: delimiters that open before non-space and close after non-space on the same line.
  // The emphasised text holds no delimiter character, so no opener scans past the next one (linear time).
  for (const re of [/\*\*(?=[^\s*])[^*\uE000]*?[^\s*\\]\*\*/g, /__(?=[^\s_])[^_\uE000]*?[^\s_\\]__/g, /~~(?=[^\s~])[^~\uE000]*?[^\s~\\]~~/g]) {
    each(re, (m) => {
      hide(m.index, m.index + 2);
      hide(m.index + m[0].length - 2, m.index + m[0].length);
    });
  }
  each(/(?<![\p{N}*])\*(?=[^\s*])([^*\uE000]*?[^\s*\\])\*(?!\*)/gu, (m) => {
    hide(m.index, m.index + 1);
    hide(m.index + m[0].length - 1, m.index + m[0].length);
  });
  each(/(?<![A-Za-z0-9_])_(?=[^\s_])([^_\uE000]*?[^\s_\\])_(?![A-Za-z0-9_])/g, (m) => {
    hide(m.index, m.index + 1);
    hide(m.index + m[0].length - 1, m.index + m[0].length);
  });
}
