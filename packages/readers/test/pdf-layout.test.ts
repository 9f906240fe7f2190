import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readReport } from "../src/index.js";
import { layoutReport, makePdf } from "./helpers/pdf-writer.js";

// Words of report prose: Chinese characters (no numerals, which could start a heading), numbers with
// their measure word, Latin words, commas. No spaces: a space where a line wraps is not in a PDF.
const cjk = fc.constantFrom(..."我局坚持依法行政推进法治政府建设完善制度加强监督落实责任开展培训受理案件办结群众满意".split(""));
const word = fc.oneof(
  { weight: 8, arbitrary: cjk },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 99999 }), cjk).map(([n, c]) => `${n}${c}`) },
  { weight: 1, arbitrary: fc.constantFrom("APP", "OA", "PDF", "12345") },
  { weight: 1, arbitrary: fc.constant("，") },
);
const bodyParagraph = fc.array(word, { minLength: 30, maxLength: 200 }).map((words) => `${words.join("").replace(/^，+/u, "")}。`);
const heading = fc.tuple(fc.constantFrom("一、", "二、", "（一）", "（二）"), fc.array(cjk, { minLength: 2, maxLength: 10 })).map(([mark, chars]) => mark + chars.join(""));
const report = fc.array(fc.oneof({ weight: 4, arbitrary: bodyParagraph }, { weight: 1, arbitrary: heading }), { minLength: 1, maxLength: 14 });

describe("readPdf on laid-out reports (property)", () => {
  it("gives back every paragraph exactly, one a line, each located at its line, column 1, pages in order", async () => {
    await fc.assert(
      fc.asyncProperty(report, fc.boolean(), async (paragraphs, header) => {
        // A running header is only told from the body when it repeats: on reports of two pages or more.
        const plain = layoutReport(paragraphs.join("\n"));
        const pages = header && plain.length > 1 ? layoutReport(paragraphs.join("\n"), { header: "某县人力资源和社会保障局" }) : plain;
        const result = await readReport(makePdf(pages), "r.pdf");
        if (!result.ok) throw new Error(result.error.message);
        const { text, positionMap } = result.source;
        expect(text).toBe(paragraphs.join("\n"));
        let offset = 0;
        let lastPage = 1;
        for (const [i, paragraph] of paragraphs.entries()) {
          const at = positionMap!.locate(offset);
          expect([at.line, at.column]).toEqual([i + 1, 1]);
          expect(at.page).toBeGreaterThanOrEqual(lastPage);
          lastPage = positionMap!.locate(offset + paragraph.length - 1).page!;
          offset += paragraph.length + 1;
        }
        expect(lastPage).toBe(pages.length);
      }),
      { numRuns: 100 },
    );
  });
});
