import { describe, expect, it } from "vitest";
import { PROFILES } from "@reportlint/report-model";
import { parse } from "@reportlint/parser";
import rule from "../../src/rules/heading-style.js";
import { applyFixes, runRule } from "../../src/index.js";
import { testRule } from "../helpers/rule-tester.js";

testRule(rule, {
  valid: [
    { name: "one style per level", code: "一、工作举措\n（一）健全制度\n（二）规范执法\n1.开展培训\n2.组织考试\n二、存在不足\n（一）人员不足" },
    { name: "half-width brackets throughout", code: "一、工作举措\n(一)健全制度\n(二)规范执法\n(三)化解纠纷" },
    { name: "different levels may use different styles", code: "一、工作举措\n（一）健全制度\n1、开展培训\n2、组织考试\n（1）甲项\n（2）乙项" },
    { name: "an evenly mixed level has no majority", code: "一、举措\n（一）健全制度\n(二)规范执法\n（三）化解纠纷\n(四)强化监督" },
    {
      name: "each part keeps one style of its own, and the document has no majority",
      code: "一、举措\n（一）健全制度\n（二）规范执法\n（三）化解纠纷\n二、不足\n(一)人员不足\n(二)经费短缺\n(三)培训偏少",
    },
    {
      name: "a sibling list's outlier when the document as a whole is evenly mixed",
      code: "一、举措\n（一）健全制度\n（二）规范执法\n(三)化解纠纷\n（四）强化监督\n二、不足\n(一)人员不足\n(二)经费短缺\n(三)培训偏少",
    },
    { name: "a single heading is no level", code: "一、举措\n(一)健全制度\n二、不足" },
    { name: "a broken marker is heading-sequence's", code: "一、举措\n（一）健全制度。内容。\n（二）规范执法。内容。\n)化解矛盾纠纷。办结案件。" },
    { name: "a marker with no text at a cut-off end", code: "一、举措\n1、健全制度\n2、规范执法\n3、化解纠纷\n二、其他\n1." },
    { name: "numbers from ten on in one style", code: "（九）甲项工作\n（十）乙项工作\n（十一）丙项工作" },
  ],
  invalid: [
    {
      name: "a half-width bracket among full-width ones",
      code: "一、工作举措\n（一）健全制度\n（二）规范执法\n（三）化解纠纷\n(四)强化监督\n二、存在不足",
      errors: [{ messageId: "mixed", text: "(四)", line: 5, column: 1, data: { marker: "(四)", style: "（一）", count: 3, expected: "（四）" }, severity: "warning" }],
      output: "一、工作举措\n（一）健全制度\n（二）规范执法\n（三）化解纠纷\n（四）强化监督\n二、存在不足",
    },
    {
      name: "the level is the rank across the document, not one sibling list",
      code: "一、举措\n（一）健全制度\n（二）规范执法\n二、不足\n(一)人员不足\n三、安排\n（一）加强培训\n（二）充实力量",
      errors: [{ messageId: "mixed", text: "(一)", line: 5, data: { marker: "(一)", style: "（一）", count: 4, expected: "（一）" } }],
      output: "一、举措\n（一）健全制度\n（二）规范执法\n二、不足\n（一）人员不足\n三、安排\n（一）加强培训\n（二）充实力量",
    },
    {
      name: "1、 among 1.",
      code: "（一）健全制度\n1.开展培训\n2.组织考试\n3、建立台账\n4.落实责任",
      errors: [{ messageId: "mixed", text: "3、", data: { marker: "3、", style: "1.", count: 3, expected: "3." } }],
      output: "（一）健全制度\n1.开展培训\n2.组织考试\n3.建立台账\n4.落实责任",
    },
    {
      name: "a full-width point and full-width digits among ASCII ones",
      code: "1.开展培训\n2.组织考试\n3．建立台账\n４.落实责任\n5.健全机制\n6.完善考核",
      errors: [
        { messageId: "mixed", text: "3．", data: { marker: "3．", style: "1.", count: 4, expected: "3." } },
        { messageId: "mixed", text: "４.", data: { marker: "４.", style: "1.", count: 4, expected: "4." } },
      ],
      output: "1.开展培训\n2.组织考试\n3.建立台账\n4.落实责任\n5.健全机制\n6.完善考核",
    },
    {
      name: "（1） against (1) and a bracket closed only",
      code: "1.总体要求\n（1）甲项\n（2）乙项\n(3)丙项\n4）丁项\n（5）戊项\n（6）己项",
      errors: [
        { messageId: "mixed", text: "(3)", data: { marker: "(3)", style: "（1）", count: 4, expected: "（3）" } },
        { messageId: "mixed", text: "4）", data: { marker: "4）", style: "（1）", count: 4, expected: "（4）" } },
      ],
      output: "1.总体要求\n（1）甲项\n（2）乙项\n（3）丙项\n（4）丁项\n（5）戊项\n（6）己项",
    },
    {
      name: "一. and 一， where the level uses 一、",
      code: "一、推进依法行政\n二、规范执法行为\n三.强化权力监督\n四，化解矛盾纠纷\n五、加强队伍建设\n六、下一步安排",
      errors: [
        { messageId: "mixed", text: "三.", data: { marker: "三.", style: "一、", count: 4, expected: "三、" } },
        { messageId: "mixed", text: "四，", data: { marker: "四，", style: "一、", count: 4, expected: "四、" } },
      ],
      output: "一、推进依法行政\n二、规范执法行为\n三、强化权力监督\n四、化解矛盾纠纷\n五、加强队伍建设\n六、下一步安排",
    },
    {
      name: "a stray 、 after a bracket",
      code: "（一）健全制度\n（二）、规范执法\n（三）化解纠纷",
      errors: [{ messageId: "mixed", text: "（二）、", data: { marker: "（二）、", style: "（一）", count: 2, expected: "（二）" } }],
      output: "（一）健全制度\n（二）规范执法\n（三）化解纠纷",
    },
    {
      name: "enclosed numerals among bracketed ones",
      code: "1.要求\n(1)甲项\n(2)乙项\n⑶丙项\n(4)丁项",
      errors: [{ messageId: "mixed", text: "⑶", data: { marker: "⑶", style: "(1)", count: 3, expected: "(3)" } }],
      output: "1.要求\n(1)甲项\n(2)乙项\n(3)丙项\n(4)丁项",
    },
    {
      name: "to enclosed numerals when they are the majority",
      code: "⑴甲项\n⑵乙项\n⑶丙项\n(4)丁项",
      errors: [{ messageId: "mixed", text: "(4)", data: { marker: "(4)", style: "⑴", count: 3, expected: "⑷" } }],
      output: "⑴甲项\n⑵乙项\n⑶丙项\n⑷丁项",
    },
    {
      name: "a run-in heading keeps its text",
      code: "（一）健全制度。全年制定制度5项。\n(二)规范执法。开展培训3次。\n（三）化解纠纷。办结案件9件。",
      errors: [{ messageId: "mixed", text: "(二)", line: 2, column: 1, endColumn: 4 }],
      output: "（一）健全制度。全年制定制度5项。\n（二）规范执法。开展培训3次。\n（三）化解纠纷。办结案件9件。",
    },
  ],
});

describe("heading-style fixes", () => {
  const fixOnce = (code: string) => {
    const document = parse(code);
    const settings = { reportYear: null, today: null, locale: "zh" as const, profile: PROFILES["fazhi-annual"]! };
    const findings = runRule(rule, document, settings, {});
    return { findings, output: applyFixes(code, findings.flatMap((f) => (f.fix ? [f.fix] : []))).output };
  };

  it("are idempotent: the fixed text has nothing left to fix", () => {
    const code = "一、举措\n（一）健全制度\n(二)规范执法\n（三）化解纠纷\n（四）强化监督\n1、开展培训\n2.组织考试\n3.建立台账\n二.不足";
    const once = fixOnce(code);
    expect(once.findings).toHaveLength(2);
    expect(fixOnce(once.output)).toEqual({ findings: [], output: once.output });
  });

  it("change only the marker characters", () => {
    const code = "（一）甲乙\n（二）丙丁\n(三)戊己";
    const { findings, output } = fixOnce(code);
    expect(findings[0]!.fix).toEqual({ span: [code.indexOf("(三)"), code.indexOf("(三)") + 3], text: "（三）" });
    expect(output.replace("（三）", "(三)")).toBe(code);
  });
});
