import { describe, expect, it } from "vitest";
import { encodeForSource, readSource, type ReadResult, type SourceText } from "../src/index.js";

const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...parts: (number[] | Uint8Array)[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

function source(result: ReadResult): SourceText {
  if (!result.ok) throw new Error(`expected text, got ${result.error.message}`);
  return result.source;
}

function error(result: ReadResult) {
  if (result.ok) throw new Error("expected an error");
  return result.error;
}

describe("readSource", () => {
  it("reads UTF-8 without a BOM", () => {
    expect(source(readSource(utf8("一、总体情况\n围绕中心"), "a.txt"))).toEqual({
      text: "一、总体情况\n围绕中心",
      encoding: "utf-8",
      bom: false,
      kind: "text",
    });
  });

  it("strips a UTF-8 BOM and remembers it", () => {
    const s = source(readSource(bytes([0xef, 0xbb, 0xbf], utf8("标题\r\n正文")), "a.txt"));
    expect(s.text).toBe("标题\r\n正文");
    expect(s.bom).toBe(true);
    expect(s.encoding).toBe("utf-8");
  });

  it("reads UTF-16LE and UTF-16BE by their BOM", () => {
    // "一、" = U+4E00 U+3001, CRLF, "2" = U+0032.
    const le = bytes([0xff, 0xfe, 0x00, 0x4e, 0x01, 0x30, 0x0d, 0x00, 0x0a, 0x00, 0x32, 0x00]);
    const be = bytes([0xfe, 0xff, 0x4e, 0x00, 0x30, 0x01, 0x00, 0x0d, 0x00, 0x0a, 0x00, 0x32]);
    expect(source(readSource(le, "a.txt"))).toMatchObject({ text: "一、\r\n2", encoding: "utf-16le", bom: true });
    expect(source(readSource(be, "a.txt"))).toMatchObject({ text: "一、\r\n2", encoding: "utf-16be", bom: true });
  });

  it("reads GB18030/GBK bytes", () => {
    // 国务院 in GBK, CRLF, then 𠀀 (U+20000) as a GB18030 four-byte sequence.
    const gb = bytes([0xb9, 0xfa, 0xce, 0xf1, 0xd4, 0xba, 0x0d, 0x0a, 0x95, 0x32, 0x82, 0x36]);
    expect(source(readSource(gb, "report.txt"))).toMatchObject({ text: "国务院\r\n𠀀", encoding: "gb18030", bom: false });
  });

  it("keeps CR, LF and CRLF exactly", () => {
    const text = "一\r\n二\r三\n四\r\n";
    expect(source(readSource(utf8(text), "a.txt")).text).toBe(text);
  });

  it("reads an empty file as empty text", () => {
    expect(source(readSource(new Uint8Array(), "empty.txt"))).toMatchObject({ text: "", encoding: "utf-8" });
  });

  it("marks .md files as markdown", () => {
    expect(source(readSource(utf8("# 标题"), "notes/README.MD")).kind).toBe("markdown");
    expect(source(readSource(utf8("# 标题"), "a.txt")).kind).toBe("text");
  });

  it.each([".doc", ".ofd"])("refuses %s with a hint instead of reading garbage", (ext) => {
    const e = error(readSource(utf8("<html>text</html>"), `年度报告${ext}`));
    expect(e.code).toBe("unsupported-format");
    expect(e.message).toMatch(new RegExp(`^\\${ext} is not supported yet; `));
  });

  it("says how to fix a .doc", () => {
    expect(error(readSource(new Uint8Array(4), "a.doc")).message).toBe(".doc is not supported yet; save it as .txt");
  });

  it("refuses binary data", () => {
    const e = error(readSource(bytes([0x01, 0x02, 0x00, 0xff, 0x10, 0x11, 0x12]), "a.txt"));
    expect(e).toEqual({ code: "binary", message: "binary file, not a text report" });
  });

  it("names the format of a renamed document", () => {
    const e = error(readSource(bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), "report.txt"));
    expect(e.code).toBe("binary");
    expect(e.message).toContain("zip archive");
  });

  it("refuses bytes that are neither UTF-8 nor Chinese GB18030", () => {
    // Latin-1 "café crème": invalid UTF-8; as GB18030 the pairs are not Chinese text.
    const e = error(readSource(bytes(utf8("caf"), [0xe9, 0x20], utf8("cr"), [0xe8], utf8("me")), "a.txt"));
    expect(e.code).toBe("undecodable");
    expect(e.message).toMatch(/^cannot decode: not valid UTF-8 \(byte 3\)/);
  });

  it("refuses files over the size limit", () => {
    const e = error(readSource(new Uint8Array(11), "a.txt", { maxBytes: 10 }));
    expect(e.code).toBe("too-large");
  });
});

describe("encodeForSource", () => {
  it("writes GB18030 text back in GB18030", () => {
    const original = bytes([0xb9, 0xfa, 0xce, 0xf1, 0xd4, 0xba]);
    const s = source(readSource(original, "a.txt"));
    const out = encodeForSource(s, "国务院办公厅", original);
    expect(out.ok && new TextDecoder("gb18030").decode(out.bytes)).toBe("国务院办公厅");
    expect(out.ok && [...out.bytes.subarray(0, 6)]).toEqual([...original]);
  });

  it("keeps a UTF-8 BOM", () => {
    const original = bytes([0xef, 0xbb, 0xbf], utf8("国绕"));
    const s = source(readSource(original, "a.txt"));
    const out = encodeForSource(s, "围绕", original);
    expect(out.ok && [...out.bytes]).toEqual([0xef, 0xbb, 0xbf, ...utf8("围绕")]);
  });

  it("refuses to rewrite bytes that would not survive a round trip", () => {
    // A lone 0x80 decodes to € but € encodes as A2 E3: a rewrite would change bytes nobody fixed.
    const original = bytes([0xb9, 0xfa, 0x80, 0xce, 0xf1]);
    const s = source(readSource(original, "a.txt"));
    expect(s.text).toBe("国€务");
    const out = encodeForSource(s, "国€务。", original);
    expect(out.ok).toBe(false);
    expect(!out.ok && out.error.code).toBe("unencodable");
  });
});
