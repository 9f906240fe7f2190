import { describe, expect, it } from "vitest";
import { encodeText } from "../src/index.js";

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");

describe("encodeText", () => {
  it("encodes GB18030 two- and four-byte characters", () => {
    const out = encodeText("国务院A€𠀀", "gb18030");
    expect(out.ok && hex(out.bytes)).toBe("b9facef1d4ba41a2e395328236");
  });

  it("is the inverse of the platform GB18030 decoder for every encodable BMP character", () => {
    const decoder = new TextDecoder("gb18030");
    let encodable = 0;
    for (let cp = 0x80; cp < 0x10000; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCharCode(cp);
      const out = encodeText(ch, "gb18030");
      if (!out.ok) continue;
      encodable++;
      if (decoder.decode(out.bytes) !== ch) throw new Error(`U+${cp.toString(16)} does not round-trip`);
    }
    // All but the few private-use code points the WHATWG index maps elsewhere (U+E5E5, U+E78D…).
    expect(encodable).toBeGreaterThan(63_000);
  });

  it("writes UTF-16 with and without a BOM", () => {
    expect(hex((encodeText("一\n", "utf-16le", true) as { bytes: Uint8Array }).bytes)).toBe("fffe004e0a00");
    expect(hex((encodeText("一\n", "utf-16be", false) as { bytes: Uint8Array }).bytes)).toBe("4e00000a");
  });

  it("refuses lone surrogates instead of substituting", () => {
    expect(encodeText("a\uD800b", "utf-8")).toMatchObject({ ok: false, error: { code: "unencodable" } });
  });

  it("refuses characters GB18030 cannot hold", () => {
    expect(encodeText("\uE5E5", "gb18030")).toMatchObject({ ok: false, error: { code: "unencodable" } });
  });
});
