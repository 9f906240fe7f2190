import { readError, type ReadError } from "./read-error.js";

/** Encodings this package reads and writes. */
export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "gb18030";

/** Decoded text with how it was stored, so fixes can be written back the same way. */
export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncodingName;
  /** The file started with a byte order mark (not part of `text`). */
  readonly bom: boolean;
}

/** The outcome of decoding: the text, or why there is none. */
export type DecodeResult = { readonly ok: true; readonly value: DecodedText } | { readonly ok: false; readonly error: ReadError };

const BINARY = "binary file, not a text report";

// Signatures of binary formats that reports are often (mis)saved in, for a more useful message.
const MAGIC: readonly (readonly [readonly number[], string])[] = [
  [[0x25, 0x50, 0x44, 0x46, 0x2d], "a PDF document"],
  [[0x50, 0x4b, 0x03, 0x04], "a zip archive, e.g. a .docx document"],
  [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], "an old Office document (.doc/.wps/.xls)"],
  [[0x89, 0x50, 0x4e, 0x47], "a PNG image"],
  [[0xff, 0xd8, 0xff], "a JPEG image"],
  [[0x47, 0x49, 0x46, 0x38], "a GIF image"],
  [[0x52, 0x61, 0x72, 0x21], "a RAR archive"],
  [[0x37, 0x7a, 0xbc, 0xaf], "a 7z archive"],
  [[0x1f, 0x8b], "a gzip archive"],
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
}

function ok(text: string, encoding: TextEncodingName, bom: boolean): DecodeResult {
  return { ok: true, value: { text, encoding, bom } };
}

function fail(error: ReadError): DecodeResult {
  return { ok: false, error };
}

function tryDecode(label: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** C0 controls other than tab, LF, VT, FF, CR; DEL; a trailing DOS end-of-file mark is allowed. */
function isControl(code: number): boolean {
  return (code < 0x20 && code !== 9 && code !== 10 && code !== 11 && code !== 12 && code !== 13) || code === 0x7f;
}

/** True when control characters are too frequent for a text report (any NUL, or more than 1%). */
function tooManyControls(count: number, length: number, nul: boolean): boolean {
  return nul || (count > length / 100 && (count >= 3 || count * 4 > length));
}

function controlsInText(text: string): { count: number; nul: boolean } {
  let count = 0;
  let nul = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) nul = true;
    if (isControl(c) && !(c === 0x1a && i === text.length - 1)) count++;
  }
  return { count, nul };
}

function checkDecodedText(text: string, encoding: TextEncodingName, bom: boolean): DecodeResult {
  const { count, nul } = controlsInText(text);
  return tooManyControls(count, text.length, nul) ? fail(readError("binary", BINARY)) : ok(text, encoding, bom);
}

/** Offset of the first byte that is not part of a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/**
 * Share of the non-ASCII characters that Chinese text uses (hanzi, CJK and full-width punctuation,
 * quotes, circled numbers); `emptyShare` when there are none.
 */
function chineseShare(text: string, emptyShare = 1): number {
  let nonAscii = 0;
  let chinese = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) continue;
    nonAscii++;
    if (
      (c >= 0x4e00 && c <= 0x9fff) ||
      (c >= 0x3400 && c <= 0x4dbf) ||
      (c >= 0x20000 && c <= 0x3134f) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0x2e80 && c <= 0x2fdf) ||
      (c >= 0x3100 && c <= 0x33ff) ||
      c === 0x20ac ||
      (c >= 0x3000 && c <= 0x303f) ||
      (c >= 0xff00 && c <= 0xffef) ||
      (c >= 0x2010 && c <= 0x203b) ||
      (c >= 0x2160 && c <= 0x217f) ||
      (c >= 0x2460 && c <= 0x24ff) ||
      (c >= 0x2500 && c <= 0x257f) ||
      c === 0xb7 ||
      c === 0xd7 ||
      c === 0xf7 ||
      c === 0xb0
    ) {
      chinese++;
    }
  }
  return nonAscii === 0 ? emptyShare : chinese / nonAscii;
}

/**
 * Reads BOM-less UTF-16 (which some Windows tools write): both byte orders are tried and the one
 * that gives clean, mostly Chinese text wins. A zero byte in other data means binary.
 */
function decodeUtf16WithoutBom(bytes: Uint8Array): DecodeResult | undefined {
  if (bytes.length % 2 !== 0) return undefined;
  let best: { text: string; encoding: TextEncodingName; share: number } | undefined;
  for (const encoding of ["utf-16le", "utf-16be"] as const) {
    const text = tryDecode(encoding, bytes);
    if (text === undefined) continue;
    const { count, nul } = controlsInText(text);
    if (tooManyControls(count, text.length, nul)) continue;
    const share = chineseShare(text, 0);
    if (share >= 0.8 && (!best || share > best.share)) best = { text, encoding, share };
  }
  return best && ok(best.text, best.encoding, false);
}

/**
 * Decodes the bytes of a text file: by byte order mark first (UTF-8, UTF-16LE, UTF-16BE; the BOM is
 * not part of the text), else strict UTF-8, else GB18030 (which also reads GBK and GB2312) when the
 * result looks like Chinese. Binary data is refused. Line ends are kept exactly as in the file.
 */
export function decodeText(bytes: Uint8Array): DecodeResult {
  if (startsWith(bytes, [0xff, 0xfe, 0, 0]) || startsWith(bytes, [0, 0, 0xfe, 0xff])) {
    return fail(readError("undecodable", "UTF-32 text is not supported; save the file as UTF-8"));
  }
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const body = bytes.subarray(3);
    const text = tryDecode("utf-8", body);
    if (text === undefined) {
      const at = firstInvalidUtf8(body) + 3;
      return fail(readError("undecodable", `cannot decode: the file starts with a UTF-8 byte order mark but byte ${at} is not valid UTF-8`));
    }
    return checkDecodedText(text, "utf-8", true);
  }
  for (const [bom, encoding] of [
    [[0xff, 0xfe], "utf-16le"],
    [[0xfe, 0xff], "utf-16be"],
  ] as const) {
    if (!startsWith(bytes, bom)) continue;
    const text = bytes.length % 2 === 0 ? tryDecode(encoding, bytes.subarray(2)) : undefined;
    if (text === undefined) {
      return fail(readError("undecodable", `cannot decode: the file has a ${encoding.toUpperCase()} byte order mark but is not valid ${encoding.toUpperCase()}`));
    }
    return checkDecodedText(text, encoding, true);
  }

  for (const [magic, what] of MAGIC) {
    if (startsWith(bytes, magic)) return fail(readError("binary", `${BINARY} (it looks like ${what})`));
  }

  let controls = 0;
  let nul = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0) nul = true;
    if (isControl(b) && !(b === 0x1a && i === bytes.length - 1)) controls++;
  }
  if (nul) {
    return decodeUtf16WithoutBom(bytes) ?? fail(readError("binary", BINARY));
  }
  if (tooManyControls(controls, bytes.length, false)) return fail(readError("binary", BINARY));

  const utf8 = tryDecode("utf-8", bytes);
  if (utf8 !== undefined) return ok(utf8, "utf-8", false);
  const gb = tryDecode("gb18030", bytes);
  if (gb !== undefined && chineseShare(gb) >= 0.8) return ok(gb, "gb18030", false);
  const at = firstInvalidUtf8(bytes);
  return fail(
    readError(
      "undecodable",
      `cannot decode: not valid UTF-8 (byte ${at}) and not GB18030/GBK text either; save the file as UTF-8`,
    ),
  );
}
