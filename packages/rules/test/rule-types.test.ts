// createRule reads a rule's message ids from its messages: reporting any other id does not compile.
// `pnpm typecheck` checks the @ts-expect-error lines below; the test checks the rule still runs.
import { describe, expect, it } from "vitest";
import { PROFILES } from "@reportlint/report-model";
import { parse } from "@reportlint/parser";
import { createRule, runRule } from "../src/index.js";

const rule = createRule({
  id: "typed-messages",
  meta: {
    type: "problem",
    docs: { description: { zh: "示例", en: "Example" }, recommended: false },
    defaultSeverity: "warning",
    messages: { found: { zh: "找到「{{text}}」", en: 'Found "{{text}}"' } },
  },
  create(context) {
    context.report({ span: [0, 1], messageId: "found", data: { text: context.text.slice(0, 1) } });
    if (context.text.length > 100) {
      // @ts-expect-error "missing" is not one of this rule's message ids
      context.report({ span: [0, 1], messageId: "missing" });
    }
  },
});

describe("createRule message ids", () => {
  it("reports with the ids its messages define", () => {
    const document = parse("甲乙");
    const settings = { reportYear: null, today: null, locale: "zh" as const, profile: PROFILES["fazhi-annual"]! };
    expect(runRule(rule, document, settings, {}).map((f) => f.messageId)).toEqual(["found"]);
  });
});
