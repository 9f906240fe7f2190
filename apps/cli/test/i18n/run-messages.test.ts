import { describe, expect, it } from "vitest";
import { readErrorReason, RUN_MESSAGES, runMessage } from "../../src/i18n/run-messages.js";

describe("run messages", () => {
  it("have the same ids in zh and en, and zh wording that is Chinese", () => {
    expect(Object.keys(RUN_MESSAGES.zh).sort()).toEqual(Object.keys(RUN_MESSAGES.en).sort());
    for (const [id, text] of Object.entries(RUN_MESSAGES.zh)) {
      // Only a pass-through of an operating-system message may stay as it comes.
      if (text === "{{message}}") expect(id).toBe("ioError");
      else expect(text, id).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it("keep a reader's English reason for en, and word its code for zh with the reader's detail", () => {
    const error = { code: "corrupt" as const, message: "the .docx is damaged: no word/document.xml" };
    expect(runMessage("en", readErrorReason(error, "a.docx"))).toBe("the .docx is damaged: no word/document.xml");
    expect(runMessage("zh", readErrorReason(error, "a.docx"))).toBe("文件已损坏或不完整，无法读取（the .docx is damaged: no word/document.xml）");
    expect(runMessage("zh", readErrorReason({ code: "unsupported-format", message: ".ofd is not supported yet" }, "x.ofd"))).toBe("reportlint 暂不能读取 .ofd 文件（.ofd is not supported yet）");
  });
});
