import { describe, expect, it } from "vitest";
import { ATTRIBUTE_MARKERS, CLOSURE_PARTS, CORRECTION_PARTS, PARTITIONS, RESIDUAL_MARKERS, SUBSET_MARKERS } from "@reportlint/report-model";
import { areDisjointParts, classifyParts, commonSuffix, memberOf, partitionMembersOf } from "../src/index.js";

describe("partition data", () => {
  it("lists the sibling sets of §4.5", () => {
    const ids = PARTITIONS.map((p) => p.id);
    expect(ids).toEqual(expect.arrayContaining(["disposal", "channel", "level", "intake", "sex", "instance", "industry", "handling", "status"]));
    // Complete partitions: counts of all their members add up to the total.
    expect(PARTITIONS.filter((p) => p.complete).map((p) => p.id)).toEqual(expect.arrayContaining(["channel", "sex", "industry", "urban-rural", "handling"]));
    expect(PARTITIONS.find((p) => p.id === "disposal")?.complete).toBeUndefined();
    expect(CLOSURE_PARTS).toEqual(
      expect.arrayContaining(["调解", "裁决", "撤诉", "驳回", "移送", "终止", "维持", "撤销", "确认违法", "变更", "责令履行", "其他方式"]),
    );
    expect(CORRECTION_PARTS).toEqual(["撤销", "变更", "确认违法", "责令履行"]);
    expect(ATTRIBUTE_MARKERS).toContain("涉及");
    expect(SUBSET_MARKERS).toEqual(expect.arrayContaining(["其中", "含", "包括"]));
    expect(RESIDUAL_MARKERS).toContain("其余");
  });

  it("maps labels to members, longest word first", () => {
    const disposal = PARTITIONS[0]!;
    expect(memberOf("线上调解", disposal)?.id).toBe("线上调解");
    expect(memberOf("仲裁调解", disposal)?.id).toBe("调解");
    expect(memberOf("仲裁裁决", disposal)?.id).toBe("裁决");
    expect(memberOf("立案", disposal)).toBeNull();
    expect(partitionMembersOf("线上调解")).toEqual([
      { partition: "disposal", member: "线上调解" },
      { partition: "channel", member: "线上" },
    ]);
  });
});

describe("areDisjointParts", () => {
  it("siblings of one partition are disjoint", () => {
    expect(areDisjointParts(["裁决", "线下调解", "线上调解"])).toBe(true);
    expect(areDisjointParts(["维持", "撤销", "确认违法", "终止"])).toBe(true);
    expect(areDisjointParts(["中央资金", "省级资金", "县级资金"])).toBe(true);
    expect(areDisjointParts(["新收案件", "旧存案件"])).toBe(true);
    expect(areDisjointParts(["男性", "女性"])).toBe(true);
    expect(areDisjointParts(["一审", "二审"])).toBe(true);
    expect(classifyParts(["裁决", "线下调解", "线上调解"])).toMatchObject({ basis: "partition", partition: "disposal" });
  });

  it("a common head noun with distinct modifiers is disjoint", () => {
    expect(classifyParts(["劳动争议", "人事争议"])).toEqual({ disjoint: true, basis: "head-noun", head: "争议" });
    // Asked again, the same evidence (kept by labels).
    expect(classifyParts(["劳动争议", "人事争议"])).toBe(classifyParts(["劳动争议", "人事争议"]));
    expect(classifyParts(["劳动争议,人事争议"])).not.toEqual(classifyParts(["劳动争议", "人事争议"]));
  });

  it("a parent and its own subset are not siblings", () => {
    expect(areDisjointParts(["调解", "线上调解"])).toBe(false);
    expect(areDisjointParts(["积案", "旧存"])).toBe(false);
  });

  it("涉及 marks overlapping attributes", () => {
    expect(classifyParts(["涉及农民工案件", "集体争议案件"])).toMatchObject({ disjoint: false, reason: "attribute-marker" });
    expect(areDisjointParts(["其中涉及农民工", "集体争议"])).toBe(false);
  });

  it("其中/含/包括 introduce the list on the first label and a subset later", () => {
    expect(areDisjointParts(["其中维持", "撤销", "确认违法"])).toBe(true);
    expect(areDisjointParts(["包括线上", "线下"])).toBe(true);
    expect(classifyParts(["调解", "其中线上调解"])).toMatchObject({ disjoint: false, reason: "nested-marker" });
    expect(areDisjointParts(["裁决", "含撤诉"])).toBe(false);
  });

  it("其余 is the rest, disjoint from what is named", () => {
    expect(areDisjointParts(["维持", "撤销", "确认违法", "其余已终止"])).toBe(true);
    expect(classifyParts(["工作动态", "其余"])).toMatchObject({ disjoint: true, basis: "single" });
    expect(areDisjointParts(["其余", "其他"])).toBe(false);
  });

  it("no evidence, duplicates or an empty modifier are not disjoint", () => {
    expect(classifyParts(["法律法规汇编", "宣传折页"])).toMatchObject({ disjoint: false, reason: "no-evidence" });
    expect(classifyParts(["工作动态", "工作动态"])).toMatchObject({ disjoint: false, reason: "duplicate-labels" });
    expect(classifyParts(["争议", "劳动争议"])).toMatchObject({ disjoint: false, reason: "overlapping-members" });
    expect(classifyParts(["线上"])).toMatchObject({ disjoint: true, basis: "single" });
  });
});

describe("commonSuffix", () => {
  it("gives the characters every label ends with", () => {
    expect(commonSuffix(["行业性调解组织", "村居调解组织"])).toBe("调解组织");
    expect(commonSuffix(["语音受理", "粤省心受理", "多媒体受理"])).toBe("受理");
  });
  it("gives nothing when the endings differ or there is no label", () => {
    expect(commonSuffix(["维持", "撤销"])).toBe("");
    expect(commonSuffix([])).toBe("");
  });
});
