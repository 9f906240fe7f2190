import type { TextEncodingName } from "./decode.js";
import { readError, type ReadError } from "./read-error.js";

/** Bytes to write, or why the text cannot be stored in that encoding. */
export type EncodeResult = { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly error: ReadError };

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

// Code unit -> GB18030 bytes (2 or 4, packed big-endian into a number), built on first use by
// decoding every two- and four-byte BMP sequence with the platform's own GB18030 decoder, so the
// encoder is the exact inverse of what readSource used (the WHATWG index, first pointer wins).
let gbTable: Map<number, number> | undefined;

function decodeEach(decoder: TextDecoder, sequences: Uint8Array, width: number, add: (unit: number, index: number) => void): void {
  const count = sequences.length / width;
  const all = decoder.decode(sequences);
  if (all.length === count) {
    for (let i = 0; i < count; i++) add(all.charCodeAt(i), i);
    return;
  }
  for (let i = 0; i < count; i++) {
    const one = decoder.decode(sequences.subarray(i * width, (i + 1) * width));
    if (one.length === 1) add(one.charCodeAt(0), i);
  }
}

function gb18030Table(): Map<number, number> {
  if (gbTable) return gbTable;
  const table = new Map<number, number>();
  const decoder = new TextDecoder("gb18030");
  const pairs: number[] = [];
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail !== 0x7f) pairs.push(lead, trail);
    }
  }
  decodeEach(decoder, Uint8Array.from(pairs), 2, (unit, i) => {
    if (unit !== 0xfffd && !table.has(unit)) table.set(unit, (pairs[i * 2]! << 8) | pairs[i * 2 + 1]!);
  });
  const quads: number[] = [];
  for (let pointer = 0; pointer < 39420; pointer++) quads.push(...fourBytes(pointer));
  decodeEach(decoder, Uint8Array.from(quads), 4, (unit, i) => {
    if (unit !== 0xfffd && !table.has(unit)) {
      table.set(unit, ((quads[i * 4]! << 24) | (quads[i * 4 + 1]! << 16) | (quads[i * 4 + 2]! << 8) | quads[i * 4 + 3]!) >>> 0);
    }
  });
  gbTable = table;
  return table;
}

function fourBytes(pointer: number): [number, number, number, number] {
  const b4 = pointer % 10;
  const b3 = Math.floor(pointer / 10) % 126;
  const b2 = Math.floor(pointer / 1260) % 10;
  const b1 = Math.floor(pointer / 12600);
  return [b1 + 0x81, b2 + 0x30, b3 + 0x81, b4 + 0x30];
}

function encodeGb18030(text: string): EncodeResult {
  const table = gb18030Table();
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) {
      out.push(cp);
    } else if (cp > 0xffff) {
      out.push(...fourBytes(cp - 0x10000 + 189000));
    } else {
      const packed = table.get(cp);
      if (packed === undefined) {
        return { ok: false, error: readError("unencodable", `U+${cp.toString(16).toUpperCase().padStart(4, "0")} cannot be written in GB18030`) };
      }
      if (packed > 0xffff) out.push(packed >>> 24, (packed >>> 16) & 0xff, (packed >>> 8) & 0xff, packed & 0xff);
      else out.push(packed >>> 8, packed & 0xff);
    }
  }
  return { ok: true, bytes: Uint8Array.from(out) };
}

function encodeUtf16(text: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const offset = bom ? 2 : 0;
  const bytes = new Uint8Array(offset + text.length * 2);
  const view = new DataView(bytes.buffer);
  if (bom) view.setUint16(0, 0xfeff, !bigEndian);
  for (let i = 0; i < text.length; i++) view.setUint16(offset + i * 2, text.charCodeAt(i), !bigEndian);
  return bytes;
}

/**
 * Encodes text for writing back to a file in the encoding it was read in (with the BOM when it had
 * one). Never substitutes characters: text that the encoding cannot hold is an error value.
 */
export function encodeText(text: string, encoding: TextEncodingName, bom = false): EncodeResult {
  if (LONE_SURROGATE.test(text)) {
    return { ok: false, error: readError("unencodable", "the text contains an unpaired surrogate code unit") };
  }
  switch (encoding) {
    case "utf-8": {
      const body = new TextEncoder().encode(text);
      if (!bom) return { ok: true, bytes: body };
      const bytes = new Uint8Array(body.length + 3);
      bytes.set([0xef, 0xbb, 0xbf]);
      bytes.set(body, 3);
      return { ok: true, bytes };
    }
    case "utf-16le":
      return { ok: true, bytes: encodeUtf16(text, false, bom) };
    case "utf-16be":
      return { ok: true, bytes: encodeUtf16(text, true, bom) };
    case "gb18030": {
      if (!bom) return encodeGb18030(text);
      return { ok: false, error: readError("unencodable", "GB18030 text with a byte order mark cannot be written") };
    }
  }
}
