import { describe, expect, it } from "vitest";
import { NUMERAL_IDIOMS } from "../../src/numbers/lexicon.js";
import { quantitiesOf, ratesOf } from "./summary.js";

// Each family of the not-a-quantity list (indicator-math.md §4.1): a text where the numeral must be
// skipped, and a nearby text where a real count must still be read.

describe("not quantities: 第N and ordinals", () => {
  it("skips 第N in both numeral systems", () => {
    expect(quantitiesOf("第3次会议")).toEqual([]);
    expect(quantitiesOf("第 3 次会议")).toEqual([]);
    expect(quantitiesOf("第一次会议")).toEqual([]);
    expect(quantitiesOf("位居全市第四")).toEqual([]);
  });

  it("still reads the count without 第", () => {
    expect(quantitiesOf("召开3次会议")).toEqual(["3次"]);
    expect(quantitiesOf("召开一次会议")).toEqual(["1次"]);
  });
});

describe("not quantities: 季度, 月, 日, 年, 届, 中全会", () => {
  it("skips dates, terms and plenums", () => {
    expect(quantitiesOf("一季度、3季度")).toEqual([]);
    expect(quantitiesOf("3月5日")).toEqual([]);
    expect(quantitiesOf("2024年度、二〇二四年、两年来")).toEqual([]);
    expect(quantitiesOf("十三届人大")).toEqual([]);
    expect(quantitiesOf("党的二十届三中全会精神")).toEqual([]);
    expect(quantitiesOf("市委十二届八次全会")).toEqual([]);
  });

  it("still reads counts next to them", () => {
    expect(quantitiesOf("2024年受理5件")).toEqual(["5件"]);
    expect(quantitiesOf("一季度办结12件")).toEqual(["12件"]);
    expect(quantitiesOf("全年召开8次全体会议")).toEqual(["8次"]);
  });
});

describe("not quantities: document numbers", () => {
  it("skips the year and the number of 〔…〕, 【…】 and […] document numbers", () => {
    expect(quantitiesOf("宛区人社〔2025〕31号")).toEqual([]);
    expect(quantitiesOf("宛政〔2025〕3号文件")).toEqual([]);
    expect(quantitiesOf("某政【2023】6号")).toEqual([]);
    expect(quantitiesOf("某政[2024]5号")).toEqual([]);
  });

  it("still reads a count after the document number", () => {
    expect(quantitiesOf("依据宛政〔2025〕3号文件，清理文件12件")).toEqual(["12件"]);
  });
});

describe("not quantities: ranges of years and months", () => {
  it.each(["2021-2025年", "2021—2025年", "8-10月", "8 -10月", "8—10月", "2024年1-10月"])("skips %s", (text) => {
    expect(quantitiesOf(`${text}共`)).toEqual([]);
  });

  it("skips both ends of a range of counts, in either numeral system", () => {
    expect(quantitiesOf("3-5个工作日")).toEqual([]);
    expect(quantitiesOf("3至5人")).toEqual([]);
    expect(quantitiesOf("三至五人")).toEqual([]);
  });

  it("still reads the count after a month range", () => {
    expect(quantitiesOf("8-10月共受理劳动争议案件67件")).toEqual(["67件"]);
    expect(quantitiesOf("8 -10月累计挽回经济损失71.3余万元")).toEqual(["71.3万元~more"]);
    expect(quantitiesOf("由3人增至5人")).toEqual(["3人", "5人"]);
  });
});

describe("not quantities: quoted labels", () => {
  it.each(["“1310”具体部署", "“24.7”洪涝灾害", "“五个一”工程", "“三项制度”改革", "“双随机、一公开”检查", "“一网通办”", "\"2个确保\"", "「3个一」"])(
    "skips %s",
    (text) => {
      expect(quantitiesOf(text)).toEqual([]);
      expect(ratesOf(text)).toEqual([]);
    },
  );

  it("reads counts right after the label", () => {
    expect(quantitiesOf("共开展“双随机、一公开”检查3批次")).toEqual(["3批次"]);
    expect(quantitiesOf("“枫桥式司法所”2个")).toEqual(["2个"]);
  });

  it("reads counts after an unclosed quote, or inside a long quotation", () => {
    expect(quantitiesOf("“共受理120件")).toEqual(["120件"]);
    expect(quantitiesOf("报告指出“全年共受理劳动人事争议案件120件，依法办结案件118件，切实维护劳动者合法权益”")).toEqual([
      "120件",
      "118件",
    ]);
  });
});

describe("not quantities: titles", () => {
  it("skips numbers inside 《》", () => {
    expect(quantitiesOf("《关于开展2024年度劳动保障守法诚信等级评价工作的通知》")).toEqual([]);
    expect(quantitiesOf("《2023年为民办实事100件清单》")).toEqual([]);
    expect(ratesOf("《关于提高结案率至95%的意见》")).toEqual([]);
  });

  it("reads counts after the title", () => {
    expect(quantitiesOf("印发《法治宣传手册》500余册")).toEqual(["500册~more"]);
  });
});

describe("not quantities: idioms", () => {
  it.each([
    "一把手",
    "第一责任人",
    "十大精品案件",
    "一站式服务",
    "一次性告知",
    "综合一窗",
    "一裁终局",
    "三集中三到位",
    "十四五规划",
    "百千万工程",
    "一对一辅导",
    "一张网",
    "一码通",
    "一件事一次办",
    "最多跑一次",
    "中央八项规定精神",
    "五位一体",
    "一人一档",
    "一户一策",
    "统一部署",
    "三分之一",
    "每一件",
    "数十人",
    "几十家",
    "十几人",
  ])("skips %s", (text) => {
    expect(quantitiesOf(text)).toEqual([]);
  });

  it("lists every idiom in data with a numeral the extractor would otherwise read", () => {
    for (const idiom of NUMERAL_IDIOMS) expect(quantitiesOf(idiom)).toEqual([]);
  });

  it("still reads real counts beside an idiom", () => {
    expect(quantitiesOf("被评为全市公益诉讼十大精品案件1件")).toEqual(["1件"]);
    expect(quantitiesOf("仲裁裁决结案46件(其中一裁终局42件)")).toEqual(["46件", "42件"]);
    expect(quantitiesOf("线下设立7个综合一窗")).toEqual(["7个"]);
    expect(quantitiesOf("发放一张宣传单")).toEqual(["1张"]);
  });
});
