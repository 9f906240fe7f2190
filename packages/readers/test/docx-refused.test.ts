import { strToU8, zipSync, type Zippable } from "fflate";
import { describe, expect, it } from "vitest";
import { docxError, docxText, para, rawDocx } from "./docx-helpers.js";

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function ole(streamName: string): Uint8Array {
  const bytes = new Uint8Array(2048);
  bytes.set(OLE);
  bytes.set(Array.from(streamName, (c) => [c.charCodeAt(0), 0]).flat(), 1024);
  return bytes;
}

// Patches the sizes an entry's central directory record declares (fflate trusts them).
function declareSize(zip: Uint8Array, name: string, originalSize: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const encoded = strToU8(name);
  for (let i = 0; i + 46 < out.length; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(i + 28, true);
    const entryName = out.subarray(i + 46, i + 46 + nameLength);
    if (nameLength === encoded.length && entryName.every((b, j) => b === encoded[j])) view.setUint32(i + 24, originalSize, true);
  }
  return out;
}

describe("docx refused with a reason", () => {
  it("says a file that is not a zip is not a Word document", async () => {
    expect(await docxError(strToU8("一、总体情况"))).toEqual({ code: "corrupt", message: "not a Word document: the file is not a .docx (zip) package" });
  });

  it("says a truncated or damaged zip is damaged", async () => {
    const whole = rawDocx(para("正文"));
    for (const bytes of [whole.subarray(0, whole.length - 30), whole.subarray(0, 40), strToU8("PK")]) {
      const error = await docxError(bytes);
      expect(error.code).toBe("corrupt");
      expect(error.message).toMatch(/^damaged: the zip archive is truncated or invalid/);
    }
  });

  it("says a zip without word/document.xml is not a Word document", async () => {
    const bytes = zipSync({ "content.xml": strToU8("<office:document/>"), mimetype: strToU8("application/vnd.oasis.opendocument.text") });
    expect(await docxError(bytes)).toEqual({ code: "corrupt", message: "not a Word document: no word/document.xml" });
  });

  it("says malformed XML is damaged, naming the part", async () => {
    const error = await docxError(zipSync({ "word/document.xml": strToU8("<w:document><w:body><w:p></w:body>") }));
    expect(error.code).toBe("corrupt");
    expect(error.message).toMatch(/^damaged: word\/document\.xml is not well-formed XML/);
    const numbering = await docxError(rawDocx(para("甲"), { numbering: "<w:abstractNum>" }));
    expect(numbering.message).toMatch(/^damaged: word\/numbering\.xml/);
  });

  it("never resolves an external entity or reads a DTD", async () => {
    const xml =
      '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>' +
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>';
    const error = await docxError(zipSync({ "word/document.xml": strToU8(xml) }));
    expect(error.code).toBe("corrupt");
    expect(error.message).toContain("document type (DTD)");
    expect(error.message).not.toContain("root:");
    const laughs = '<!DOCTYPE d [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;">]><d>&b;</d>';
    expect((await docxError(zipSync({ "word/document.xml": strToU8(laughs) }))).code).toBe("corrupt");
    // An undeclared entity without any DTD is an error too, not an empty string.
    const bare = (await docxError(rawDocx("<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>"))).message;
    expect(bare).toMatch(/^damaged: word\/document\.xml is not well-formed XML/);
  });

  it("tells an encrypted .docx from an old .doc", async () => {
    expect(await docxError(ole("EncryptionInfo"))).toMatchObject({ code: "encrypted" });
    expect(await docxError(ole("WordDocument"))).toEqual({
      code: "unsupported-format",
      message: "an old Word .doc file, not .docx; open it in Word and save it as .docx",
    });
  });

  it("refuses a zip bomb before inflating it", async () => {
    const many: Zippable = { "word/document.xml": strToU8(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>`) };
    for (let i = 0; i < 2001; i++) many[`x/${i}`] = new Uint8Array(0);
    expect(await docxError(zipSync(many, { level: 0 }))).toEqual({ code: "too-large", message: "looks like a zip bomb: more than 2000 entries" });

    const zeros = zipSync({ "word/document.xml": strToU8("<w:document/>"), "word/media/zeros.bin": new Uint8Array(4 * 1024 * 1024) });
    const ratio = await docxError(zeros);
    expect(ratio.code).toBe("too-large");
    expect(ratio.message).toMatch(/^looks like a zip bomb: word\/media\/zeros\.bin is compressed \d+:1 \(at most 200:1 is accepted\)$/);

    const lying = declareSize(rawDocx(para("正文")), "word/document.xml", 3_000_000_000);
    expect((await docxError(lying)).message).toBe("looks like a zip bomb: its entries unpack to more than 100 MB");
  });

  it("refuses text parts larger than maxBytes, and reads them within it", async () => {
    const bytes = rawDocx(para("依法行政。".repeat(4000)));
    expect(await docxError(bytes, { maxBytes: 20_000 })).toMatchObject({ code: "too-large", message: expect.stringMatching(/^the document's text parts unpack to \d+ KB; the limit is 20 KB$/) as string });
    expect((await docxText(bytes)).text).toHaveLength(20_000);
  });

  it("says a document with no text has none", async () => {
    expect(await docxError(rawDocx("<w:p/><w:p><w:r><w:t>  </w:t></w:r></w:p>"))).toEqual({ code: "no-text", message: "the document has no text" });
  });
});
