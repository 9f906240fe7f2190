import { describe, expect, it } from "vitest";
import { matchBrackets } from "../src/brackets.js";
import { parse } from "../src/index.js";

// Shapes from the issue-13 probe. Their time is measured by `pnpm bench:worst` (no timed tests here);
// these check what must hold on them: no exception, and the answers of the linear scans.
describe("adversarial input", () => {
  it("matches brackets when a paragraph has more unclosed marks than a call may take arguments", () => {
    const text = "（".repeat(200_000) + "]".repeat(1000);
    const { pairs, unclosed } = matchBrackets(text, 0, text.length);
    expect(pairs).toEqual([]);
    expect(unclosed).toHaveLength(200_000);
    expect(unclosed[199_999]).toBe(199_999);
  });

  it("still pairs a closer with an opener far below other types on the stack", () => {
    const text = `“${"（".repeat(1000)}”`;
    const { pairs, unclosed } = matchBrackets(text, 0, text.length);
    expect(pairs).toEqual([{ open: 0, close: 1001, kind: "quote" }]);
    expect(unclosed).toHaveLength(1000);
  });

  it("parses a paragraph of 300,000 titles", () => {
    const report = parse("《》".repeat(300_000));
    expect(report.text.length).toBe(600_000);
  });

  it("guesses the profile from the start of a sentence only, and hides a title the cut leaves open", () => {
    // The 《 opens before the cut and closes after it: the name inside must not decide the profile.
    const opening = `根据${"有关".repeat(140)}《${"某".repeat(30)}政府信息公开工作年度报告》编制，${"正文".repeat(50)}。\n一、情况\n`;
    expect(parse(opening).meta.profile).toBe("fazhi-annual");
    expect(parse(`现公布本局2024年政府信息公开工作年度报告，${"正文".repeat(500)}。\n`).meta).toMatchObject({
      profile: "zhengwu-gongkai-annual",
      profileSource: "guessed",
    });
  });
});
