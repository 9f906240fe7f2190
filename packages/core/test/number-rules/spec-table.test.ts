// The 42 test sentences of indicator-math §5, verbatim, with the verdict the spec gives each.
// R-codes map to rule ids: R1 → sum-mismatch; R4 part > whole → part-exceeds-total; R2 and precision →
// rate-mismatch; R3 and R4 proportion > 100% → impossible-percentage. ERROR/WARN/INFO → error/warning/info.
import { describe, expect, it } from "vitest";
import {
  error,
  expectVerdict,
  expectWellFormed,
  fold,
  info,
  numberFindings,
  quotes,
  spanOverlaps,
  warning,
  type Expected,
  type NumberRuleId,
} from "./verdict.js";

interface Row {
  readonly n: number;
  /** The "expected" column of §5, for the test name. */
  readonly spec: string;
  readonly text: string;
  readonly expect: Expected;
  /** Per rule: parts of the claim its finding's span must overlap (any one of them). */
  readonly anchors?: Partial<Record<NumberRuleId, readonly string[]>>;
}

const ROWS: readonly Row[] = [
  // One defect, one finding: the part above its total is the finding; the message shows the sum too.
  { n: 1, spec: "ERROR R1+R4", text: "8-10月共受理劳动争议案件67件(裁决21件、线下调解27件、线上调解81件)", expect: [error("sum-mismatch")], anchors: { "sum-mismatch": ["共受理劳动争议案件67件", "线上调解81件"] } },
  { n: 2, spec: "SILENT", text: "上半年受理新就业群体劳动争议案件6件(调解4件、裁决1件、结案率83.3%)", expect: [] },
  { n: 3, spec: "SILENT", text: "行政诉讼发案数139件,审结130件,败诉7件,败诉率5.38%", expect: [] },
  { n: 4, spec: "ERROR R3", text: "受理投诉举报 15 件;办结率99%", expect: [error("impossible-percentage")], anchors: { "impossible-percentage": ["办结率99%"] } },
  { n: 5, spec: "SILENT", text: "调处各类矛盾纠纷2068起,调解成功2026起,成功率98%", expect: [] },
  { n: 6, spec: "ERROR precision", text: "调处各类矛盾纠纷2068起,调解成功2026起,成功率98.00%", expect: [error("rate-mismatch")], anchors: { "rate-mismatch": ["成功率98.00%"] } },
  { n: 7, spec: "SILENT on sums; WARN on rate", text: "经审核符合受理条件并予以立案的案件共249宗,解决往年积案9宗,新年度案件结案240宗,共结案249宗。…结案率95.4%", expect: [warning("rate-mismatch")], anchors: { "rate-mismatch": ["结案率95.4%"] } },
  { n: 8, spec: "SILENT (INFO: implied n = 1006)", text: "仲裁调解及基层调解共结案868宗,调解率86.28%", expect: "silentOrInfo" },
  { n: 9, spec: "SILENT", text: "公开信息193条。其中:法定主动公开信息共114条(组织机构1条,部门文件4条,工作动态98条,财政预决算8条,根治欠薪工作专栏3条);政府信息公开年报1条;…就业创业公开信息共78条(工作动态64条,政策指引4条,招聘信息3条,服务机构3条,监测统计4条)", expect: [] },
  { n: 10, spec: "SILENT", text: "劳动人事争议仲裁院当期受理案件67件,仲裁调解结案175件。仲裁裁决结案46件(其中一裁终局42件)", expect: [] },
  { n: 11, spec: "SILENT", text: "截至目前期限内结案率为 100%,调解成功率为71.25%", expect: [] },
  { n: 12, spec: "SILENT", text: "共收到检察机关检察建议书2份,…形成回复文件1份,整改完成率100%", expect: [] },
  { n: 13, spec: "SILENT", text: "区检察院办理行政公益诉讼案件35件,被评为全市公益诉讼十大精品案件1件", expect: [] },
  { n: 14, spec: "SILENT", text: "“24.7”洪涝灾害期间,紧急转移安置人口1150人次,实施紧急生活救助46935人过渡期生活救助2227人", expect: [] },
  { n: 15, spec: "SILENT", text: "共开展“双随机、一公开”检查3批次,检查企业 15家", expect: [] },
  { n: 16, spec: "SILENT", text: "共受理行政许可37宗,即办率100%。全部做到当天受理、当天审核、当天办结", expect: [] },
  { n: 17, spec: "SILENT", text: "全年共受理信访事项120件,已办结118件,办结率98.3%", expect: [] },
  { n: 18, spec: "ERROR R2", text: "全年共受理信访事项120件,已办结118件,办结率99.2%", expect: [error("rate-mismatch")], anchors: { "rate-mismatch": ["办结率99.2%"] } },
  // 7 ÷ 130 = 5.38 cut off to 5.3: truncation beside the explicit pair is a warning, not an error —
  // real reports truncate (连平县 prints 2477 ÷ 3136 = 78.986% as 78.98%) and §4.3 never makes it certain.
  { n: 19, spec: "ERROR R2", text: "行政诉讼发案数139件,审结130件,败诉7件,败诉率5.3%", expect: [warning("rate-mismatch")], anchors: { "rate-mismatch": ["败诉率5.3%"] } },
  { n: 20, spec: "SILENT (INFO 口径=发案)", text: "行政诉讼发案数139件,审结130件,败诉7件,败诉率5.04%", expect: "silentOrInfo" },
  { n: 21, spec: "ERROR R3", text: "共调处矛盾纠纷356起,调解成功率达98.8%", expect: [error("impossible-percentage")], anchors: { "impossible-percentage": ["调解成功率达98.8%"] } },
  { n: 22, spec: "SILENT", text: "共调处矛盾纠纷356起,调解成功率达98.6%", expect: [] },
  { n: 23, spec: "ERROR R2 (100% strict)", text: "投诉举报办结率100%(受理15件,办结14件)", expect: [error("rate-mismatch")], anchors: { "rate-mismatch": ["办结率100%"] } },
  { n: 24, spec: "ERROR R2", text: "共受理行政许可37宗,其中即办件35宗,即办率100%", expect: [error("rate-mismatch")], anchors: { "rate-mismatch": ["即办率100%"] } },
  { n: 25, spec: "WARN", text: "开庭审理行政诉讼案件20件,行政机关负责人出庭应诉18件,出庭应诉率100%", expect: [warning("rate-mismatch")], anchors: { "rate-mismatch": ["出庭应诉率100%"] } },
  { n: 26, spec: "SILENT", text: "我局行政诉讼案件12件,胜诉11件,胜诉率91.7%", expect: [] },
  { n: 27, spec: "INFO (truncation)", text: "我局行政诉讼案件12件,胜诉11件,胜诉率91.6%", expect: [info("rate-mismatch")], anchors: { "rate-mismatch": ["胜诉率91.6%"] } },
  { n: 28, spec: "ERROR R1", text: "共办理行政复议案件45件,其中维持32件、撤销5件、确认违法3件、终止6件", expect: [error("sum-mismatch")], anchors: { "sum-mismatch": ["共办理行政复议案件45件", "其中维持32件、撤销5件、确认违法3件、终止6件"] } },
  { n: 29, spec: "SILENT", text: "共办理行政复议案件45件,其中维持32件、撤销5件、确认违法3件", expect: [] },
  { n: 30, spec: "ERROR R1", text: "共办理行政复议案件45件,其中维持32件、撤销5件、确认违法3件,其余6件已终止", expect: [error("sum-mismatch")], anchors: { "sum-mismatch": ["共办理行政复议案件45件", "其余6件已终止"] } },
  { n: 31, spec: "ERROR R1", text: "办理人大代表建议23件、政协委员提案17件,共计41件", expect: [error("sum-mismatch")], anchors: { "sum-mismatch": ["共计41件"] } },
  { n: 32, spec: "SILENT", text: "受理劳动争议案件67件(涉及农民工案件40件、集体争议案件30件)", expect: [] },
  { n: 33, spec: "SILENT", text: "专项资金总额1.2亿元,其中中央资金8000万元、省级资金3500万元、县级资金600万元", expect: [] },
  { n: 34, spec: "ERROR R1", text: "专项资金总额1.2亿元,其中中央资金8000万元、省级资金5500万元", expect: [error("sum-mismatch")], anchors: { "sum-mismatch": ["专项资金总额1.2亿元", "其中中央资金8000万元、省级资金5500万元"] } },
  { n: 35, spec: "SILENT", text: "发放宣传材料3000余份,其中法律法规汇编1200份、宣传折页2000份", expect: [] },
  { n: 36, spec: "WARN", text: "发放宣传材料3000余份,其中法律法规汇编1200份、宣传折页2900份", expect: [warning("sum-mismatch")], anchors: { "sum-mismatch": ["发放宣传材料3000余份", "其中法律法规汇编1200份、宣传折页2900份"] } },
  { n: 37, spec: "SILENT", text: "共为劳动者追讨工资约2300万元,其中建筑领域1650.5万元、制造业720万元", expect: [] },
  { n: 38, spec: "SILENT", text: "受理劳动争议案件一百二十件,结案一百一十五件,结案率95.8%", expect: [] },
  { n: 39, spec: "ERROR R4+R2", text: "共调处纠纷50起,调解成功51起,调解成功率102%", expect: [error("impossible-percentage"), error("part-exceeds-total")], anchors: { "impossible-percentage": ["调解成功率102%"], "part-exceeds-total": ["共调处纠纷50起", "调解成功51起"] } },
  { n: 40, spec: "SILENT", text: "全区行政复议案件同比增长125%", expect: [] },
  { n: 41, spec: "SILENT", text: "8 -10月累计为劳动者挽回经济损失71.3余万元", expect: [] },
  { n: 42, spec: "SILENT", text: "培训执法人员300余人,其中骨干1200人次", expect: [] },
];

const byNumber = (n: number): Row => {
  const row = ROWS.find((r) => r.n === n);
  if (!row) throw new Error(`no row ${n}`);
  return row;
};

/** The one finding of `ruleId` for a row, with its message folded for matching. */
function finding(n: number, ruleId: NumberRuleId) {
  const row = byNumber(n);
  const found = numberFindings(row.text).filter((d) => d.ruleId === ruleId);
  expect(found, `row ${n}: one ${ruleId} finding`).toHaveLength(1);
  const d = found[0]!;
  return { d, text: row.text, message: fold(d.message), quotes: quotes(d.message).map(fold) };
}

describe("indicator-math §5: the table of test sentences", () => {
  it("holds all 42 rows, numbered 1 to 42", () => {
    expect(ROWS.map((r) => r.n)).toEqual(Array.from({ length: 42 }, (_, i) => i + 1));
  });

  for (const row of ROWS) {
    it(`row ${row.n} (${row.spec}): ${row.text}`, () => {
      expectVerdict(row.text, row.expect);
    });
  }
});

describe("indicator-math §5: every finding is located on its claim and readable", () => {
  for (const row of ROWS.filter((r) => Array.isArray(r.expect) && r.expect.length > 0)) {
    it(`row ${row.n}: span on the claim, quote, neutral words, details.expression`, () => {
      const found = numberFindings(row.text);
      expect(found.length).toBeGreaterThan(0);
      for (const d of found) {
        expectWellFormed(row.text, d);
        const anchors = row.anchors?.[d.ruleId as NumberRuleId] ?? [];
        expect(anchors.length, `row ${row.n}: unexpected ${d.ruleId}`).toBeGreaterThan(0);
        expect(
          anchors.some((a) => spanOverlaps(row.text, d, a)),
          `row ${row.n}: ${d.ruleId} span [${d.span.join(", ")}] = 「${row.text.slice(d.span[0], d.span[1])}」 misses ${anchors.join(" / ")}`,
        ).toBe(true);
      }
    });
  }

  it("never uses accusing words, also in hidden (info) findings", () => {
    for (const row of ROWS) {
      for (const d of numberFindings(row.text)) expect(d.message, `row ${row.n}`).not.toMatch(/错误|造假/);
    }
  });
});

// §4.7: quote the original words, write the arithmetic with concrete numbers, one more decimal than
// printed, say what the printed figure would require. Messages are compared with spaces removed.
describe("indicator-math §4.7: messages show the arithmetic", () => {
  it("row 1 (R1 with R4, one message per claim group): lists every addend, gives the excess, names the part above the whole", () => {
    const { message, quotes: qs } = finding(1, "sum-mismatch");
    expect(qs.some((q) => q.includes("受理劳动争议案件67件"))).toBe(true);
    expect(message).toContain("其中「线上调解81件」一项已超过总数");
    expect(message).toMatch(/21件\+[^+=]*?27件\+[^+=]*?81件=129件/);
    expect(message).toMatch(/62件/);
  });

  it("row 31 (R1, exhaustive total): quotes 共计41件, adds 23件 + 17件 = 40件, 相差 1 件", () => {
    const { message, quotes: qs } = finding(31, "sum-mismatch");
    expect(qs.some((q) => q.includes("共计41件"))).toBe(true);
    expect(message).toMatch(/23件\+[^+=]*?17件=40件/);
    expect(message).toMatch(/相差1件/);
  });

  it("row 18 (R2): 118 ÷ 120 = 98.33%, rounds to 98.3%, 99.2% would need 119 件", () => {
    const { message, quotes: qs } = finding(18, "rate-mismatch");
    expect(qs.some((q) => q.includes("办结率99.2%"))).toBe(true);
    expect(message).toContain("118÷120");
    expect(message).toContain("98.33%");
    expect(message).toContain("98.3%");
    expect(message).toContain("119件");
  });

  it("row 23 (100% is strict): shows 14 ÷ 15", () => {
    const { message, quotes: qs } = finding(23, "rate-mismatch");
    expect(qs.some((q) => q.includes("100%"))).toBe(true);
    expect(message).toContain("14÷15");
    expect(message).toContain("93.3");
  });

  it("row 4 (R3): no whole count of 15 gives 99%; the neighbours are 93.3% and 100%", () => {
    const { message, quotes: qs } = finding(4, "impossible-percentage");
    expect(qs.some((q) => q.includes("99%") || q.includes("15件"))).toBe(true);
    expect(message).toContain("14÷15");
    expect(message).toContain("93.3%");
    expect(message).toContain("100%");
  });

  it("row 21 (R3): the nearest possible values for 356 are 351 → 98.6% and 352 → 98.9%", () => {
    const { message } = finding(21, "impossible-percentage");
    expect(message).toContain("356");
    // §4.4 rounds them to the printed decimals, §4.7 shows one more decimal: either form lists them.
    expect(message).toMatch(/98\.60?%/);
    expect(message).toMatch(/98\.9%|98\.88%/);
  });

  it("row 6 (precision): 2026 ÷ 2068 gives 97.97% at two decimals", () => {
    const { message, quotes: qs } = finding(6, "rate-mismatch");
    expect(qs.some((q) => q.includes("98.00%"))).toBe(true);
    expect(message).toContain("2026÷2068");
    expect(message).toContain("97.97%");
  });

  it("row 7 (口径, WARN): shows 240 ÷ 249 and asks about the 口径", () => {
    const { message, quotes: qs } = finding(7, "rate-mismatch");
    expect(qs.some((q) => q.includes("结案率95.4%"))).toBe(true);
    expect(message).toContain("240÷249");
    expect(message).toContain("口径");
  });

  it("row 36 (approximate, WARN): the parts add up to 4100, beyond what 3000余 usually means", () => {
    const { message, quotes: qs } = finding(36, "sum-mismatch");
    expect(qs.some((q) => q.includes("3000余份"))).toBe(true);
    expect(message).toContain("4100");
  });
});
