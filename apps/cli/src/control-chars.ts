// Report text and file names are printed to terminals and CI logs, where an ESC, BEL or C1 character
// (\x1b]0;title\x07, U+009B) would be obeyed instead of shown. Everything the CLI prints from a
// report or a file name goes through here first.

// C0 controls but tab (and line feed), DEL, and the C1 controls: matching them is the point here.
/* eslint-disable no-control-regex */
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/gu;
const CONTROL_BUT_LINE_FEED = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/gu;
/* eslint-enable no-control-regex */

/** True for a C0 control, DEL or a C1 control. */
export function isControl(cp: number): boolean {
  return cp < 0x20 || (cp >= 0x7f && cp <= 0x9f);
}

/**
 * How a control character is shown: the Control Pictures block for C0 and DEL (␛, ␇, ␊, ␡), the
 * code point for C1 controls (<U+009B>), which have no pictures.
 */
export function controlPicture(cp: number): string {
  if (cp < 0x20) return String.fromCodePoint(0x2400 + cp);
  if (cp === 0x7f) return "\u2421";
  return codePointLabel(cp);
}

/** <U+XXXX>: how characters without a picture are shown. */
export function codePointLabel(cp: number): string {
  return `<U+${cp.toString(16).toUpperCase().padStart(4, "0")}>`;
}

/**
 * The text with every control character but tab shown as a visible picture; line feeds are kept
 * when `keepLineFeeds` is set (for formats where a finding may span lines), else shown as ␊ so the
 * text stays on one line.
 */
export function showControls(text: string, keepLineFeeds = false): string {
  return text.replace(keepLineFeeds ? CONTROL_BUT_LINE_FEED : CONTROL, (c) => controlPicture(c.codePointAt(0)!));
}

/**
 * JSON text with C1 controls (and DEL) escaped as \u00XX: JSON.stringify escapes C0 controls but
 * writes C1 controls raw, and some terminals obey U+009B as CSI. The value parses back the same.
 */
export function escapeC1InJson(json: string): string {
  return json.replace(/[\u007f-\u009f]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
