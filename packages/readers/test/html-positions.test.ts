import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readReport } from "../src/index.js";

// Entities the generated pages use, and what each reads as (a no-break space reads as a space).
const ENTITIES: Readonly<Record<string, string>> = { "&amp;": "&", "&nbsp;": " ", "&#12289;": "、", "&ldquo;": "“", "&#x4e2d;": "中", "&lt;": "<" };

const text = fc.string({ unit: fc.constantFrom("法", "治", "政", "府", "2", "0", "a", "，", "。", "“", " ", "  ", "\n", "\t"), maxLength: 12 });
const entity = fc.constantFrom(...Object.keys(ENTITIES));
const inline: fc.Arbitrary<string> = fc.letrec<{ piece: string }>((tie) => ({
  piece: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    text,
    entity,
    fc.tuple(fc.constantFrom("b", "span", "em", "strong"), fc.array(tie("piece"), { maxLength: 3 })).map(([tag, inner]) => `<${tag}>${inner.join("")}</${tag}>`),
  ),
})).piece;
const paragraph = fc.tuple(fc.constantFrom("p", "div", "li", "h2", "pre"), fc.array(inline, { maxLength: 5 })).map(([tag, inner]) => `<${tag}>${inner.join("")}</${tag}>`);
const cell = fc.array(inline, { maxLength: 3 }).map((inner) => `<td>${inner.join("")}</td>`);
const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }).map((rows) => `<table>${rows.map((r) => `<tr>${r.join("")}</tr>`).join("\n")}</table>`);
const block = fc.oneof(paragraph, paragraph, table);
const pageArb = fc
  .tuple(fc.array(block, { minLength: 1, maxLength: 6 }), fc.constantFrom("", "\n", "\n  ", "<br>"))
  .map(([blocks, between]) => `<html><head><title>页</title></head><body>\n${blocks.join(between)}\n</body></html>`);

/** What a page shows with all white space removed. */
function visible(html: string): string {
  let out = html.replace(/<[^>]*>/g, "");
  for (const [name, value] of Object.entries(ENTITIES)) out = out.split(name).join(value);
  return out.replace(/\s+/g, "");
}

describe("readHtml positions (property)", () => {
  it("maps every character to the same character in the page, or to the '&' of the entity it came from", async () => {
    await fc.assert(
      fc.asyncProperty(pageArb, async (html) => {
        const result = await readReport(new TextEncoder().encode(html), "p.html");
        if (!result.ok) {
          // Only a page whose blocks hold no visible text is refused.
          expect(result.error.code).toBe("no-text");
          expect(visible(html).replace("页", "")).toBe("");
          return;
        }
        const { text: read, positionMap } = result.source;
        expect(read.replace(/\s+/g, "")).toBe(visible(html).replace("页", ""));
        const lines = html.split("\n");
        for (let i = 0; i < read.length; i++) {
          const ch = read[i]!;
          // Line ends and the tabs between cells are inserted, not copied.
          if (ch === "\n" || ch === "\t") continue;
          const { line, column } = positionMap!.locate(i);
          const lineText = lines[line - 1] ?? "";
          const there = lineText.slice(column - 1);
          const fromEntity = Object.entries(ENTITIES).some(([name, value]) => there.startsWith(name) && value === ch);
          if (ch === " ") expect(fromEntity || /^\s/.test(there) || there === "").toBe(true);
          else expect(fromEntity || there[0] === ch).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
