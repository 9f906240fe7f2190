import * as z from "zod";
import { describe, expect, it } from "vitest";
import { DiagnosticSchema, ReportSchema, SpanSchema } from "../src/index.js";
import { lazySchema } from "../src/lazy-schema.js";

describe("lazySchema", () => {
  it("builds the schema once, at its first use", () => {
    let builds = 0;
    const Lazy = lazySchema(() => {
      builds++;
      return z.object({ n: z.number().int() });
    });
    expect(builds).toBe(0);
    expect(Lazy.safeParse({ n: 1 }).success).toBe(true);
    expect(Lazy.safeParse({ n: 1.5 }).success).toBe(false);
    expect(Object.keys(Lazy.shape)).toEqual(["n"]);
    expect(builds).toBe(1);
  });

  it("stands for the built schema: instanceof, inside other schemas, JSON Schema", () => {
    const Lazy = lazySchema(() => z.enum(["a", "b"]));
    expect(Lazy).toBeInstanceOf(z.ZodEnum);
    const Outer = z.object({ kind: Lazy, list: z.array(Lazy).optional() });
    expect(Outer.parse({ kind: "a", list: ["b"] })).toEqual({ kind: "a", list: ["b"] });
    expect(Outer.safeParse({ kind: "c" }).success).toBe(false);
    expect(z.toJSONSchema(Outer).properties).toMatchObject({ kind: { enum: ["a", "b"] } });
  });

  it("leaves the package's schemas validating as before", () => {
    expect(SpanSchema.parse([1, 2])).toEqual([1, 2]);
    expect(SpanSchema.safeParse([-1, 2]).success).toBe(false);
    expect(ReportSchema).toBeInstanceOf(z.ZodObject);
    const position = { line: 1, column: 1, offset: 0 };
    const finding = { ruleId: "r", severity: "error", messageId: "m", data: {}, message: "x", span: [0, 1], range: { start: position, end: position } };
    expect(DiagnosticSchema.parse(finding)).toEqual(finding);
    expect(DiagnosticSchema.safeParse({ ...finding, severity: "fatal" }).success).toBe(false);
  });
});
