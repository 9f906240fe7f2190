import { expect, it, vi } from "vitest";
import { readReport } from "../src/index.js";
import { makePdf } from "./helpers/pdf-writer.js";

// As if pdfjs-dist were not installed (a bundle that left it out).
vi.mock("pdfjs-dist/legacy/build/pdf.mjs", () => {
  throw new Error("Cannot find package 'pdfjs-dist'");
});

it("says the PDF reader cannot be loaded, rather than that the PDF is damaged", async () => {
  const result = await readReport(makePdf([{ lines: [{ text: "正文。", x: 79, y: 700 }] }]), "a.pdf");
  expect(result.ok).toBe(false);
  if (!result.ok) {
    expect(result.error.code).toBe("unsupported-format");
    // vitest wraps the error of a failing mock in its own message.
    expect(result.error.message).toMatch(/^the PDF reader \(pdfjs-dist\) cannot be loaded: .*mocking a module/u);
    expect(result.error.message).not.toContain("\n");
  }
});
