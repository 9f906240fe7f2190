import { describe, expect, it } from "vitest";
import type { NamedList } from "@reportlint/report-model";
import { parse } from "../src/index.js";

/** The named lists of one text, with every span checked against the text it claims to cover. */
function listsOf(text: string): NamedList[] {
  const { namedLists } = parse(text);
  for (const list of namedLists) {
    expect(text.slice(...list.count.span)).toBe(list.count.text);
    for (const item of list.items) expect(text.slice(...item.span)).toBe(item.text);
    expect(list.span[0]).toBeLessThanOrEqual(Math.min(list.count.span[0], list.items[0]!.span[0]));
    expect(list.span[1]).toBeGreaterThanOrEqual(Math.max(list.count.span[1], list.items.at(-1)!.span[1]));
  }
  return namedLists;
}

/** The one named list of a text, summarised. */
function only(text: string) {
  const lists = listsOf(text);
  expect(lists, text).toHaveLength(1);
  const list = lists[0]!;
  return {
    count: `${list.count.value}${list.count.measureWord}`,
    items: list.items.map((i) => i.text),
    itemCounts: list.itemCounts,
    order: list.order,
    closure: list.closure,
    marker: list.marker,
    openMarker: list.openMarker,
    separator: list.separator,
  };
}

describe("count-first lists", () => {
  it("分别是, with 和 before the last member", () => {
    const text = "下属单位共4家，分别是甲院、乙中心和丙站。";
    expect(only(text)).toEqual({
      count: "4家",
      items: ["甲院", "乙中心", "丙站"],
      itemCounts: [3],
      order: "count-first",
      closure: "closed",
      marker: "分别是",
      openMarker: null,
      separator: "dun",
    });
    const [list] = listsOf(text);
    expect(list!.count).toEqual({ quantity: 0, span: [5, 7], text: "4家", value: 4, measureWord: "家" });
    expect(list!.span).toEqual([5, text.length - 1]);
  });

  it("分别为 after a half-width comma (num-46)", () => {
    expect(only("逾期未办理单位3家,分别为亳州火车站、农业发展银行亳州市分行、市无线电管理处。")).toMatchObject({
      count: "3家",
      items: ["亳州火车站", "农业发展银行亳州市分行", "市无线电管理处"],
      itemCounts: [3],
      marker: "分别为",
    });
  });

  it("a colon, with 《》 titles as members", () => {
    expect(only("印发3份清单：《权力清单》、《责任清单》。")).toMatchObject({
      count: "3份",
      items: ["《权力清单》", "《责任清单》"],
      itemCounts: [2],
      marker: "：",
      closure: "closed",
    });
  });

  it("titles back to back and quoted names back to back", () => {
    expect(only("共出台3个文件，分别为《甲办法》《乙规定》。")).toMatchObject({ items: ["《甲办法》", "《乙规定》"], separator: "titles" });
    expect(only("评选出优秀案例3个，分别是“甲”“乙”。")).toMatchObject({ items: ["“甲”", "“乙”"], separator: "titles" });
  });

  it("Chinese-numeral counts", () => {
    expect(only("下属单位两家：甲院、乙中心、丙站。")).toMatchObject({ count: "2家", itemCounts: [3] });
    expect(only("共有成员单位三个，为甲局、乙局与丙局。")).toMatchObject({ count: "3个", items: ["甲局", "乙局", "丙局"], marker: "为" });
  });

  it("an inline marker and a colon after it; 及 before the last member", () => {
    expect(only("共3家单位分别是：甲院、乙站及丙所。")).toMatchObject({ items: ["甲院", "乙站", "丙所"], marker: "分别是" });
  });

  it("包括 and 主要有 leave the list open", () => {
    expect(only("共检查企业20家，包括餐饮企业、食品企业。")).toMatchObject({ closure: "open", openMarker: "包括" });
    expect(only("共有5家，主要有甲院、乙中心。")).toMatchObject({ closure: "open", openMarker: "主要有" });
    expect(only("共有5家，分别是甲院、乙中心等。")).toMatchObject({ closure: "open", openMarker: "等", items: ["甲院", "乙中心"] });
  });

  it("members set apart by commas may stop before the sentence does", () => {
    expect(only("共5名，分别是张三，李四，王五。")).toMatchObject({ separator: "comma", itemCounts: [2, 3] });
  });

  it("members set apart by semicolons", () => {
    expect(only("共3家，分别是：甲单位；乙单位；丙单位。")).toMatchObject({ separator: "semicolon", itemCounts: [3] });
  });

  it("a 和 that may be inside a name keeps both readings", () => {
    expect(only("共2家，分别是市司法局、市人力资源和社会保障局。")).toMatchObject({
      items: ["市司法局", "市人力资源和社会保障局"],
      itemCounts: [2, 3],
    });
  });

  it("a 、 list stopping at a comma may go on after it", () => {
    expect(only("存在问题3个：宣传不够深入、培训不够系统，制度不够健全。")).toMatchObject({ itemCounts: [2, 3] });
    // A 和 before the last member closes the list.
    expect(only("下属单位共4家，分别是甲院、乙中心和丙站，运行良好。")).toMatchObject({ itemCounts: [3] });
  });
});

describe("list-first lists", () => {
  it("等 before the count (num-40), the lead-in left out of the first member", () => {
    const text = "上半年共指导华标涛景湾、江湾花苑、保利康桥、滨江花园等4个小区业委会成立。";
    expect(only(text)).toEqual({
      count: "4个",
      items: ["华标涛景湾", "江湾花苑", "保利康桥", "滨江花园"],
      itemCounts: [4],
      order: "list-first",
      closure: "open",
      marker: "等",
      openMarker: "等",
      separator: "dun",
    });
    expect(listsOf(text)[0]!.span).toEqual([text.indexOf("华标"), text.indexOf("小区")]);
  });

  it("nothing or 共 before the count: a closed list", () => {
    expect(only("分事前、事中、事后三个环节予以公示。")).toMatchObject({ items: ["事前", "事中", "事后"], closure: "closed", marker: "" });
    expect(only("甲、乙、丙共3个小区。")).toMatchObject({ closure: "closed", marker: "共" });
  });

  it("titles back to back after a verb (制定《A办法》《B规定》《C细则》)", () => {
    expect(only("制定《A办法》《B规定》《C细则》等3项制度。")).toMatchObject({
      items: ["《A办法》", "《B规定》", "《C细则》"],
      separator: "titles",
      itemCounts: [3],
    });
  });

  it("open lists with fewer names than the count (num-53)", () => {
    expect(only("增值税、房产税、印花税等6个税种实现增长。")).toMatchObject({ count: "6个", itemCounts: [3], closure: "open" });
  });
});

describe("not named lists", () => {
  const silent = [
    ["a list of counts", "检查企业3家、个体户5户，分别为甲、乙。"],
    ["members holding counts", "共2家，分别为甲单位3人、乙单位5人。"],
    ["a quoted slogan", "开展“三进”活动：进社区、进企业、进学校。"],
    ["an ordinal run", "存在3个问题：一是宣传不够；二是培训不够；三是考核不够。"],
    ["actions before a count", "新建、改建5所学校。"],
    ["a count after its noun", "全市建设市、县、乡三级现代农业示范区125个。"],
    ["a numeral phrase inside a member", "对市、县两级3个部门进行检查。"],
    ["a hedged count", "约3家，分别为甲、乙。"],
    ["为 as a preposition", "共帮扶企业5家，为企业解决融资、用工、用地问题。"],
    ["a rank", "排名前三位：甲、乙、丙、丁。"],
    ["a count far from any list", "共有4家单位参加。会议期间，甲、乙、丙作了发言。"],
    ["members that are years", "分别为2023年、2024年。"],
    ["a count with no noun after a list", "分为甲、乙、丙两类。"],
    ["a count that is a case number", "共3件，分别为甲、乙。"],
    ["a join of two actions", "完成甲和乙3个项目。"],
    ["alternatives", "共2家，分别为甲院或乙站、丙所。"],
  ] as const;
  for (const [name, text] of silent) {
    it(name, () => expect(listsOf(text), text).toEqual([]));
  }
});

// How long these take is measured by `pnpm bench` (figures, not assertions); here, that they parse
// at all and keep their lists sound.
describe("adversarial input", () => {
  const shapes: readonly [string, (n: number) => string][] = [
    ["100,000 、", (n) => "、".repeat(n)],
    ["a count before a huge list", (n) => `共3家，分别为${"甲、".repeat(n / 2)}乙。`],
    ["many list-first counts in one sentence", (n) => "甲、乙等3个小区、".repeat(n / 10)],
    ["many counts with 和", (n) => "共3家，分别是甲和乙和丙，".repeat(n / 14)],
  ];
  for (const [name, shape] of shapes) {
    it(name, () => {
      const text = shape(20_000);
      const lists = listsOf(text);
      // One list per count at most: no count is claimed by two lists.
      expect(new Set(lists.map((l) => l.count.quantity)).size).toBe(lists.length);
    });
  }
});
