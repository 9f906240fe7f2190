import { describe, expect, it } from "vitest";
import { daysInMonth, parse, weekdayOf } from "../src/index.js";

const BODY_TITLE = "关于2024年法治政府建设情况的报告\n";
const datesOf = (line: string) =>
  parse(BODY_TITLE + line).dates.filter((d) => d.context !== "title").map(({ span: _span, ...d }) => d);
const one = (line: string) => {
  const found = datesOf(line);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe("dates", () => {
  it.each([
    ["2024年，我局", "2024年", 2024, null, null],
    ["2024年度，我局", "2024年度", 2024, null, null],
    ["2024年10月组织学习", "2024年10月", 2024, 10, null],
    ["于2024年10月5日召开", "2024年10月5日", 2024, 10, 5],
    ["统计期限为 2025 年 1 月 1 日至", "2025 年 1 月 1 日", 2025, 1, 1],
    ["2025-03-25", "2025-03-25", 2025, 3, 25],
    ["2025.3.25", "2025.3.25", 2025, 3, 25],
    ["2025/3/25", "2025/3/25", 2025, 3, 25],
    ["10月5日召开", "10月5日", null, 10, 5],
    ["今年8月份", "8月", null, 8, null],
    ["二〇二四年三月二十五日", "二〇二四年三月二十五日", 2024, 3, 25],
    ["二O二三年工作", "二O二三年", 2023, null, null],
  ])("reads %s", (line, raw, year, month, day) => {
    expect(one(line)).toMatchObject({ raw, year, month, day, context: "plain", malformed: null, rangeEnd: null });
  });

  it.each([
    ["2021—2025年", 2021, 2025],
    ["2021-2025年", 2021, 2025],
    ["2021至2025年", 2021, 2025],
    ["2021年—2025年", 2021, 2025],
    ["2024－2027 年", 2024, 2027],
  ])("reads the range %s", (raw, year, rangeEnd) => {
    expect(one(`规划（${raw}）`)).toMatchObject({ raw, year, rangeEnd, context: "range", malformed: null });
  });

  it("reads month ranges with the first month", () => {
    expect(one("8-10月开展专项行动")).toMatchObject({ raw: "8-10月", year: null, month: 8, day: null, context: "range" });
    expect(one("8 -10月开展专项行动")).toMatchObject({ raw: "8 -10月", month: 8 });
    expect(one("2024年1-6月共受理")).toMatchObject({ raw: "2024年1-6月", year: 2024, month: 1, day: null });
  });

  it("reads document numbers with any bracket", () => {
    const found = datesOf("（宛区人社〔2025〕31号）、【2023】6号、[2024] 3号、国办公开办函〔2021〕30 号");
    expect(found.map((d) => [d.raw, d.year, d.context])).toEqual([
      ["〔2025〕31号", 2025, "document-number"],
      ["【2023】6号", 2023, "document-number"],
      ["[2024] 3号", 2024, "document-number"],
      ["〔2021〕30 号", 2021, "document-number"],
    ]);
  });

  it("gives the context of document titles, quotes and the title", () => {
    const report = parse(`${BODY_TITLE}印发《宛城区2024年度法治政府建设工作安排》，落实“2023年度考核”意见，2024年完成。`);
    expect(report.dates.map((d) => [d.raw, d.context])).toEqual([
      ["2024年", "title"],
      ["2024年度", "document-title"],
      ["2023年度", "quoted"],
      ["2024年", "plain"],
    ]);
  });

  it("reads a weekday after a date and checks it", () => {
    expect(one("2025年3月25日 星期二")).toMatchObject({ weekday: 2, malformed: null });
    expect(one("2025年3月25日（周一）")).toMatchObject({ raw: "2025年3月25日（周一）", weekday: 1, malformed: "weekday-mismatch" });
    expect(one("2024-12-01 星期日")).toMatchObject({ weekday: 0, malformed: null });
  });

  it.each([
    ["20192023年", { year: 2019, rangeEnd: 2023, context: "range", malformed: "range-dash-lost" }],
    ["20221月5日", { raw: "20221月5日", year: 2022, month: 1, day: 5, malformed: "year-glued-to-month" }],
    ["2023年2月30日", { malformed: "day-out-of-range" }],
    ["2023年2月29日", { malformed: "day-out-of-range" }],
    ["2024年4月31日", { malformed: "day-out-of-range" }],
    ["13月", { month: 13, malformed: "month-out-of-range" }],
    ["2025—2021年", { malformed: "range-reversed" }],
  ])("flags %s", (line, expected) => {
    expect(one(line)).toMatchObject(expected);
  });

  it("reads a numeric date between Chinese words or after a label, and a period of two dates", () => {
    expect(datesOf("发布时间:2025-02-30来源").map((d) => [d.raw, d.malformed])).toEqual([["2025-02-30", "day-out-of-range"]]);
    expect(datesOf("期间为2024.12.01-2025.02.28，共3个月").map((d) => d.raw)).toEqual(["2024.12.01", "2025.02.28"]);
  });

  it("accepts 29 February in leap years and when the year is unknown", () => {
    expect(one("2024年2月29日")).toMatchObject({ malformed: null });
    expect(one("2月29日")).toMatchObject({ malformed: null });
  });

  it.each([
    ["amounts and counts", "共计3000万元，办理1234件，用时6个月。"],
    ["decimals", "增长1.5月均值，占比12.5%。"],
    ["index numbers", "索引号 1134170200325601XJ/202303-00026"],
    ["a five-digit number before 年", "12020年,省政府新收申请188件。"],
    ["implausible years", "公元1000年，2200年。"],
    ["a URL with a dated path", "详见 http://www.example.gov.cn/art/2024/2/30/art_1.html 。"],
    ["a URL whose date ends in a file name", "网址www.example.gov.cn/2024-13-05.html"],
    ["a version or code number", "系统v2024.2.30版，编号ID2025-02-30，代码91440300MA2024。"],
    ["a phone number", "咨询电话：0371-20251234，12345热线。"],
    ["an amount or a month count", "资金20万元，历时13个月。"],
  ])("ignores %s", (_name, line) => {
    expect(datesOf(line)).toEqual([]);
  });
});

describe("calendar helpers", () => {
  it("gives the days of a month, February by leap year (29 when the year is unknown)", () => {
    expect([daysInMonth(2023, 2), daysInMonth(2024, 2), daysInMonth(1900, 2), daysInMonth(2000, 2), daysInMonth(null, 2)]).toEqual([28, 29, 28, 29, 29]);
    expect([daysInMonth(2024, 4), daysInMonth(2024, 12)]).toEqual([30, 31]);
  });

  it("gives the weekday of a date, 0 for Sunday", () => {
    expect([weekdayOf(2025, 3, 25), weekdayOf(2024, 12, 1), weekdayOf(2024, 2, 29)]).toEqual([2, 0, 4]);
  });
});
