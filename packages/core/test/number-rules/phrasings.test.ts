// Invented sentences for every phrasing of issue 11 §1 (items 1, 2, 4, 5, 6, 7, 8, 10) and the three
// false-error patterns of §2, both directions. Policy (indicator-math): certain → error, plausible →
// warning, unsure → silent. A consistent sentence must stay silent (info allowed); an inconsistent one
// must get its rule at warning or error, or at error when the pair or the partition is explicit; a §2
// sentence that is correct must never get an error. Rates: round half-up at the printed decimals, and a
// rate is consistent when ANY plausible pair of counts in the text gives it.
// A row marked `fails` is a case the rules get wrong today: it runs as `it.fails`, so the suite stays
// green while the lead sees which phrasings generalise poorly.
import { describe, expect, it } from "vitest";
import { verdict, type NumberRuleId } from "./verdict.js";

/** What a row asks of the number rules. */
type Want =
  /** Consistent: no warning, no error (info allowed). */
  | { readonly kind: "silent" }
  /** §2: a correct sentence may get at most a warning. */
  | { readonly kind: "noError" }
  /** Inconsistent: `rule` fires at `level` (or higher); no finding of the rules in `without`. */
  | {
      readonly kind: "finds";
      readonly rule: NumberRuleId;
      readonly level: "error" | "warningOrError";
      readonly without: readonly NumberRuleId[];
    };

interface Row {
  readonly text: string;
  readonly expect: Want;
  /** The arithmetic behind the expectation. */
  readonly why: string;
  /** Set when the rules get this row wrong today: `FAILS TODAY: <why>`. */
  readonly fails?: string;
}

const SILENT: Want = { kind: "silent" };
const NO_ERROR: Want = { kind: "noError" };
// One defect, one finding: a part above its total is not also a sum mismatch.
const withoutFor = (rule: NumberRuleId): readonly NumberRuleId[] =>
  rule === "part-exceeds-total" ? ["sum-mismatch"] : [];
/** Certain: an explicit pair in one sentence, a bracketed list with a clear partition, a bounded share above 100%. */
const certain = (rule: NumberRuleId): Want => ({ kind: "finds", rule, level: "error", without: withoutFor(rule) });
/** Inconsistent, but how sure the rule can be depends on reading the phrasing: warning or error. */
const flagged = (rule: NumberRuleId): Want => ({ kind: "finds", rule, level: "warningOrError", without: withoutFor(rule) });

const isConsistent = (r: Row): boolean => r.expect.kind !== "finds";

function check(text: string, want: Want): void {
  const found = verdict(text);
  const shown = found.filter((v) => v.severity !== "info");
  const got = JSON.stringify(found);
  switch (want.kind) {
    case "silent":
      expect(shown, `${text} → ${got}`).toEqual([]);
      break;
    case "noError":
      expect(
        found.filter((v) => v.severity === "error"),
        `${text} → ${got}`,
      ).toEqual([]);
      break;
    case "finds": {
      const levels = want.level === "error" ? ["error"] : ["error", "warning"];
      expect(
        found.some((v) => v.ruleId === want.rule && levels.includes(v.severity)),
        `${text}: expected ${want.rule} at ${want.level}, got ${got}`,
      ).toBe(true);
      for (const other of want.without) {
        expect(
          shown.filter((v) => v.ruleId === other),
          `${text}: one defect, one finding (no ${other}), got ${got}`,
        ).toEqual([]);
      }
      break;
    }
  }
}

const PHRASINGS: Readonly<Record<string, readonly Row[]>> = {
  "§1.1 half-width punctuation; organisation names as parts": [
    {
      text: "2024年共受理行政复议申请86件(区市场监管局31件,区公安分局28件,区人社局19件)。",
      expect: SILENT,
      why: "31 + 28 + 19 = 78 ≤ 86",
    },
    {
      text: "2024年共受理行政复议申请86件(区市场监管局41件,区公安分局28件,区人社局19件)。",
      expect: flagged("sum-mismatch"),
      why: "41 + 28 + 19 = 88 > 86",
    },
    {
      text: "全年办理法律援助案件1,260件(刑事案件530件,民事案件702件,行政案件28件);",
      expect: SILENT,
      why: "530 + 702 + 28 = 1260",
    },
    {
      text: "全年办理法律援助案件1,260件(刑事案件530件,民事案件752件,行政案件28件);",
      expect: certain("sum-mismatch"),
      why: "530 + 752 + 28 = 1310 > 1260",
    },
    {
      text: "县信访局受理群众来信45件(县委办转交12件,市信访局交办51件)。",
      expect: certain("sum-mismatch"),
      why: "12 + 51 = 63 > 45 with 51 > 45 alone: one finding, sum-mismatch's, naming 51",
    },
    {
      text: "全区在岗行政执法人员96人(区城管局38人,区市场监管局32人,区生态环境分局26人)。",
      expect: SILENT,
      why: "38 + 32 + 26 = 96",
    },
    {
      text: "全年收到政府信息公开申请132件,其中当面申请8件,网络申请97件,信函申请27件;",
      expect: SILENT,
      why: "8 + 97 + 27 = 132",
    },
    {
      text: "受理劳动人事争议案件215宗(调解结案128宗,裁决结案74宗,撤诉20宗);",
      expect: certain("sum-mismatch"),
      why: "disposal partition: 128 + 74 + 20 = 222 > 215",
    },
    {
      text: "全年受理行政复议案件72件（区市场监管局33件、区公安分局25件、区人社局11件）。",
      expect: SILENT,
      why: "33 + 25 + 11 = 69 ≤ 72",
    },
    {
      text: "全区行政应诉案件58件（区自然资源局27件、区住建局22件、各街道办事处15件）。",
      expect: flagged("sum-mismatch"),
      why: "27 + 22 + 15 = 64 > 58",
    },
    {
      text: "12345热线受理诉求3,420件(咨询类1,680件,求助类1,020件,投诉类730件)",
      expect: flagged("sum-mismatch"),
      why: "1680 + 1020 + 730 = 3430 > 3420",
    },
    {
      text: "12345热线受理诉求3,420件(咨询类1,680件,求助类1,010件,投诉类730件)",
      expect: SILENT,
      why: "1680 + 1010 + 730 = 3420",
    },
    {
      text: "受理劳动争议案件40起(结案36起,结案率90%)。",
      expect: SILENT,
      why: "36 / 40 = 90%",
    },
    {
      text: "受理劳动争议案件40起(结案36起,结案率95%)。",
      expect: certain("rate-mismatch"),
      why: "36 / 40 = 90% ≠ 95% (95% would need 38)",
    },
    {
      text: "区司法局收到行政复议申请64件（市场监管领域18件、公安交管领域70件）。",
      expect: certain("sum-mismatch"),
      why: "18 + 70 = 88 > 64 with 70 > 64 alone: one finding, sum-mismatch's, naming 70",
    },
  ],

  "§1.2 total first, parts as sibling clauses closed by 其他/等其他/其余": [
    {
      text: "全区政务服务事项共1,326项，行政许可事项402项，公共服务事项687项，其他行政权力事项237项。",
      expect: SILENT,
      why: "402 + 687 + 237 = 1326",
    },
    {
      text: "全区政务服务事项共1,326项，行政许可事项402项，公共服务事项687项，其他行政权力事项247项。",
      expect: flagged("sum-mismatch"),
      why: "其他 closes the list: 402 + 687 + 247 = 1336 ≠ 1326",
    },
    {
      text: "全年受理信访事项560件，来信事项212件，来访事项158件，网上信访等其他渠道事项190件。",
      expect: SILENT,
      why: "212 + 158 + 190 = 560",
    },
    {
      text: "全年受理信访事项560件，来信事项212件，来访事项158件，网上信访等其他渠道事项209件。",
      expect: flagged("sum-mismatch"),
      why: "等其他 closes the list: 212 + 158 + 209 = 579 ≠ 560",
    },
    {
      text: "全市办理行政执法案件2,180件，行政处罚案件1,934件，行政强制案件201件，其余案件45件。",
      expect: SILENT,
      why: "1934 + 201 + 45 = 2180",
    },
    {
      text: "全市办理行政执法案件2,180件，行政处罚案件1,934件，行政强制案件201件，其余案件54件。",
      expect: flagged("sum-mismatch"),
      why: "其余 closes the list: 1934 + 201 + 54 = 2189 ≠ 2180",
    },
    {
      text: "全年办理法律援助案件一千二百件，刑事法律援助案件四百八十件，民事法律援助案件六百五十件，其他法律援助案件七十件。",
      expect: SILENT,
      why: "480 + 650 + 70 = 1200",
    },
    {
      text: "全年办理法律援助案件一千二百件，刑事法律援助案件四百八十件，民事法律援助案件六百五十件，其他法律援助案件九十件。",
      expect: flagged("sum-mismatch"),
      why: "480 + 650 + 90 = 1220 ≠ 1200",
    },
    {
      text: "12345热线共受理诉求86,450件，咨询类诉求41,200件，求助类诉求23,600件，投诉类诉求18,900件，建议等其他诉求2,750件。",
      expect: SILENT,
      why: "41200 + 23600 + 18900 + 2750 = 86450",
    },
    {
      text: "12345热线共受理诉求86,450件，咨询类诉求41,200件，求助类诉求23,600件，投诉类诉求18,900件，建议等其他诉求3,750件。",
      expect: flagged("sum-mismatch"),
      why: "41200 + 23600 + 18900 + 3750 = 87450 ≠ 86450",
    },
    {
      text: "全年受理劳动人事争议326宗,劳动报酬争议198宗,社会保险争议57宗,其他争议71宗。",
      expect: SILENT,
      why: "198 + 57 + 71 = 326",
    },
    {
      text: "全年受理劳动人事争议326宗,劳动报酬争议198宗,社会保险争议57宗,其他争议61宗。",
      expect: flagged("sum-mismatch"),
      why: "其他 closes the list, so it is exhaustive: 198 + 57 + 61 = 316 ≠ 326",
    },
    {
      text: "本级政务服务事项420项，行政许可事项185项，公共服务等其他事项235项。",
      expect: SILENT,
      why: "185 + 235 = 420",
    },
    {
      text: "政务服务事项420项，行政许可事项185项，公共服务等其他事项251项",
      expect: flagged("sum-mismatch"),
      why: "the issue's example: 185 + 251 = 436 ≠ 420",
    },
  ],

  "§1.4 a rate whose base is elsewhere in the paragraph": [
    {
      text: "全年共审结行政复议案件120件。经审理，作出维持决定的45件，占已审结总数的37.5%。",
      expect: SILENT,
      why: "45 / 120 = 37.5%",
    },
    {
      text: "全年共审结行政复议案件120件。经审理，作出维持决定的46件，占已审结总数的37.5%。",
      expect: flagged("rate-mismatch"),
      why: "46 / 120 = 38.33% → 38.3 ≠ 37.5 (37.5 needs 45)",
    },
    {
      text: "本年度主动公开政府信息650条。其中，机构职能类26条，占总体的比例为4%。",
      expect: SILENT,
      why: "26 / 650 = 4%",
    },
    {
      text: "本年度主动公开政府信息650条。其中，机构职能类39条，占总体的比例为5%。",
      expect: flagged("rate-mismatch"),
      why: "39 / 650 = 6% ≠ 5% (5% needs 30–35)",
    },
    {
      text: "全年受理政府信息公开申请240件，予以公开156件，占比65%。",
      expect: SILENT,
      why: "156 / 240 = 65%",
    },
    {
      text: "全年受理政府信息公开申请240件，予以公开156件，占比62%。",
      expect: flagged("rate-mismatch"),
      why: "156 / 240 = 65% ≠ 62% (62% needs 148–149)",
    },
    {
      text: "12345热线全年受理诉求4,800件。经梳理，涉及物业管理的诉求1,128件，比例为23.5%。",
      expect: SILENT,
      why: "1128 / 4800 = 23.5%",
    },
    {
      text: "12345热线全年受理诉求4,800件。经梳理，涉及物业管理的诉求1,128件，比例为25.3%。",
      expect: flagged("rate-mismatch"),
      why: "1128 / 4800 = 23.5% ≠ 25.3% (25.3 needs 1212–1216)",
    },
    {
      text: "法律援助中心全年办理案件860件，其中为农民工提供法律援助301件，比重35%。",
      expect: SILENT,
      why: "301 / 860 = 35%",
    },
    {
      text: "法律援助中心全年办理案件860件，其中为农民工提供法律援助321件，比重35%。",
      expect: flagged("rate-mismatch"),
      why: "321 / 860 = 37.33% → 37 ≠ 35",
    },
    {
      text: "全年受理信访事项412件。网上信访309件，占比 75 %。",
      expect: SILENT,
      why: "309 / 412 = 75%",
    },
    {
      text: "全年受理信访事项412件。网上信访299件，占比 75 %。",
      expect: flagged("rate-mismatch"),
      why: "299 / 412 = 72.57% → 73 ≠ 75",
    },
    {
      text: "本年度共受理行政复议申请160件。在办理过程中，通过调解、和解方式化解争议56件，占受理总数的35%。",
      expect: SILENT,
      why: "56 / 160 = 35%",
    },
    {
      text: "本年度共受理行政复议申请160件。在办理过程中，通过调解、和解方式化解争议58件，占受理总数的35%。",
      expect: flagged("rate-mismatch"),
      why: "58 / 160 = 36.25% → 36 ≠ 35 (35 needs 56)",
    },
  ],

  "§1.5 a rate with its own denominator phrase (应…/已…, N个社区)": [
    {
      text: "全区行政执法人员应持证312人，已持证305人，持证率97.8%。",
      expect: SILENT,
      why: "305 / 312 = 97.756% → 97.8",
    },
    {
      text: "全区行政执法人员应持证312人，已持证305人，持证率98.7%。",
      expect: flagged("rate-mismatch"),
      why: "305 / 312 = 97.8% ≠ 98.7 (98.7 needs 308)",
    },
    {
      text: "全镇应建立人民调解委员会的村（社区）24个，已建立24个，覆盖率100%。",
      expect: SILENT,
      why: "24 / 24 = 100%",
    },
    {
      text: "全镇24个村（社区）中已有21个建成法律服务工作室，覆盖率91.7%。",
      expect: flagged("rate-mismatch"),
      why: "21 / 24 = 87.5% ≠ 91.7 (91.7 needs 22)",
    },
    {
      text: "全市共有城乡社区1,046个，已配备法律顾问的社区1,012个，覆盖率96.7%。",
      expect: SILENT,
      why: "1012 / 1046 = 96.7495% → 96.7",
    },
    {
      text: "全市共有城乡社区1,046个，已配备法律顾问的社区1,012个，覆盖率98.7%。",
      expect: flagged("rate-mismatch"),
      why: "1012 / 1046 = 96.75% → 96.7 ≠ 98.7",
    },
    {
      text: "应参加年度法治培训的执法人员420人，实际参训416人，参训率99%。",
      expect: SILENT,
      why: "416 / 420 = 99.05% → 99",
    },
    {
      text: "应公示的行政执法决定1,850件，已公示1,850件，公示率100%。",
      expect: SILENT,
      why: "1850 / 1850 = 100%",
    },
    {
      text: "应公示的行政执法决定1,850件，已公示1,832件，公示率100%。",
      expect: flagged("rate-mismatch"),
      why: "1832 / 1850 = 99.03%: 100% means 全部 (strict)",
    },
    {
      text: "应备案的规范性文件38件，已备案37件，备案率97.4%。",
      expect: SILENT,
      why: "37 / 38 = 97.37% → 97.4",
    },
    {
      text: "应备案的规范性文件38件，已备案36件，备案率97.4%。",
      expect: flagged("rate-mismatch"),
      why: "36 / 38 = 94.74% → 94.7 ≠ 97.4 (97.4 needs 37)",
    },
    {
      text: "应出庭应诉案件45件，行政机关负责人出庭应诉43件，出庭应诉率95.6%。",
      expect: SILENT,
      why: "43 / 45 = 95.56% → 95.6",
    },
    {
      text: "全区87个社区中已有80个建立公共法律服务站点，覆盖率93%。",
      expect: flagged("rate-mismatch"),
      why: "80 / 87 = 91.95% → 92 ≠ 93 (93 needs 81)",
    },
    {
      text: "全区87个社区中已有81个建立公共法律服务站点，覆盖率93.1%。",
      expect: SILENT,
      why: "81 / 87 = 93.10% → 93.1",
    },
    {
      text: "全局应持证执法人员56人，已持证55人，持证率98.2%。",
      expect: SILENT,
      why: "55 / 56 = 98.21% → 98.2",
    },
    {
      text: "全局应持证执法人员56人，已持证54人，持证率98.2%。",
      expect: flagged("rate-mismatch"),
      why: "54 / 56 = 96.43% → 96.4 ≠ 98.2 (98.2 needs 55)",
    },
    {
      text: "全区87个社区，已覆盖81个社区，覆盖率93%。",
      expect: SILENT,
      why: "81 / 87 = 93.10% → 93",
    },
    {
      text: "全区87个社区，已覆盖80个社区，覆盖率93%。",
      expect: flagged("rate-mismatch"),
      why: "80 / 87 = 91.95% → 92 ≠ 93 (93 needs 81)",
    },
  ],

  "§1.6 a share of a countable whole above 100% (growth, 完成率, 贡献率, 超额 may exceed it)": [
    {
      text: "全区行政执法人员持证率达108%。",
      expect: certain("impossible-percentage"),
      why: "持证率 is a share of the staff: 108% > 100%",
    },
    {
      text: "12345热线工单按期办结率105%，群众满意率98.6%。",
      expect: certain("impossible-percentage"),
      why: "按期办结率 is a share of the tickets: 105% > 100%",
    },
    {
      text: "本年度规范性文件备案审核率102.5%。",
      expect: flagged("impossible-percentage"),
      why: "审核率 is a share of the filed documents: 102.5% > 100%",
    },
    {
      text: "全市村（社区）法律顾问覆盖率110%。",
      expect: certain("impossible-percentage"),
      why: "覆盖率 is a share of the villages: 110% > 100%",
    },
    {
      text: "行政复议决定执行率105%，未发生拒不履行情形。",
      expect: flagged("impossible-percentage"),
      why: "执行率 of decisions is a share of the decisions: 105% > 100%",
    },
    {
      text: "全年受理政府信息公开申请85件，其中网上申请占比112%。",
      expect: flagged("impossible-percentage"),
      why: "a share of 85 applications: at most 85 / 85 = 100%",
    },
    {
      text: "受理劳动争议案件60件，结案率101.7%。",
      expect: certain("impossible-percentage"),
      why: "结案率 is bounded: 101.7% > 100% (60 / 60 = 100%)",
    },
    {
      text: "全区行政复议案件受理量同比增长126%。",
      expect: SILENT,
      why: "growth is not a share",
    },
    {
      text: "全年办理法律援助案件数完成年度目标任务的118%，完成率118%。",
      expect: SILENT,
      why: "完成率 of a target may exceed 100%",
    },
    {
      text: "12345热线来电量较上年增长215%。",
      expect: SILENT,
      why: "growth is not a share",
    },
    {
      text: "超额完成普法宣传年度任务，完成率达132%。",
      expect: SILENT,
      why: "超额完成: 完成率 of a task may exceed 100%",
    },
    {
      text: "法治宣传教育覆盖率100%，行政执法人员持证率100%。",
      expect: SILENT,
      why: "exactly 100% is possible",
    },
    {
      text: "劳动仲裁办案量同比上升108.6%，仲裁结案率92.3%。",
      expect: SILENT,
      why: "同比上升 is growth; 92.3% has no counts to check",
    },
    {
      text: "民营经济对全区税收增长的贡献率达112%。",
      expect: SILENT,
      why: "贡献率 may exceed 100% (other sectors fell)",
    },
    {
      text: "执法人员培训计划超额完成，完成计划的135%。",
      expect: SILENT,
      why: "完成计划的 135% is a completion of a plan",
    },
  ],

  "§1.7 an impossible percentage from a small base named elsewhere": [
    {
      text: "全镇共有9个行政村。今年以来，我镇持续推进村级法律顾问工作，法律顾问覆盖率95%。",
      expect: flagged("impossible-percentage"),
      why: "n = 9: 8/9 = 88.9%, 9/9 = 100%; 95% impossible",
    },
    {
      text: "全镇共有9个行政村。今年以来，我镇持续推进村级法律顾问工作，法律顾问覆盖率88.9%。",
      expect: SILENT,
      why: "8 / 9 = 88.89% → 88.9",
    },
    {
      text: "全镇共有9个行政村。今年以来，我镇持续推进村级法律顾问工作，法律顾问覆盖率100%。",
      expect: SILENT,
      why: "9 / 9 = 100%",
    },
    {
      text: "全街道下辖14个社区。各社区均设立人民调解委员会，规范化建设达标率93%。",
      expect: SILENT,
      why: "13 / 14 = 92.86% → 93",
    },
    {
      text: "全街道下辖14个社区。各社区均设立人民调解委员会，规范化建设达标率95%。",
      expect: flagged("impossible-percentage"),
      why: "n = 14: 13/14 = 92.9% → 93, 14/14 = 100%; 95% impossible",
    },
    {
      text: "本单位共有行政执法人员23名。经年度考核，执法证件持证率98%。",
      expect: flagged("impossible-percentage"),
      why: "n = 23: 22/23 = 95.65% → 96, 23/23 = 100%; 98% impossible",
    },
    {
      text: "本单位共有行政执法人员23名。经年度考核，执法证件持证率95.7%。",
      expect: SILENT,
      why: "22 / 23 = 95.65% → 95.7",
    },
    {
      text: "今年我局共承办人大代表建议和政协提案17件。所有建议提案均已答复，按期办复率97%。",
      expect: flagged("impossible-percentage"),
      why: "n = 17: 16/17 = 94.1% → 94, 17/17 = 100%; 97% impossible",
    },
    {
      text: "今年我局共承办人大代表建议和政协提案17件。经逐件督办，按期办复率94.1%。",
      expect: SILENT,
      why: "16 / 17 = 94.12% → 94.1",
    },
    {
      text: "全县共有12个乡镇。截至年底，乡镇公共法律服务站建成率91.7%。",
      expect: SILENT,
      why: "11 / 12 = 91.67% → 91.7",
    },
    {
      text: "全县共有12个乡镇。截至年底，乡镇公共法律服务站建成率95%。",
      expect: flagged("impossible-percentage"),
      why: "n = 12: 11/12 = 91.7% → 92, 12/12 = 100%; 95% impossible",
    },
    {
      text: "全区共6个街道。全年推进综治中心规范化建设，达标率83.3%。",
      expect: SILENT,
      why: "5 / 6 = 83.33% → 83.3",
    },
    {
      text: "全区共6个街道。全年推进综治中心规范化建设，达标率80%。",
      expect: flagged("impossible-percentage"),
      why: "n = 6: 4/6 = 66.7% → 67, 5/6 = 83.3% → 83; 80% impossible",
    },
    {
      text: "全年受理行政复议申请38件。经依法审理，办结率96%。",
      expect: flagged("impossible-percentage"),
      why: "n = 38: 36/38 = 94.7% → 95, 37/38 = 97.4% → 97; 96% impossible",
    },
    {
      text: "全年受理行政复议申请38件。经依法审理，办结率97.4%。",
      expect: SILENT,
      why: "37 / 38 = 97.37% → 97.4",
    },
    {
      text: "全年受理行政复议申请38件；经依法审理，办结率96%。",
      expect: flagged("impossible-percentage"),
      why: "the base in the previous clause: n = 38 gives 95 or 97, never 96",
    },
  ],

  "§1.8 numbers in other clothes (Chinese numerals, money, 万/亿, thousands separators)": [
    {
      text: "局机关抽调4名干部组成专项督查组，其中两人来自法制科。",
      expect: SILENT,
      why: "两人 = 2 ≤ 4",
    },
    {
      text: "局机关抽调4名干部组成专项督查组，其中六人来自法制科。",
      expect: certain("part-exceeds-total"),
      why: "六人 = 6 > 4",
    },
    {
      text: "从各科室抽调干部4名，其中两人负责案卷评查。",
      expect: SILENT,
      why: "两人 = 2 ≤ 4",
    },
    {
      text: "从各科室抽调执法骨干5名，其中六人负责案卷评查。",
      expect: certain("part-exceeds-total"),
      why: "六人 = 6 > 5",
    },
    {
      text: "全年收取政府信息公开信息处理费共计260元，其中按件计收180元，按量计收80元。",
      expect: SILENT,
      why: "180 + 80 = 260 元",
    },
    {
      text: "全年收取信息处理费共计260元，其中按件计收310元。",
      expect: certain("part-exceeds-total"),
      why: "310 元 > 260 元",
    },
    {
      text: "全年法律援助经费支出356.8万元，其中中央补助资金213.45万元，县级财政资金143.35万元。",
      expect: SILENT,
      why: "213.45 + 143.35 = 356.80万, within 356.8万 ± 0.05万",
    },
    {
      text: "全年法律援助经费支出356.8万元，其中中央补助资金213.45万元，县级财政资金153.35万元。",
      expect: certain("sum-mismatch"),
      why: "中央/县级 partition: 213.45 + 153.35 = 366.80万 > 356.85万",
    },
    {
      text: "全年受理12345热线诉求1.2万件，其中线上渠道8,600件、线下渠道3,400件。",
      expect: SILENT,
      why: "8600 + 3400 = 12000, within 1.2万 ± 0.05万",
    },
    {
      text: "全年受理12345热线诉求1.2万件，其中线上渠道8,600件、线下渠道4,200件。",
      expect: certain("sum-mismatch"),
      why: "线上/线下 partition: 8600 + 4200 = 12800 > 12500, the most 1.2万 can stand for",
    },
    {
      text: "全年办理不动产登记业务1,204,350笔，其中线上办理1,083,915笔，线下办理120,435笔。",
      expect: SILENT,
      why: "1083915 + 120435 = 1204350",
    },
    {
      text: "全年办理不动产登记业务1,204,350笔，其中线上办理1,083,915笔，线下办理130,435笔。",
      expect: certain("sum-mismatch"),
      why: "线上/线下 partition: 1083915 + 130435 = 1214350 > 1204350",
    },
    {
      text: "全年代理行政诉讼案件一百零八件，其中一审案件八十一件，二审案件二十七件。",
      expect: SILENT,
      why: "81 + 27 = 108",
    },
    {
      text: "全年代理行政诉讼案件一百零八件，其中一审案件八十一件，二审案件三十件。",
      expect: certain("sum-mismatch"),
      why: "一审/二审 partition: 81 + 30 = 111 > 108",
    },
    {
      text: "全年培训行政执法人员两千三百人，其中男性一千四百人，女性九百人。",
      expect: SILENT,
      why: "1400 + 900 = 2300",
    },
    {
      text: "全年培训行政执法人员两千三百人，其中男性一千四百人，女性一千人。",
      expect: certain("sum-mismatch"),
      why: "男/女 partition: 1400 + 1000 = 2400 > 2300",
    },
    {
      text: "共为农民工追回欠薪1,286.5万元，其中建筑领域1,302万元。",
      expect: certain("part-exceeds-total"),
      why: "1302万 > 1286.55万, the most 1,286.5万 can stand for",
    },
    {
      text: "共为农民工追回欠薪1,286.5万元，其中建筑领域1,002.3万元。",
      expect: SILENT,
      why: "1002.3万 ≤ 1286.5万",
    },
    {
      text: "全省下达法律援助补助资金2.35亿元，其中中央资金1.2亿元、省级资金1.15亿元。",
      expect: SILENT,
      why: "1.2 + 1.15 = 2.35亿",
    },
    {
      text: "全省下达法律援助补助资金2.35亿元，其中中央资金1.2亿元、省级资金1.25亿元。",
      expect: certain("sum-mismatch"),
      why: "中央/省级 partition: 1.2 + 1.25 = 2.45亿 > 2.355亿 (even at the lowest, 1.15 + 1.245 = 2.395亿)",
    },
  ],

  "§1.10 several shares of one total in one paragraph": [
    {
      text: "全年12345热线受理诉求3,000件，其中咨询类1,200件，占40%；求助类900件，占30%；投诉类600件，占20%。",
      expect: SILENT,
      why: "1200/3000 = 40%, 900/3000 = 30%, 600/3000 = 20%; 2700 ≤ 3000",
    },
    {
      text: "全年12345热线受理诉求3,000件，其中咨询类1,200件，占40%；求助类900件，占30%；投诉类600件，占25%。",
      expect: flagged("rate-mismatch"),
      why: "600 / 3000 = 20% ≠ 25%",
    },
    {
      text: "全年12345热线受理诉求3,000件，其中咨询类1,800件，占60%；求助类900件，占30%；投诉类450件，占15%。",
      expect: flagged("sum-mismatch"),
      why: "shares fit, but 1800 + 900 + 450 = 3150 > 3000 (60 + 30 + 15 = 105%)",
    },
    {
      text: "全年收到政府信息公开申请240件，其中自然人申请204件，占85%；法人或其他组织申请36件，占15%。",
      expect: SILENT,
      why: "204/240 = 85%, 36/240 = 15%; 204 + 36 = 240",
    },
    {
      text: "全年收到政府信息公开申请240件，其中自然人申请204件，占85%；法人或其他组织申请36件，占16%。",
      expect: flagged("rate-mismatch"),
      why: "36 / 240 = 15% ≠ 16% (16% needs 38–39)",
    },
    {
      text: "全年办结行政复议案件80件，其中维持52件，占65%；撤销10件，占12.5%；确认违法6件，占7.5%；驳回12件，占15%。",
      expect: SILENT,
      why: "52/80 = 65%, 10/80 = 12.5%, 6/80 = 7.5%, 12/80 = 15%; 52 + 10 + 6 + 12 = 80",
    },
    {
      text: "全年办结行政复议案件80件，其中维持52件，占65%；撤销10件，占12.5%；确认违法6件，占8.8%；驳回12件，占15%。",
      expect: flagged("rate-mismatch"),
      why: "6 / 80 = 7.5% ≠ 8.8% (8.8 needs 7)",
    },
    {
      text: "全年接待来访群众1,560人次，其中集体访312人次，占20%；个体访1,248人次，占80%。",
      expect: SILENT,
      why: "312/1560 = 20%, 1248/1560 = 80%; 312 + 1248 = 1560",
    },
    {
      text: "全年法律援助中心受理案件500件，其中刑事案件150件，占30%；民事案件320件，占64%；行政案件15件，占3%。",
      expect: SILENT,
      why: "150/500 = 30%, 320/500 = 64%, 15/500 = 3%; 485 ≤ 500",
    },
    {
      text: "全年法律援助中心受理案件500件，其中刑事案件150件，占30%；民事案件320件，占62%；行政案件15件，占3%。",
      expect: flagged("rate-mismatch"),
      why: "320 / 500 = 64% ≠ 62%",
    },
    {
      text: "全年法律援助中心受理案件500件，其中刑事案件150件，占30%；民事案件360件，占72%；行政案件15件，占3%。",
      expect: flagged("sum-mismatch"),
      why: "shares fit, but 150 + 360 + 15 = 525 > 500",
    },
    {
      text: "劳动人事争议仲裁院受理案件400件，其中劳动报酬类240件，占比60%，工伤类70件，占比17.5%，社会保险类50件，占比12.5%。",
      expect: SILENT,
      why: "240/400 = 60%, 70/400 = 17.5%, 50/400 = 12.5%; 360 ≤ 400",
    },
    {
      text: "劳动人事争议仲裁院受理案件400件,其中劳动报酬类240件,占比60%,工伤类70件,占比19.5%,社会保险类50件,占比12.5%。",
      expect: flagged("rate-mismatch"),
      why: "70 / 400 = 17.5% ≠ 19.5% (19.5 needs 78)",
    },
  ],

  "§2 其中 belongs to the main total, never to a 含/包括 clause": [
    {
      text: "全年共答复政府信息公开申请820件，含上年结转申请12件。其中，予以公开510件，部分公开96件，不予公开43件。",
      expect: NO_ERROR,
      why: "其中 → 820: 510 + 96 + 43 = 649 ≤ 820 (not 12)",
    },
    {
      text: "本年度共办结行政复议案件96件，含上年结转案件7件。其中，维持原行政行为58件，撤销11件，驳回14件。",
      expect: NO_ERROR,
      why: "其中 → 96: 58 + 11 + 14 = 83 ≤ 96",
    },
    {
      text: "全年共处理劳动争议案件245件（含上年度结转15件），其中调解结案150件，裁决结案71件。",
      expect: NO_ERROR,
      why: "其中 → 245: 150 + 71 = 221 ≤ 245",
    },
    {
      text: "今年共答复依申请公开事项132件，包括上年结转申请5件。其中，予以公开80件，部分公开17件。",
      expect: NO_ERROR,
      why: "其中 → 132: 80 + 17 = 97 ≤ 132",
    },
    {
      text: "共审结信访复查案件58件，含往年积案3件；其中维持原处理意见41件，撤销或变更原处理意见9件。",
      expect: NO_ERROR,
      why: "其中 → 58: 41 + 9 = 50 ≤ 58",
    },
    {
      text: "全年受理法律援助申请1,320件，含上年度结转申请24件。其中，刑事案件410件，民事案件865件，行政案件45件。",
      expect: NO_ERROR,
      why: "其中 → 1320: 410 + 865 + 45 = 1320",
    },
    {
      text: "全年共答复申请460件,含上年结转申请9件。其中,予以公开231件,部分公开58件,不予公开12件,无法提供104件,不予处理16件,其他处理39件。",
      expect: NO_ERROR,
      why: "其中 → 460: 231 + 58 + 12 + 104 + 16 + 39 = 460",
    },
    {
      text: "本年度共办结行政复议案件96件，含上年结转案件7件。其中，维持原行政行为68件，撤销14件，驳回17件。",
      expect: flagged("sum-mismatch"),
      why: "disposal partition under 96: 68 + 14 + 17 = 99 > 96",
    },
    {
      text: "全年共处理劳动争议案件245件（含上年度结转15件），其中调解结案150件，裁决结案101件。",
      expect: flagged("sum-mismatch"),
      why: "disposal partition under 245: 150 + 101 = 251 > 245",
    },
    {
      text: "全年共答复政府信息公开申请82件，含上年结转申请120件。其中，予以公开51件，部分公开9件。",
      expect: flagged("part-exceeds-total"),
      why: "the 含 part 120 > 82",
    },
    {
      text: "全年受理法律援助申请1,320件，含上年度结转申请24件。其中，刑事案件410件，民事案件865件，行政案件65件。",
      expect: flagged("sum-mismatch"),
      why: "刑事/民事/行政 under 1320: 410 + 865 + 65 = 1340 > 1320",
    },
    {
      text: "本年度共办结行政复议案件96件，含上年结转案件7件。其中，维持原行政行为98件，撤销11件。",
      expect: flagged("sum-mismatch"),
      why: "维持/撤销 are added up: 98 + 11 > 96, and 98 > 96 alone",
    },
  ],

  "§2 a part never belongs to a total that comes after it in another clause": [
    {
      text: "共收到申请300件，其中个人申请290件，单位申请10件；共办结280件，结转下年20件",
      expect: NO_ERROR,
      why: "the issue's example: 290 + 10 = 300; 280 + 20 = 300; 290 is not a part of 280",
    },
    {
      text: "全年受理行政复议申请156件，其中不服区级部门行政行为148件，不服乡镇政府行政行为8件；共审结141件，结转下年度15件。",
      expect: NO_ERROR,
      why: "148 + 8 = 156; 141 + 15 = 156; 148 is not a part of 141",
    },
    {
      text: "全年接收信访事项420件，其中网上信访398件，来信22件；已办结396件，正在办理24件。",
      expect: NO_ERROR,
      why: "398 + 22 = 420; 396 + 24 = 420; 398 is not a part of 396",
    },
    {
      text: "受理劳动争议案件88件，其中劳动报酬争议85件，其他争议3件；结案82件，在办6件。",
      expect: NO_ERROR,
      why: "85 + 3 = 88; 82 + 6 = 88; 85 is not a part of 82",
    },
    {
      text: "全年受理法律援助申请512件，其中农民工申请507件，其他群体申请5件；批准给予法律援助500件，不予援助12件。",
      expect: NO_ERROR,
      why: "507 + 5 = 512; 500 + 12 = 512; 507 is not a part of 500",
    },
    {
      text: "12345热线转办工单2,360件,其中市民诉求2,310件,企业诉求50件;按时办结2,290件,逾期办结70件。",
      expect: NO_ERROR,
      why: "2310 + 50 = 2360; 2290 + 70 = 2360; 2310 is not a part of 2290",
    },
    {
      text: "全年共受理行政许可申请1,046件，其中网上申请1,012件，窗口申请34件。共办结1,003件，其余43件正在办理。",
      expect: NO_ERROR,
      why: "1012 + 34 = 1046; 1003 + 43 = 1046; 1012 is not a part of 1003",
    },
    {
      text: "全年受理法律援助案件640件，其中民事案件430件，刑事案件210件；已结案410件，在办230件。",
      expect: NO_ERROR,
      why: "430 + 210 = 640; 410 + 230 = 640; 430 is not a part of 410",
    },
    {
      text: "共收到政府信息公开申请300件，其中个人申请300件，单位申请10件；共办结280件，结转下年20件。",
      expect: flagged("sum-mismatch"),
      why: "个人/单位 under 300: 300 + 10 = 310 > 300",
    },
    {
      text: "全年受理行政复议申请156件，其中不服区级部门行政行为158件，不服乡镇政府行政行为8件；共审结141件，结转下年度15件。",
      expect: flagged("sum-mismatch"),
      why: "158 + 8 > 156 with 158 > 156 alone, its own total",
    },
    {
      text: "受理劳动争议案件88件，其中劳动报酬争议95件，其他争议3件；结案82件，在办6件。",
      expect: flagged("sum-mismatch"),
      why: "95 + 3 > 88 with 95 > 88 alone, its own total",
    },
    {
      text: "全年接收信访事项420件，其中网上信访428件，来信22件；已办结396件，正在办理24件。",
      expect: flagged("part-exceeds-total"),
      why: "428 > 420, its own total",
    },
  ],

  "§2 a rate whose base is uncertain gets no error": [
    {
      text: "12345热线全年共接收群众诉求5,120件，直接答复4,690件，转办430件，按时办结426件，逾期办结4件，办结率100%。",
      expect: NO_ERROR,
      why: "base 430 (转办): 426 + 4 = 430 of 430 = 100%",
    },
    {
      text: "全年共收到信访事项1,280件，其中转送交办事项316件，已按期办结310件，逾期办结6件，办结率100%。",
      expect: NO_ERROR,
      why: "base 316: 310 + 6 = 316 of 316 = 100%",
    },
    {
      text: "共受理政务服务申请2.4万件，其中需现场核查事项860件，已办结845件，办结率98.3%。",
      expect: NO_ERROR,
      why: "845 / 860 = 98.26% → 98.3",
    },
    {
      text: "全年受理劳动保障监察投诉1,046件，立案查处132件，结案129件，结案率97.7%。",
      expect: NO_ERROR,
      why: "129 / 132 = 97.73% → 97.7",
    },
    {
      text: "全年接听来电38,500个，形成工单9,620件，办结9,588件，办结率99.7%。",
      expect: NO_ERROR,
      why: "9588 / 9620 = 99.67% → 99.7",
    },
    {
      text: "全年收到行政复议申请210件，受理186件，结案180件，结案率96.8%。",
      expect: NO_ERROR,
      why: "180 / 186 = 96.77% → 96.8",
    },
    {
      text: "全年受理法律援助申请1,535件，经审查符合条件的1,498件，已指派律师办理1,498件，指派率100%。",
      expect: NO_ERROR,
      why: "1498 / 1498 = 100%",
    },
    {
      text: "12345热线全年共接收群众诉求5,120件，直接答复4,690件，转办430件，按时办结396件，逾期办结14件，办结率100%。",
      expect: flagged("rate-mismatch"),
      why: "at most 396 + 14 = 410 of 430 closed = 95.3%; no count pair gives 100%",
    },
    {
      text: "全年共收到信访事项1,280件，其中转送交办事项316件，已按期办结310件，逾期办结6件，办结率97%。",
      expect: flagged("rate-mismatch"),
      why: "316/316 = 100%, 310/316 = 98.1% → 98, 316/1280 = 24.7%: none gives 97",
    },
    {
      text: "全年受理劳动保障监察投诉1,046件，立案查处132件，结案129件，结案率98.7%。",
      expect: flagged("rate-mismatch"),
      why: "129/132 = 97.7%, 129/1046 = 12.3%: none gives 98.7",
    },
    {
      text: "全年收到行政复议申请210件，受理186件，结案180件，结案率95.2%。",
      expect: flagged("rate-mismatch"),
      why: "180/186 = 96.8%, 180/210 = 85.7%, 186/210 = 88.6%: none gives 95.2",
    },
    {
      text: "共受理政务服务申请2.4万件，其中需现场核查事项860件，已办结845件，办结率99.3%。",
      expect: flagged("rate-mismatch"),
      why: "845/860 = 98.26% → 98.3; 845/2.4万 ≈ 3.5%: none gives 99.3",
    },
  ],
  "rates across wrapped lines, runs of shares, bracketed shares, a paragraph's shared base": [
    {
      text: "截至2025年7月底，全县共受理行政复议案件9起，已全部审结，维持原行政行为2件，占\n比22.2%。",
      expect: SILENT,
      why: "占⏎比 is 占比 across a PDF's wrap: 2 / 9 = 22.2%",
    },
    {
      text: "截至2025年7月底，全县共受理行政复议案件9起，已全部审结，维持原行政行为2件，占\n比32.2%。",
      expect: certain("rate-mismatch"),
      why: "2 / 9 = 22.2%, the share's whole the sentence's total",
    },
    {
      text: "截至2025年7月底，全县共受理行政复议案件9起，已全部审结，直接纠错决定5件，纠错率高\n达54.6%。",
      expect: flagged("rate-mismatch"),
      why: "纠错率高⏎达: 5 / 9 = 55.6%",
    },
    {
      text: "反映问题类工单5120件，占比79.62%；咨询建议类工单983件，占比15.29%；表扬感谢类工单315件，占比4.90%。",
      expect: NO_ERROR,
      why: "no total printed: 5120 is a sibling, not the whole of 983 (the shares' 99.81% is sum-mismatch's)",
    },
    {
      text: "经审查立案175件。在所有提案中，围绕经济建设方面提出提案94件，占53.7%。围绕精神文明建设方面提出提案36件，占20.6%。围绕社会和谐发展方面提出提案45件，占25.7%。",
      expect: SILENT,
      why: "94 + 36 + 45 = 175: 53.7%, 20.6%, 25.7%",
    },
    {
      text: "经审查立案175件。在所有提案中，围绕经济建设方面提出提案94件，占53.7%。围绕精神文明建设方面提出提案36件，占10.6%。围绕社会和谐发展方面提出提案45件，占25.7%。",
      expect: certain("rate-mismatch"),
      why: "the parts add up to the printed 175: 36 / 175 = 20.6%",
    },
    {
      text: "全年受理信访事项15件，群众满意度达到（99%）。",
      expect: SILENT,
      why: "a bracketed percentage after words, not after a count, is no share of 15",
    },
    {
      text: "全年共办理依申请公开1191件，其中予以公开208件（17.46%），部分公开35件（2.94%）。",
      expect: SILENT,
      why: "208 / 1191 = 17.46%, 35 / 1191 = 2.94%; 208 is no whole of 35",
    },
    {
      text: "全年共办理依申请公开1191件，其中予以公开208件（17.46%），部分公开35件（2.84%）。",
      expect: certain("rate-mismatch"),
      why: "35 / 1191 = 2.94%",
    },
    {
      text: "去年全市共审结行政复议案件12195件。直接纠错1639件，直接纠错率13.4%；以纠错、调解、和解等方式实质性化解行政争议4426件，矛盾纠纷综合化解率36.3%。",
      expect: SILENT,
      why: "the base 直接纠错率 fits serves 化解率 too: 4426 / 12195 = 36.3%",
    },
    {
      text: "去年全市共审结行政复议案件12195件。直接纠错1639件，直接纠错率13.4%；以纠错、调解、和解等方式实质性化解行政争议4426件，矛盾纠纷综合化解率36.0%。",
      expect: flagged("rate-mismatch"),
      why: "4426 / 12195 = 36.3%",
    },
    {
      text: "2022年审结行政复议案件304件，直接纠错69件，直接纠错率22.7%；调解、和解结案64件，调解和解率21.1%；推动行政争议实质性化解15件。行政复议案件的综合纠错化解率48.5%。",
      expect: flagged("impossible-percentage"),
      why: "no whole count of 304 (nor 69, 64) gives 48.5%: 147 / 304 = 48.36%, 148 / 304 = 48.68%",
    },
    {
      text: "受理行政复议申请30件，审结28件，审结率93.3%。作出撤销决定3件，撤销率10.7%。",
      expect: SILENT,
      why: "3 / 28 = 10.7%: a later rate may be of the earlier part",
    },
  ],
};

for (const [phrasing, rows] of Object.entries(PHRASINGS)) {
  describe(`issue 11 ${phrasing}`, () => {
    it("has at least 10 rows, at least 40% of them consistent", () => {
      expect(rows.length).toBeGreaterThanOrEqual(10);
      expect(rows.filter(isConsistent).length * 10).toBeGreaterThanOrEqual(rows.length * 4);
    });
    it("uses each text once", () => {
      expect(new Set(rows.map((r) => r.text)).size).toBe(rows.length);
    });
    rows.forEach((row, i) => {
      const title = `#${i + 1} ${row.text} (${row.why})`;
      if (row.fails) it.fails(`${title} [FAILS TODAY: ${row.fails}]`, () => check(row.text, row.expect));
      else it(title, () => check(row.text, row.expect));
    });
  });
}
