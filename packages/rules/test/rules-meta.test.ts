// Every rule is registered, documented and tested; its docs examples behave as they claim.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { PROFILES } from "@reportlint/report-model";
import { parse } from "@reportlint/parser";
import { resolveRuleOptions, rules, runRule, type AnyRule } from "../src/index.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const ruleFiles = readdirSync(`${root}src/rules`)
  .filter((f) => f.endsWith(".ts") && f !== "index.ts")
  .map((f) => f.replace(/\.ts$/, ""));
const REQUIRED_SECTIONS = ["## Rule Details", "## ❌ Incorrect", "## ✅ Correct", "## Options", "## When Not To Use It"];

function findings(rule: AnyRule, code: string) {
  const document = parse(code);
  const settings = {
    reportYear: document.meta.reportYear?.value ?? null,
    today: null,
    locale: "zh" as const,
    profile: PROFILES[document.meta.profile]!,
  };
  return runRule(rule, document, settings, resolveRuleOptions(rule, undefined));
}

/** Code blocks between one "## " heading and the next. */
function examples(doc: string, section: string): string[] {
  const start = doc.indexOf(section);
  if (start < 0) return [];
  const rest = doc.slice(start + section.length);
  const end = rest.search(/\n## /);
  const body = end < 0 ? rest : rest.slice(0, end);
  return [...body.matchAll(/```text\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

const placeholders = (template: string) => [...template.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe("rule registry", () => {
  it("lists every rule file, in alphabetical order", () => {
    expect(Object.keys(rules)).toEqual([...ruleFiles].sort());
    expect(Object.keys(rules)).toEqual([...Object.keys(rules)].sort());
  });
});

for (const [id, rule] of Object.entries(rules) as [string, AnyRule][]) {
  describe(`rule ${id}`, () => {
    const docPath = `${root}docs/rules/${id}.md`;
    const doc = existsSync(docPath) ? readFileSync(docPath, "utf8") : "";

    it("has an id equal to its file name, exported by default", async () => {
      expect(rule.id).toBe(id);
      const mod = (await import(`../src/rules/${id}.ts`)) as { default: AnyRule };
      expect(mod.default).toBe(rule);
    });

    it("has a test file and a docs page with the required sections", () => {
      expect(existsSync(`${root}test/rules/${id}.test.ts`)).toBe(true);
      expect(doc).not.toBe("");
      expect(doc).toMatch(new RegExp(`^---\\ndescription: ${rule.meta.docs.description.zh}\\n---`));
      for (const section of REQUIRED_SECTIONS) expect(doc).toContain(section);
      expect(rule.meta.docs.url.endsWith(`/docs/rules/${id}.md`)).toBe(true);
    });

    it("has every message in Chinese and English with the same placeholders", () => {
      for (const [messageId, message] of Object.entries(rule.meta.messages)) {
        expect(message.zh, messageId).not.toBe("");
        expect(message.en, messageId).not.toBe("");
        expect(placeholders(message.en), messageId).toEqual(placeholders(message.zh));
      }
    });

    it("reports on every incorrect example of its docs", () => {
      const incorrect = examples(doc, "## ❌ Incorrect");
      expect(incorrect.length).toBeGreaterThan(0);
      for (const code of incorrect) expect(findings(rule, code).length, code).toBeGreaterThan(0);
    });

    it("stays silent on every correct example of its docs", () => {
      const correct = examples(doc, "## ✅ Correct");
      expect(correct.length).toBeGreaterThan(0);
      for (const code of correct) expect(findings(rule, code), code).toEqual([]);
    });
  });
}
