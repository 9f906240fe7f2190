/**
 * sum-mismatch: parts listed with a total must fit it — never more than the total, and exactly the
 * total when the text says they make it up (共计/合计 after the list, 其余 N, 分别为, the members of a
 * complete partition such as 第一、二、三产业). Printed precision and hedge words (余, 约) are
 * respected. A part that alone exceeds its total is part-exceeds-total's finding, not this rule's.
 * Two more kinds of sum: a stated count against the list naming its members (下属单位共4家，分别是甲院、
 * 乙中心和丙站), and the 合计/总计/小计 of a text table (and outcome columns, 许可 + 不予许可 ≤ 受理). The
 * caseload balance 新收 + 上年结转 = 办结 + 结转下年 is read with 办结 as one count or as the six outcomes
 * of the 政府信息公开 template. Docs: docs/rules/sum-mismatch.md
 */
import { createRule, type RuleContext } from "../rule.js";
import { balanceViolations, outcomeBalanceViolations } from "../numbers/balances.js";
import { partWholeVerdicts } from "../numbers/part-whole.js";
import { countSpan, quoteCount } from "../numbers/quote.js";
import { partWholeText, phrase } from "../numbers/render.js";
import { reportListCounts } from "../numbers/report-list-counts.js";
import { reportTableSums } from "../numbers/report-table-sums.js";
import { rateClaims } from "../numbers/rates.js";
import { ratioPartViolations, type RatioPartViolation } from "../numbers/ratio-parts.js";
import { shareSumViolations } from "../numbers/share-sums.js";
import { mapped } from "../util/lists.js";

/** Lists of parts in running text (brackets, 其中, 共计, sibling counts) against their totals. */
function reportPartSums(context: RuleContext<unknown, "sumExceeds" | "mismatch" | "mismatchEarlierTotal">): void {
  const { locale } = context.settings;
  const { text } = context;
  for (const verdict of partWholeVerdicts(context.document)) {
    if (!verdict.sum) continue;
    const { claim, arithmetic } = verdict;
    const sumWords = partWholeText(arithmetic, locale, { exhaustive: claim.exhaustive });
    // A part above the whole on its own is named: it is the likeliest slip.
    const alone = verdict.exceeding ? [verdict.exceeding.part, ...verdict.exceeding.others].map((p) => phrase("aloneExceeds", locale, { part: quoteCount(text, p.quantity) })) : [];
    const separator = locale === "en" ? ", " : "，";
    const words = { ...sumWords, detail: [sumWords.detail, ...alone.map((a) => `${separator}${a}`)].join("") };
    const whole = quoteCount(text, claim.whole.quantity);
    const details = { printed: arithmetic.whole, computed: arithmetic.sum, expression: words.expression, detail: words.detail, suggestion: words.suggestion };
    if (claim.whole.sentence !== claim.parts[0]!.sentence) {
      // The total stands sentences before its parts: the finding covers the parts.
      const first = countSpan(text, claim.parts[0]!.quantity);
      const parts = mapped(claim.parts, (p) => quoteCount(text, p.quantity)).join("、");
      context.report({
        span: [first[0], claim.parts.at(-1)!.quantity.span[1]],
        messageId: "mismatchEarlierTotal",
        severity: verdict.sum.severity,
        data: { parts, whole, expression: words.expression, detail: words.detail, suggestion: words.suggestion },
        details,
      });
      continue;
    }
    context.report({
      span: claim.span,
      messageId: verdict.sum.check === "sum-mismatch" ? "mismatch" : "sumExceeds",
      severity: verdict.sum.severity,
      data: { whole, computed: arithmetic.sum, expression: words.expression, detail: words.detail, suggestion: words.suggestion },
      details,
    });
  }
}

/**
 * Shares of one whole (占比…；占比…；…, 分别为…、…、…, 3.9：59.5：36.6) that do not make 100%. When one
 * term of a ratio is also off against its amount, the finding names it (rate-mismatch then stays
 * silent on that ratio: one defect, one finding).
 */
function reportShareSums(context: RuleContext<unknown, "shareSum" | "shareSumTerm">): void {
  const report = context.document;
  // One defect, one finding: a share already reported against its counts is not reported again.
  const flagged = new Set(
    rateClaims(report)
      .filter((c) => c.outcome.kind === "mismatch" || c.outcome.kind === "infeasible" || c.outcome.kind === "over-hundred")
      .map((c) => c.rateIndex),
  );
  const terms = ratioPartViolations(report);
  for (const v of shareSumViolations(report)) {
    if (v.rates.some((i) => flagged.has(i))) continue;
    const shares = v.kind === "ratio" ? v.values.join("：") : mapped(v.values, (x) => `${x}%`).join(v.kind === "respectively" ? "、" : "；");
    const data = { shares, sum: v.sum, gap: v.gap, slack: v.slack };
    const details = { printed: "100%", computed: `${v.sum}%`, expression: `${v.values.join(" + ")} = ${v.sum}`, suggestion: "" };
    const culprits = terms.filter((t) => t.termSpan[0] >= v.span[0] && t.termSpan[1] <= v.span[1]);
    if (culprits.length === 1) {
      const [t] = culprits as [RatioPartViolation];
      const term = { term: t.term, part: quoteCount(report.text, t.part.quantity), expected: t.expected };
      context.report({ span: v.span, messageId: "shareSumTerm", severity: "warning", data: { ...data, ...term }, details });
      continue;
    }
    context.report({ span: v.span, messageId: "shareSum", severity: "warning", data, details });
  }
}

/**
 * 新收 + 上年结转 = 办结 + 结转下年 in one sentence: what came in must balance what went out. Only a
 * warning: a report may leave a withdrawn application out of both sides.
 */
function reportBalances(context: RuleContext<unknown, "balance">): void {
  const { text } = context;
  for (const v of balanceViolations(context.document)) {
    const [intake, carriedIn, closed, carriedOut] = [v.intake, v.carriedIn, v.closed, v.carriedOut].map((f) => quoteCount(text, f.quantity));
    const difference = v.sources > v.uses ? v.sources - v.uses : v.uses - v.sources;
    context.report({
      span: v.span,
      messageId: "balance",
      severity: "warning",
      data: {
        intake: intake!,
        carriedIn: carriedIn!,
        closed: closed!,
        carriedOut: carriedOut!,
        sources: `${v.intake.exact} + ${v.carriedIn.exact} = ${v.sources}`,
        uses: `${v.closed.exact} + ${v.carriedOut.exact} = ${v.uses}`,
        difference: String(difference),
      },
      details: { printed: String(v.uses), computed: String(v.sources), expression: `${v.intake.exact} + ${v.carriedIn.exact} ≠ ${v.closed.exact} + ${v.carriedOut.exact}`, suggestion: "" },
    });
  }
}

/**
 * The same balance with the year's results printed as the six outcomes of the 政府信息公开 template
 * (同意公开…，部分公开…，不予公开…，无法提供…，不予处理…，其他处理…) and the carry-forward. A warning.
 */
function reportOutcomeBalances(context: RuleContext<unknown, "balanceOutcomes">): void {
  for (const v of outcomeBalanceViolations(context.document)) {
    const [intake, carriedIn, carriedOut] = v.quotes;
    const outcomes = mapped(v.outcomes, (o) => String(o.exact)).join(" + ");
    const difference = v.sources > v.uses ? v.sources - v.uses : v.uses - v.sources;
    context.report({
      span: v.span,
      messageId: "balanceOutcomes",
      severity: "warning",
      data: {
        intake,
        carriedIn,
        carriedOut,
        sources: `${v.intake.exact} + ${v.carriedIn.exact} = ${v.sources}`,
        uses: `${outcomes} + ${v.carriedOut.exact} = ${v.uses}`,
        difference: String(difference),
      },
      details: { printed: String(v.uses), computed: String(v.sources), expression: `${v.intake.exact} + ${v.carriedIn.exact} ≠ ${outcomes} + ${v.carriedOut.exact}`, suggestion: "" },
    });
  }
}

export default createRule({
  id: "sum-mismatch",
  meta: {
    type: "problem",
    docs: {
      description: { zh: "分项之和应与所列总数相符", en: "Enumerated parts must fit their stated total" },
      recommended: true,
    },
    defaultSeverity: "error",
    messages: {
      sumExceeds: {
        zh: "「{{whole}}」后所列各项合计 {{computed}}（{{expression}}）{{detail}}。{{suggestion}}",
        en: 'The parts listed with "{{whole}}" add up to {{computed}} ({{expression}}){{detail}}. {{suggestion}}',
      },
      mismatch: {
        zh: "「{{whole}}」与所列各项之和不一致：{{expression}}{{detail}}。{{suggestion}}",
        en: '"{{whole}}" does not equal the sum of its parts: {{expression}}{{detail}}. {{suggestion}}',
      },
      mismatchEarlierTotal: {
        zh: "「{{parts}}」各项之和与前文「{{whole}}」不一致：{{expression}}{{detail}}。{{suggestion}}",
        en: 'The parts "{{parts}}" do not add up to "{{whole}}" stated before them: {{expression}}{{detail}}. {{suggestion}}',
      },
      shareSum: {
        zh: "「{{shares}}」是同一总体的各部分，合计 {{sum}}%，与 100% 相差 {{gap}} 个百分点（四舍五入最多可解释 {{slack}}）。请核对各占比。",
        en: '"{{shares}}" are parts of one whole but add up to {{sum}}%, {{gap}} points off 100% (rounding explains at most {{slack}}). Please check the shares.',
      },
      shareSumTerm: {
        zh: "「{{shares}}」是同一总体的各部分，合计 {{sum}}%，与 100% 相差 {{gap}} 个百分点（四舍五入最多可解释 {{slack}}）；按「{{part}}」计算，「{{term}}」应为 {{expected}}。请核对该项比重或数字。",
        en: '"{{shares}}" are parts of one whole but add up to {{sum}}%, {{gap}} points off 100% (rounding explains at most {{slack}}); by "{{part}}", "{{term}}" should be {{expected}}. Please check that term or the figures.',
      },
      listCount: {
        zh: "「{{count}}」与所列名称的数量不一致：列出 {{named}}（{{items}}）{{detail}}。请核对数量或名单。",
        en: '"{{count}}" does not match the names listed: {{named}} named ({{items}}){{detail}}. Please check the count or the list.',
      },
      balance: {
        zh: "收支不平衡：「{{intake}}」加「{{carriedIn}}」为 {{sources}}，「{{closed}}」加「{{carriedOut}}」为 {{uses}}，相差 {{difference}}。新收与上年结转之和应等于办结与结转下年之和，请核对。",
        en: 'The caseload does not balance: "{{intake}}" plus "{{carriedIn}}" is {{sources}}, but "{{closed}}" plus "{{carriedOut}}" is {{uses}}, {{difference}} apart. New plus carried-over cases should equal closed plus carried-forward ones; please check.',
      },
      balanceOutcomes: {
        zh: "收支不平衡：「{{intake}}」加「{{carriedIn}}」为 {{sources}}，六类办理结果加「{{carriedOut}}」为 {{uses}}，相差 {{difference}}。新收与上年结转之和应等于办理结果与结转下年之和，请核对。",
        en: 'The applications do not balance: "{{intake}}" plus "{{carriedIn}}" is {{sources}}, but the six outcomes plus "{{carriedOut}}" are {{uses}}, {{difference}} apart. New plus carried-over applications should equal the outcomes plus those carried forward; please check.',
      },
      // Tables: a total column across one row, a total row down one column (see numbers/table-sums.ts).
      tableRow: {
        zh: "{{row}}的{{column}}为 {{total}}，与同行各分项之和不一致：{{expression}}，相差 {{difference}}{{detail}}。请核对。",
        en: "{{column}} in {{row}} is {{total}}, which does not equal the sum of the row: {{expression}}, {{difference}} apart{{detail}}. Please check.",
      },
      // Outcomes of a whole that need not cover it but never exceed it (受理数量 | 许可数量 | 不予许可数量).
      tableRowAtMost: {
        zh: "{{row}}中各项办理结果之和大于{{column}} {{total}}：{{expression}}，多出 {{difference}}{{detail}}。各结果之和不应大于{{column}}，请核对。",
        en: "In {{row}} the outcomes add up to more than {{column}} {{total}}: {{expression}}, {{difference}} more{{detail}}. The outcomes should not exceed {{column}}; please check.",
      },
      tableColumn: {
        zh: "{{row}}{{column}}为 {{total}}，与各分项之和不一致：{{expression}}，相差 {{difference}}{{detail}}。请核对。",
        en: "{{column}} of {{row}} is {{total}}, which does not equal the sum of its parts: {{expression}}, {{difference}} apart{{detail}}. Please check.",
      },
    },
  },
  create(context) {
    reportPartSums(context);
    reportShareSums(context);
    reportListCounts(context);
    reportTableSums(context);
    reportBalances(context);
    reportOutcomeBalances(context);
  },
});
