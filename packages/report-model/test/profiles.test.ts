import { describe, expect, it } from "vitest";
import { PROFILES, ProfileSchema, type Profile } from "../src/index.js";

const covers = (profile: Profile, partId: string, heading: string) =>
  profile.parts.find((p) => p.id === partId)!.headingPatterns.some((source) => new RegExp(source, "u").test(heading));

describe("profiles", () => {
  it("are valid data with compilable patterns", () => {
    for (const profile of Object.values(PROFILES)) {
      expect(ProfileSchema.parse(profile)).toEqual(profile);
      for (const part of profile.parts) for (const source of part.headingPatterns) expect(() => new RegExp(source, "u")).not.toThrow();
    }
  });

  it("fazhi-annual recognises the heading wordings of real reports", () => {
    const fazhi = PROFILES["fazhi-annual"]!;
    for (const h of ["主要举措和成效", "主要举措及成效", "工作开展情况", "2024年工作完成情况", "推进法治政府建设情况", "主要措施"]) {
      expect(covers(fazhi, "measures", h), h).toBe(true);
    }
    for (const h of ["存在的不足和原因", "存在的问题和不足", "不足及成因", "问题与不足", "存在问题"]) {
      expect(covers(fazhi, "shortcomings", h), h).toBe(true);
    }
    expect(covers(fazhi, "causes", "存在的不足和原因")).toBe(true);
    expect(covers(fazhi, "causes", "存在问题")).toBe(false);
    for (const h of ["党政主要负责人履行推进法治建设第一责任人职责情况", "区政府主要负责同志履行推进法治建设职责情况"]) {
      expect(covers(fazhi, "leadership", h), h).toBe(true);
    }
    for (const h of ["下一年度推进法治政府建设的主要安排", "2025年度工作计划", "下一步工作计划", "下步工作打算", "下步工作思路"]) {
      expect(covers(fazhi, "next-year-plan", h), h).toBe(true);
    }
  });

  it("fazhi-annual is due before 1 April of the next year", () => {
    expect(PROFILES["fazhi-annual"]!.deadlines.find((d) => d.id === "publish")).toMatchObject({ month: 4, day: 1, yearOffset: 1, exclusive: true });
  });
});
