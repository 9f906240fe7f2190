import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeText, encodeText, firstInvalidUtf8 } from "../src/index.js";

describe("decodeText", () => {
  it("reads BOM-less UTF-16 in either byte order when it is Chinese text", () => {
    const text = "一、总体情况\r\n2024年，我局围绕中心工作。";
    const le = encodeText(text, "utf-16le");
    const be = encodeText(text, "utf-16be");
    expect(le.ok && decodeText(le.bytes)).toEqual({ ok: true, value: { text, encoding: "utf-16le", bom: false } });
    expect(be.ok && decodeText(be.bytes)).toEqual({ ok: true, value: { text, encoding: "utf-16be", bom: false } });
  });

  it("treats NUL bytes in other data as binary", () => {
    expect(decodeText(Uint8Array.from([0x41, 0x00, 0x42, 0x00, 0x01, 0x00, 0x02, 0x00]))).toMatchObject({
      ok: false,
      error: { code: "binary" },
    });
  });

  it("treats many control characters as binary but allows a few and a DOS end-of-file mark", () => {
    const text = "一二三四五六七八九十".repeat(10);
    const few = new TextEncoder().encode(`${text}\f${text}\u001a`);
    expect(decodeText(few).ok).toBe(true);
    const many = new TextEncoder().encode(`ab\u0001\u0002\u0003\u0004cd`);
    expect(decodeText(many)).toMatchObject({ ok: false, error: { code: "binary" } });
  });

  it("refuses UTF-32", () => {
    expect(decodeText(Uint8Array.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]))).toMatchObject({
      ok: false,
      error: { code: "undecodable" },
    });
  });

  it("decodes whatever it encodes (UTF-8 and UTF-16 with a BOM)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), fc.constantFrom("utf-8", "utf-16le", "utf-16be" as const), (text, enc) => {
        const encoded = encodeText(text, enc, true);
        if (!encoded.ok) return false;
        const decoded = decodeText(encoded.bytes);
        // Strings full of control characters are rightly called binary; everything else must round-trip.
        return !decoded.ok ? decoded.error.code === "binary" : decoded.value.text === text && decoded.value.encoding === enc;
      }),
      { numRuns: 100 },
    );
  });
});

describe("firstInvalidUtf8", () => {
  it("finds the first bad byte", () => {
    expect(firstInvalidUtf8(new TextEncoder().encode("国务院"))).toBe(-1);
    expect(firstInvalidUtf8(Uint8Array.from([0x41, 0xe5, 0x9b]))).toBe(1);
    expect(firstInvalidUtf8(Uint8Array.from([0xc0, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(Uint8Array.from([0xed, 0xa0, 0x80]))).toBe(0);
  });
});
