import { decodeText, type DecodeResult } from "../decode.js";
import { readError } from "../read-error.js";

// Labels (WHATWG Encoding) that TextDecoder reads as GB18030, a superset of GBK and GB2312.
const GB_LABELS = new Set(["gb18030", "gbk", "gb2312", "x-gbk", "chinese", "csgb2312", "csiso58gb231280", "gb_2312", "gb_2312-80", "iso-ir-58", "cp936", "windows-936", "ms936"]);
const UTF8_LABELS = new Set(["utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8"]);
// UTF-16 pages carry a byte order mark, which decodeText reads before any declaration.
const UTF16_LABELS = new Set(["utf-16", "utf-16le", "utf-16be", "unicode", "ucs-2"]);

/**
 * The charset a page declares in its first 1024 bytes, as browsers look for it: `<meta charset=…>`
 * or `<meta http-equiv="Content-Type" content="text/html; charset=…">`. Lower case, or undefined.
 */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  let head = "";
  for (let i = 0; i < Math.min(bytes.length, 1024); i++) head += String.fromCharCode(bytes[i]!);
  for (const meta of head.matchAll(/<meta\b[^>]*>/gi)) {
    const charset = /charset\s*=\s*["']?\s*([-\w:.]+)/i.exec(meta[0]);
    if (charset?.[1] !== undefined) return charset[1].toLowerCase();
  }
  return undefined;
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b >= 0x80) return true;
  return false;
}

/**
 * Decodes an HTML page: a byte order mark first, then the declared charset, else UTF-8, else
 * GB18030 (government sites are often GBK). A page declared GBK whose bytes are valid UTF-8 with
 * non-ASCII text is read as UTF-8: GBK-encoded Chinese is practically never valid UTF-8, while pages
 * re-saved as UTF-8 often keep their old declaration.
 */
export function decodeHtml(bytes: Uint8Array): DecodeResult {
  const detected = decodeText(bytes);
  if (!detected.ok && detected.error.code === "binary") return detected;
  const hasBom = (detected.ok && detected.value.bom) || (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf);
  const declared = hasBom ? undefined : declaredCharset(bytes);
  if (declared === undefined || UTF8_LABELS.has(declared) || UTF16_LABELS.has(declared)) return detected;
  if (GB_LABELS.has(declared)) {
    if (detected.ok && detected.value.encoding === "utf-8" && hasNonAscii(bytes)) return detected;
    try {
      const text = new TextDecoder("gb18030", { fatal: true }).decode(bytes);
      return { ok: true, value: { text, encoding: "gb18030", bom: false } };
    } catch {
      return detected;
    }
  }
  // Another charset (Big5, Latin-1…): valid UTF-8 or Chinese GB18030 text is still read as such.
  if (detected.ok) return detected;
  return { ok: false, error: readError("undecodable", `the page declares charset "${declared}", which is not read here; save it as UTF-8`) };
}
