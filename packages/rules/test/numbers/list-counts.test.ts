import { describe, expect, it } from "vitest";
import { parse } from "@reportlint/parser";
import { listCountViolations } from "../../src/numbers/list-counts.js";

/** The violations of one text, summarised. */
function violationsOf(text: string) {
  return listCountViolations(parse(text)).map((v) => ({
    count: text.slice(...v.count.span),
    stated: v.stated,
    named: v.named,
    namedReadings: v.namedReadings,
    items: v.items.map((i) => i.text),
    closure: v.closure,
    certainty: v.certainty,
  }));
}

describe("listCountViolations", () => {
  it("a closed count-first list naming fewer members: certain", () => {
    expect(violationsOf("下属单位共4家，分别是甲院、乙中心和丙站。")).toEqual([
      { count: "4家", stated: 4, named: 3, namedReadings: [3], items: ["甲院", "乙中心", "丙站"], closure: "closed", certainty: "certain" },
    ]);
  });

  it("a closed list naming more members than stated, with a Chinese-numeral count", () => {
    expect(violationsOf("下属单位两家：甲院、乙中心、丙站。")).toMatchObject([{ count: "两家", stated: 2, named: 3, certainty: "certain" }]);
  });

  it("an open list naming more than it states: likely", () => {
    expect(violationsOf("共指导华标涛景湾、江湾花苑、保利康桥、滨江花园等3个小区。")).toMatchObject([
      { count: "3个", stated: 3, named: 4, closure: "open", certainty: "likely" },
    ]);
  });

  it("a list-first run of titles is as clear as a count-first list", () => {
    expect(violationsOf("《甲办法》《乙规定》《丙细则》共2项制度。")).toMatchObject([{ named: 3, certainty: "certain" }]);
  });

  it("a title keeps a bracket after it (《…》（试行）); words after the title make the list only likely", () => {
    expect(violationsOf("《甲办法》（试行）、《乙规定》、《丙细则》共2项制度。")).toMatchObject([{ named: 3, certainty: "certain" }]);
    expect(violationsOf("《甲办法》修订稿（草案）、《乙规定》、《丙细则》共2项制度。")).toMatchObject([{ named: 3, certainty: "likely" }]);
  });

  it("a 和 that may sit inside a name: every reading is tried, and the finding is only likely", () => {
    expect(violationsOf("共4家，分别是市司法局、市人力资源和社会保障局。")).toMatchObject([
      { stated: 4, named: 2, namedReadings: [2, 3], certainty: "likely" },
    ]);
    expect(violationsOf("共3家，分别是市司法局、市人力资源和社会保障局。")).toEqual([]);
  });

  it("members set apart by commas only give a likely finding", () => {
    expect(violationsOf("共5名，分别是张三，李四，王五。")).toMatchObject([{ stated: 5, named: 3, certainty: "likely" }]);
  });

  it("lists that agree, or leave room, are not violations", () => {
    for (const text of [
      "逾期未办理单位3家，分别为亳州火车站、农业发展银行亳州市分行、市无线电管理处。",
      "制定《A办法》《B规定》《C细则》等3项制度。",
      "增值税、房产税、印花税等6个税种实现增长。",
      "共有5家，主要有甲院、乙中心。",
    ]) {
      expect(violationsOf(text), text).toEqual([]);
    }
  });

  it("stays silent where the list names kinds, other things, or far fewer members than stated", () => {
    for (const text of [
      "涉及企业4家，为餐饮企业、食品企业。", // kinds of the thing counted
      "聘请法律顾问3名，分别为甲律师事务所、乙律师事务所。", // people counted, bodies listed
      "共10家，分别为甲、乙、丙。", // too far from the names to be their count
    ]) {
      expect(violationsOf(text), text).toEqual([]);
    }
  });
});
