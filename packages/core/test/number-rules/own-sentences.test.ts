// Sentences of our own making, in the patterns real reports use, with the verdict indicator-math §4
// gives them. Where the spec leaves a pair ambiguous (silent or WARN), we expect the quieter verdict.
import { describe, expect, it } from "vitest";
import { error, expectVerdict, expectWellFormed, info, numberFindings, spanOverlaps, warning, type Expected } from "./verdict.js";

interface Case {
  readonly text: string;
  readonly expect: Expected;
  /** The arithmetic behind the expectation. */
  readonly why: string;
}

const SILENT: Expected = [];

const GROUPS: Readonly<Record<string, readonly Case[]>> = {
  "行政复议 dispositions (维持/撤销/确认违法/驳回/终止)": [
    {
      text: "全年共收到行政复议申请58件,受理52件,审结49件,其中维持31件、撤销6件、确认违法4件、驳回5件、终止3件。",
      expect: SILENT,
      why: "31+6+4+5+3 = 49 = 审结",
    },
    {
      text: "全年共收到行政复议申请58件,受理52件,审结49件,其中维持33件、撤销6件、确认违法4件、驳回5件、终止3件。",
      expect: [error("sum-mismatch")],
      why: "disposal partition after 审结49件: 33+6+4+5+3 = 51 > 49",
    },
    {
      text: "共审结行政复议案件40件,其中维持26件、驳回8件、终止3件,其余3件予以撤销。",
      expect: SILENT,
      why: "其余 ⇒ exhaustive: 26+8+3+3 = 40",
    },
    {
      text: "共审结行政复议案件40件,其中维持26件、驳回8件、终止3件,其余4件予以撤销。",
      expect: [error("sum-mismatch")],
      why: "其余 ⇒ exhaustive: 26+8+3+4 = 41 ≠ 40",
    },
    {
      text: "审结行政复议案件50件,其中撤销6件、确认违法3件、责令履行1件,纠错率20%。",
      expect: SILENT,
      why: "纠错 = 6+3+1 = 10; 10/50 = 20%",
    },
    {
      text: "审结行政复议案件49件,其中维持31件、撤销6件、确认违法4件、驳回5件、终止3件,纠错率20.4%。",
      expect: SILENT,
      why: "纠错 = 撤销+确认违法 = 10 (not every disposal); 10/49 = 20.41 → 20.4",
    },
    {
      text: "受理行政复议申请三十五件,其中维持二十件、撤销六件、驳回十件。",
      expect: [error("sum-mismatch")],
      why: "Chinese numerals: 20+6+10 = 36 > 35",
    },
    {
      text: "全年办理行政复议案件不足30件,其中维持18件、撤销5件、驳回4件。",
      expect: SILENT,
      why: "不足30 ⇒ [0, 30); 27 fits",
    },
    {
      text: "全年办理行政复议案件不足30件,其中维持18件、撤销7件、驳回6件。",
      expect: [error("sum-mismatch")],
      why: "不足30 ⇒ whole < 30; parts 18+7+6 = 31",
    },
  ],
  "信访 受理/办结/办结率": [
    { text: "全年受理群众来信来访326件,办结321件,办结率98.5%。", expect: SILENT, why: "321/326 = 98.47 → 98.5" },
    {
      text: "全年受理群众来信来访326件,办结321件,办结率98.8%。",
      expect: [error("rate-mismatch")],
      why: "321/326 = 98.47 → 98.5, not 98.8 (98.8 would need 322)",
    },
    { text: "受理信访事项85件,按期办结85件,按期办结率100%。", expect: SILENT, why: "85/85 (alternative denominator 受理)" },
    { text: "信访事项及时受理率100%、按期办结率98%。", expect: SILENT, why: "no counts at all" },
    { text: "受理信访事项一百二十件,办结一百二十件,办结率100%。", expect: SILENT, why: "Chinese numerals: 120/120" },
    {
      text: "受理信访事项一百二十件,办结一百一十八件,办结率99.2%。",
      expect: [error("rate-mismatch")],
      why: "Chinese numerals: 118/120 = 98.33 → 98.3, not 99.2",
    },
    {
      text: "受理信访事项150件,办结148件,办结率98.70%。",
      expect: [error("rate-mismatch")],
      why: "precision: 148/150 = 98.667 → 98.67 at two decimals, not 98.70",
    },
    {
      text: "本年度行政诉讼案件30件,胜诉23件,胜诉率76.6%。",
      expect: [info("rate-mismatch")],
      why: "as row 27: 23/30 = 76.67 truncated, not rounded (INFO 疑似截去); 案件 is not the explicit 审结",
    },
    { text: "受理投诉120件,办结116件,办结率达95%以上。", expect: SILENT, why: "以上: 116/120 = 96.67 ≥ 94.5" },
    {
      text: "受理投诉120件,办结112件,办结率达95%以上。",
      expect: [error("rate-mismatch")],
      why: "以上: 112/120 = 93.33 < 94.5, the lowest value that prints as 95",
    },
    {
      text: "受理信访事项200件,办结196件,办结率98%,较上年提高3个百分点。",
      expect: SILENT,
      why: "196/200 = 98%; 个百分点 is a difference",
    },
    { text: "受理行政复议案件23件,办结率97%。", expect: [error("impossible-percentage")], why: "n = 23: 22 → 95.7 → 96, 23 → 100; 97 impossible" },
    { text: "受理行政复议案件23件,办结率95.7%。", expect: SILENT, why: "22/23 = 95.65 → 95.7" },
  ],
  "100% and 0% are strict (§4.3)": [
    { text: "受理信访事项400件,办结400件,办结率100%。", expect: SILENT, why: "400/400" },
    {
      text: "受理信访事项400件,办结399件,办结率100%。",
      expect: [error("rate-mismatch")],
      why: "399/400 = 99.75 rounds to 100, but 100% means 全部",
    },
    {
      text: "受理投诉举报300件,办结1件,办结率0%。",
      expect: [error("rate-mismatch")],
      why: "1/300 = 0.33 rounds to 0, but 0% means none",
    },
  ],
  "number forms: 百分之, full-width digits, thousands separators, 〇 years, 近": [
    {
      text: "受理劳动争议案件六件,结案五件,结案率百分之八十三点三。",
      expect: SILENT,
      why: "百分之八十三点三 = 83.3% (d = 1); 5/6 = 83.33",
    },
    {
      text: "受理劳动争议案件六件,结案五件,结案率百分之九十。",
      expect: [error("rate-mismatch")],
      why: "5/6 = 83.3%, not 90%",
    },
    { text: "受理投诉举报１５件,办结率９９％。", expect: [error("impossible-percentage")], why: "full-width row 4: n = 15 cannot give 99%" },
    { text: "共受理行政许可事项1,250件,其中即办件1,100件,即办率88%。", expect: SILENT, why: "1,250 = 1250; 1100/1250 = 88%" },
    {
      text: "二〇二四年共受理信访事项120件,已办结118件,办结率98.3%。",
      expect: SILENT,
      why: "二〇二四年 is a year, not a count; 118/120 = 98.3",
    },
    {
      text: "受理劳动争议案件近500件,其中调解结案320件、裁决结案190件。",
      expect: [error("sum-mismatch")],
      why: "近500 ⇒ at most 500; 320+190 = 510",
    },
    {
      text: "劳动人事争议仲裁院仲裁裁决结案46件(其中一裁终局52件)。",
      expect: [error("part-exceeds-total")],
      why: "nested sub-check: 一裁终局 52 > 46",
    },
    { text: "检查用人单位120户,其中建筑企业80家、制造企业50家。", expect: SILENT, why: "户 ≠ 家: mixed units are skipped" },
  ],
  "12345 热线 按时办结率/满意率": [
    {
      text: "全年承办12345政务服务便民热线工单4562件,按时办结4517件,按时办结率99.01%。",
      expect: SILENT,
      why: "4517/4562 = 99.014 → 99.01; 12345 is a hotline name, not a count",
    },
    { text: "回访群众3200人,满意3136人,满意率98%。", expect: SILENT, why: "3136/3200 = 98%" },
    {
      text: "共回访评价2000件,其中满意1900件,满意率97%。",
      expect: [warning("rate-mismatch")],
      why: "满意/评价 = 95% ≠ 97; 满意率 mismatches are WARN",
    },
    {
      text: "办结热线工单4000件,其中按期办结3900件,按期办结率99.5%。",
      expect: [warning("rate-mismatch")],
      why: "按期办结/办结 = 97.5% ≠ 99.5; 按期办结率 mismatches are WARN",
    },
  ],
  "行政许可 即办件/即办率": [
    { text: "共受理行政许可事项1250件,其中即办件1100件,即办率88%。", expect: SILENT, why: "1100/1250 = 88%" },
    {
      text: "共受理行政许可事项1250件,其中即办件1100件,即办率90%。",
      expect: [error("rate-mismatch")],
      why: "1100/1250 = 88% ≠ 90",
    },
    { text: "共受理行政许可申请二百四十件,其中即办件一百八十件,即办率75%。", expect: SILENT, why: "180/240 = 75%" },
    {
      text: "受理行政许可申请八十件,其中即办件七十二件,即办率80%。",
      expect: [error("rate-mismatch")],
      why: "72/80 = 90% ≠ 80",
    },
    {
      text: "办理行政许可事项1.2万件,同比增长18.7%,网上办理率达96.5%。",
      expect: SILENT,
      why: "growth is not checked; no counter-number for 网上办理率",
    },
  ],
  "行政诉讼 发案/审结/败诉率/出庭应诉率": [
    { text: "全年行政诉讼发案68件,审结60件,败诉3件,败诉率5%。", expect: SILENT, why: "3/60 = 5%" },
    { text: "全年行政诉讼发案68件,审结60件,败诉3件,败诉率4.4%。", expect: "silentOrInfo", why: "3/68 = 4.41 (口径 = 发案)" },
    {
      text: "全年行政诉讼发案68件,审结60件,败诉3件,败诉率6%。",
      expect: [error("rate-mismatch")],
      why: "3/60 = 5.0, 3/68 = 4.4; neither is 6",
    },
    {
      text: "本年度行政诉讼案件开庭审理16件,行政机关负责人出庭应诉16件,出庭应诉率100%。",
      expect: SILENT,
      why: "16/16",
    },
    {
      text: "本年度行政诉讼案件开庭审理16件,行政机关负责人出庭应诉12件,出庭应诉率100%。",
      expect: [warning("rate-mismatch")],
      why: "12/16 = 75%; 出庭应诉率 is WARN only (口径不统一)",
    },
  ],
  "劳动仲裁 结案率, 上期未结, closure parts": [
    {
      text: "全年受理劳动人事争议案件320件,上期未结18件,结案330件,结案率97.6%。",
      expect: "silentOrInfo",
      why: "330/(320+18) = 97.63 → 97.6 (仲裁统计口径)",
    },
    { text: "全年受理劳动人事争议案件320件,结案305件,结案率95.3%。", expect: SILENT, why: "305/320 = 95.31" },
    {
      text: "全年受理劳动人事争议案件320件,结案305件,结案率96.3%。",
      expect: [error("rate-mismatch")],
      why: "305/320 = 95.31 → 95.3, not 96.3",
    },
    {
      text: "全年立案受理劳动人事争议案件210件,审结205件,其中调解结案132件、裁决结案61件、撤诉12件。",
      expect: SILENT,
      why: "132+61+12 = 205",
    },
    {
      text: "全年受理劳动人事争议案件210件,其中调解结案132件、裁决结案71件、撤诉12件。",
      expect: [error("sum-mismatch")],
      why: "disposal partition: 132+71+12 = 215 > 210",
    },
    {
      text: "受理劳动争议案件24件(调解15件、裁决6件、结案率87.5%)。",
      expect: SILENT,
      why: "closure parts 15+6 = 21; 21/24 = 87.5%",
    },
    {
      text: "受理劳动争议案件67件(裁决21件、线下调解27件、线上调解9件)。",
      expect: SILENT,
      why: "21+27+9 = 57 ≤ 67, parenthesised list is not exhaustive",
    },
    {
      text: "共受理劳动争议案件120宗,其中调解结案80件、裁决结案30件。",
      expect: SILENT,
      why: "件 ≡ 宗: 110 ≤ 120",
    },
    {
      text: "共受理劳动争议案件120宗,其中调解结案80件、裁决结案45件。",
      expect: [error("sum-mismatch")],
      why: "件 ≡ 宗: 80+45 = 125 > 120",
    },
  ],
  "调处/调解成功率 (GRIM)": [
    { text: "共调处矛盾纠纷48起,调解成功率达93.5%。", expect: [error("impossible-percentage")], why: "n = 48: 44 → 91.7, 45 → 93.8; 93.5 impossible" },
    {
      text: "调处矛盾纠纷两千零六十八起,调解成功两千零二十六起,调解成功率98%。",
      expect: SILENT,
      why: "两千零六十八 = 2068; 2026/2068 = 97.97 → 98",
    },
  ],
  "money in 万元/亿元 with 中央/省级/市级/县级 funds": [
    {
      text: "全年投入法治建设专项经费1850万元,其中中央资金600万元、省级资金450万元、市级资金500万元、县级资金300万元。",
      expect: SILENT,
      why: "600+450+500+300 = 1850",
    },
    {
      text: "下达就业补助资金2.36亿元,其中中央资金1.5亿元、省级资金6000万元、县级资金2600万元。",
      expect: SILENT,
      why: "1.5亿 + 0.6亿 + 0.26亿 = 2.36亿",
    },
    {
      text: "下达就业补助资金2.36亿元,其中中央资金1.5亿元、省级资金6000万元、县级资金3600万元。",
      expect: [error("sum-mismatch")],
      why: "2.46亿 > 2.365亿, the most 2.36亿 can stand for",
    },
    {
      text: "争取中央资金1200万元、省级资金800万元、市级资金500万元,合计2600万元。",
      expect: [error("sum-mismatch")],
      why: "合计 after the list ⇒ exhaustive: 2500 ≠ 2600",
    },
    { text: "争取中央资金1200万元、省级资金800万元、市级资金600万元,合计2600万元。", expect: SILENT, why: "1200+800+600 = 2600" },
    {
      text: "共发放各类就业补贴约3500万元,其中社保补贴2100万元、岗位补贴1350万元。",
      expect: SILENT,
      why: "约3500万 ⇒ soft [3400万, 3600万]; 3450万 fits",
    },
    { text: "为劳动者追回工资待遇1280余万元,其中农民工工资1260万元。", expect: SILENT, why: "1260 < 1280余" },
    {
      text: "专项资金总额1.2亿元,其中中央资金8000万元,占比65.3%。",
      expect: SILENT,
      why: "占比 of money is not a count-based proportion: not checked",
    },
  ],
  "其中/包括/分别为/共计/其余": [
    {
      text: "全年办理人大代表建议和政协提案共45件,分别为人大代表建议28件、政协提案17件。",
      expect: SILENT,
      why: "分别为 ⇒ exhaustive: 28+17 = 45",
    },
    {
      text: "全年办理人大代表建议和政协提案共45件,分别为人大代表建议28件、政协提案18件。",
      expect: [error("sum-mismatch")],
      why: "分别为 ⇒ exhaustive: 28+18 = 46 ≠ 45",
    },
    { text: "共出台规范性文件12件,包括政府规章2件、行政规范性文件9件。", expect: SILENT, why: "包括 ⇒ non-exhaustive: 11 ≤ 12" },
    { text: "办理行政复议案件23件、行政诉讼案件17件,共计40件。", expect: SILENT, why: "23+17 = 40" },
    {
      text: "共受理劳动保障监察举报投诉86件,其中欠薪类72件,其余14件为社保类。",
      expect: SILENT,
      why: "其余 ⇒ exhaustive: 72+14 = 86",
    },
    {
      text: "共受理劳动保障监察举报投诉86件,其中欠薪类72件,其余16件为社保类。",
      expect: [error("sum-mismatch")],
      why: "其余 ⇒ exhaustive: 72+16 = 88 ≠ 86",
    },
    {
      text: "共开展法治宣传活动132场,包括线上活动98场、线下活动41场。",
      expect: [error("sum-mismatch")],
      why: "线上/线下 partition: 98+41 = 139 > 132",
    },
    {
      text: "印发《行政执法案卷评查办法》(宛区司〔2024〕12号),评查行政执法案卷120件,其中优秀36件、良好52件、合格30件。",
      expect: SILENT,
      why: "〔2024〕12号 is a document number; 36+52+30 = 118 ≤ 120",
    },
  ],
  "余/约/以上/不足 hedges": [
    { text: "开展普法宣传活动60余场,发放宣传资料1.2万余份,受益群众3万余人次。", expect: SILENT, why: "no relation between the counts" },
    { text: "全年接待来访群众约1500人次,其中集体访约300人次。", expect: SILENT, why: "300 ≤ 1500" },
    { text: "培训执法人员500人以上,其中新进执法人员300人。", expect: SILENT, why: "以上 ⇒ [500, ∞)" },
    { text: "受理投诉举报15余件,办结率99%。", expect: SILENT, why: "R3 needs an exact n; 15余 is not" },
    { text: "调处矛盾纠纷约48起,调解成功率达93.5%。", expect: SILENT, why: "R3 needs an exact n; 约48 is not" },
    {
      text: "调解劳动争议1200余件,其中线上调解700件、线下调解800件。",
      expect: [warning("sum-mismatch")],
      why: "1500 exceeds what 1200余 usually means (1200–1299), but not the hard bound",
    },
  ],
  "人 vs 人次, 涉及": [
    { text: "组织执法人员培训12期,参训320人次,其中新进人员85人。", expect: SILENT, why: "人 is never bounded by 人次" },
    { text: "全年培训执法人员860人,其中女性312人、男性548人。", expect: SILENT, why: "312+548 = 860" },
    {
      text: "全年培训执法人员860人,其中女性412人、男性548人。",
      expect: [error("sum-mismatch")],
      why: "男/女 partition: 412+548 = 960 > 860",
    },
    { text: "受理劳动争议案件150件,涉及劳动者420人,涉及金额860万元。", expect: SILENT, why: "three dimensions" },
    {
      text: "受理劳动争议案件150件(涉及工伤案件60件、农民工案件110件)。",
      expect: SILENT,
      why: "涉及 ⇒ overlapping attributes: no sum; each part ≤ 150",
    },
    {
      text: "受理劳动争议案件150件(涉及工伤案件60件、农民工案件160件)。",
      expect: [error("part-exceeds-total")],
      why: "涉及 ⇒ only the single-part rule: 160 > 150",
    },
  ],
  "growth rates and 个百分点 (never checked)": [
    { text: "全区行政复议案件同比增长35.6%,行政诉讼案件同比下降12.3%。", expect: SILENT, why: "growth" },
    { text: "受理劳动争议案件150件,同比增长150%。", expect: SILENT, why: "growth above 100% is fine" },
    { text: "受理信访事项200件,办结190件,办结率95%,较上年下降3个百分点。", expect: SILENT, why: "190/200 = 95%" },
    { text: "行政复议纠错率为12.6%,同比提高1.2个百分点。", expect: SILENT, why: "no counts" },
  ],
  "context never crosses a heading or paragraph": [
    {
      text: "一、严格规范公正文明执法\n全年受理投诉举报15件。\n二、化解社会矛盾纠纷\n各类案件办结率99%。\n",
      expect: SILENT,
      why: "the only n (15) is under another heading",
    },
  ],
};

interface Paragraph {
  readonly text: string;
  readonly expect: Expected;
  /** The one wrong claim: the finding must lie on it. */
  readonly wrong?: string;
}

const PARAGRAPHS: readonly Paragraph[] = [
  {
    text:
      "2024年,区人社局共受理劳动人事争议案件320件,结案305件,结案率95.3%。其中调解结案186件、裁决结案104件、撤诉15件。" +
      "全年受理劳动保障监察投诉举报86件,已办结86件,办结率100%。组织开展执法人员培训3期,参训180人次。" +
      "共下达就业补助资金2.36亿元,其中中央资金1.5亿元、省级资金6000万元、县级资金3600万元。",
    expect: [error("sum-mismatch")],
    wrong: "共下达就业补助资金2.36亿元,其中中央资金1.5亿元、省级资金6000万元、县级资金3600万元",
  },
  {
    text:
      "全年共收到行政复议申请58件,依法受理52件,审结49件,其中维持31件、撤销6件、确认违法4件、驳回5件、终止3件,纠错率20.4%。" +
      "全年行政诉讼发案68件,审结60件,败诉3件,败诉率6%。行政机关负责人出庭应诉率100%。",
    expect: [error("rate-mismatch")],
    wrong: "败诉率6%",
  },
  {
    text:
      "全年受理群众来信来访326件,办结321件,办结率98.5%。12345政务服务便民热线承办工单4562件,按时办结4517件," +
      "按时办结率99.01%,群众满意率98.6%,同比提高1.2个百分点。受理行政复议案件23件,办结率97%。",
    expect: [error("impossible-percentage")],
    wrong: "办结率97%",
  },
  {
    text:
      "本年度共办理人大代表建议和政协提案45件,其中人大代表建议28件,其余17件为政协提案,办复率100%。" +
      "开展法治宣传活动一百二十场,发放宣传资料3000余份,其中法律法规汇编1200份、宣传折页2000份。" +
      "全年培训执法人员860人,其中女性412人、男性548人。",
    expect: [error("sum-mismatch")],
    wrong: "全年培训执法人员860人,其中女性412人、男性548人",
  },
  {
    text:
      "2023年,全县共审结行政复议案件40件,其中维持26件、驳回8件、终止3件,其余3件予以撤销。" +
      "行政诉讼发案数139件,审结130件,败诉7件,败诉率5.38%。全年共受理信访事项120件,已办结118件,办结率98.3%," +
      "群众满意率较上年提高2.1个百分点。下达专项资金1850万元,其中中央资金600万元、省级资金450万元、市级资金500万元、县级资金300万元。",
    expect: SILENT,
  },
];

const ALL_CASES = Object.values(GROUPS).flat();

describe("own sentences: the mix the brief asks for", () => {
  it("has at least 40 sentences, a third of them consistent", () => {
    expect(ALL_CASES.length).toBeGreaterThanOrEqual(40);
    const silent = ALL_CASES.filter((c) => c.expect !== "silentOrInfo" && c.expect.length === 0).length;
    expect(silent * 3).toBeGreaterThanOrEqual(ALL_CASES.length);
  });
});

for (const [group, cases] of Object.entries(GROUPS)) {
  describe(`own sentences: ${group}`, () => {
    for (const c of cases) {
      it(`${c.text} (${c.why})`, () => {
        expectVerdict(c.text, c.expect);
        for (const d of numberFindings(c.text)) if (d.severity !== "info") expectWellFormed(c.text, d);
      });
    }
  });
}

describe("own paragraphs: several claims, at most one wrong", () => {
  PARAGRAPHS.forEach((p, i) => {
    it(`paragraph ${i + 1}${p.wrong ? `: the wrong claim is 「${p.wrong}」` : " is consistent"}`, () => {
      expectVerdict(p.text, p.expect);
      for (const d of numberFindings(p.text)) {
        if (d.severity === "info") continue;
        expectWellFormed(p.text, d);
        if (p.wrong) expect(spanOverlaps(p.text, d, p.wrong), `span 「${p.text.slice(d.span[0], d.span[1])}」`).toBe(true);
      }
    });
  });
});
