/**
 * xxgk-table-identities: the sums the 政府信息公开工作年度报告 template's tables must satisfy
 * (国办公开办函〔2021〕30号) — part 三 every column 本年新收 + 上年结转 = (七)总计 + 结转下年度继续办理 and
 * (七)总计 = (一)…(六) with their numbered rows, every row 总计 = the six applicant columns; part 四
 * every 总计 = 维持 + 纠正 + 其他 + 尚未审结. Numbers placed by the parser's xxgkTables; numbers it could
 * not place are named once per table (info). Docs: docs/rules/xxgk-table-identities.md
 */
import { XXGK_TEMPLATE, xxgkTable, type Locale, type XxgkCell, type XxgkTableId, type XxgkTables } from "@reportlint/report-model";
import { xxgkTables } from "@reportlint/parser";
import { createRule, type RuleContext, type RuleMessage } from "../rule.js";
import { mapped } from "../util/lists.js";

const PROFILE = "zhengwu-gongkai-annual";

const TABLE_NAMES: Readonly<Record<XxgkTableId, RuleMessage>> = {
  "art20-1": { zh: "主动公开情况表第二十条第（一）项", en: "the 主动公开 table, 第二十条第（一）项" },
  "art20-5": { zh: "主动公开情况表第二十条第（五）项", en: "the 主动公开 table, 第二十条第（五）项" },
  "art20-6": { zh: "主动公开情况表第二十条第（六）项", en: "the 主动公开 table, 第二十条第（六）项" },
  "art20-8": { zh: "主动公开情况表第二十条第（八）项", en: "the 主动公开 table, 第二十条第（八）项" },
  applications: { zh: "收到和处理政府信息公开申请情况表", en: "the table of applications (收到和处理政府信息公开申请情况)" },
  "review-litigation": { zh: "行政复议、行政诉讼情况表", en: "the table of reviews and lawsuits (行政复议、行政诉讼情况)" },
};

const GROUPS = ["withheld", "unavailable", "not-processed", "other"] as const;
const APPLICANTS = ["natural-person", "commercial", "research", "public-interest", "legal-services", "other-org"] as const;
/** The five kinds of 法人或其他组织 (the applicants after 自然人). */
const ORGANISATIONS = APPLICANTS.slice(1);
const OUTCOMES = ["upheld", "corrected", "other", "pending"] as const;

type MessageId = "columnBalance" | "resultsTotal" | "groupTotal" | "rowTotal" | "rowSubtotal" | "reviewTotal" | "unplaced" | "unplacedUnchecked";

/** Tables with identities; part 二's numbers have none the report alone makes certain. */
const CHECKED: ReadonlySet<XxgkTableId> = new Set(["applications", "review-litigation"]);

const applications = xxgkTable("applications");
const review = xxgkTable("review-litigation");
const rowLabelOf = (id: string) => {
  const row = applications.rows.find((r) => r.id === id)!;
  const group = row.group ? applications.rows.find((r) => r.id === row.group)!.label : "";
  return `${group}${row.label}`;
};
/** Each application row's label with its group's, built once (asked twice per row of every table). */
const ROW_LABELS = new Map(applications.rows.map((r) => [r.id, rowLabelOf(r.id)]));
const rowLabel = (id: string) => ROW_LABELS.get(id)!;
/** Each group of application rows: its numbered rows and its label, found once, not per column. */
const GROUP_ROWS = GROUPS.map((group) => ({
  group,
  rows: applications.rows.filter((r) => r.group === group),
  label: applications.rows.find((r) => r.id === group)!.label,
}));

/**
 * Exact sum of printed decimals (counts are integers; a decimal is summed at its printed places).
 * Callers pass lists built by push or literals (see mapped): one element kind at this site.
 */
function sum(values: readonly string[]): string {
  // Whole numbers short enough to add exactly as doubles (most tables): no BigInt needed.
  if (values.every(isShortInteger)) {
    let total = 0;
    for (const v of values) total += Number(v);
    return String(total);
  }
  const places = Math.max(0, ...values.map((v) => (v.includes(".") ? v.length - v.indexOf(".") - 1 : 0)));
  const scale = 10n ** BigInt(places);
  const scaled = (v: string) => {
    const [whole, fraction = ""] = v.split(".");
    return BigInt(whole!) * scale + (places === 0 ? 0n : BigInt(fraction.padEnd(places, "0")) * (whole!.startsWith("-") ? -1n : 1n));
  };
  const total = values.reduce((acc, v) => acc + scaled(v), 0n);
  if (places === 0) return total.toString();
  const negative = total < 0n;
  const abs = negative ? -total : total;
  return `${negative ? "-" : ""}${abs / scale}.${(abs % scale).toString().padStart(places, "0")}`;
}

/** An optional minus and 1 to 15 ASCII digits: a sum of such numbers is exact in a double. */
function isShortInteger(v: string): boolean {
  const from = v.charCodeAt(0) === 0x2d ? 1 : 0;
  if (v.length <= from || v.length - from > 15) return false;
  for (let i = from; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

const same = (a: string, b: string) => sum([a]) === sum([b]);

class Checker {
  /** The cells by table, row and column (the first of each, as xxgkCell finds it): looked up hundreds of times. */
  private readonly index = new Map<string, Map<string, Map<string, XxgkCell>>>();

  constructor(
    private readonly context: RuleContext<unknown, MessageId>,
    tables: XxgkTables,
  ) {
    for (const c of tables.cells) {
      let rows = this.index.get(c.table);
      if (!rows) this.index.set(c.table, (rows = new Map<string, Map<string, XxgkCell>>()));
      let columns = rows.get(c.row);
      if (!columns) rows.set(c.row, (columns = new Map<string, XxgkCell>()));
      if (!columns.has(c.column)) columns.set(c.column, c);
    }
  }

  cell(table: XxgkTableId, row: string, column: string): XxgkCell | undefined {
    return this.index.get(table)?.get(row)?.get(column);
  }

  /** Reports `total` ≠ Σ parts on the total cell; silent when a cell is missing. */
  sumCheck(messageId: MessageId, total: XxgkCell | undefined, parts: readonly (XxgkCell | undefined)[], data: Record<string, string>): void {
    if (!total || parts.some((p) => !p)) return;
    const cells = parts as XxgkCell[];
    const computed = sum(mapped(cells, (c) => c.value));
    if (same(computed, total.value)) return;
    const expression = `${cells.map((c) => c.value).join(" + ")} = ${computed} ≠ ${total.value}`;
    this.report(messageId, total, [total, ...cells], { ...data, expression }, computed);
  }

  report(messageId: MessageId, at: XxgkCell, cells: readonly XxgkCell[], data: Record<string, string>, computed: string): void {
    this.context.report({
      messageId,
      span: at.span,
      severity: cells.every((c) => c.certain) ? "error" : "warning",
      data,
      details: { printed: at.value, computed, expression: data.expression },
    });
  }
}

/** 表三: each column balances, each (七)总计 is the sum of the outcomes, each 总计 the sum of the applicants. */
function checkApplications(check: Checker): void {
  const at = (row: string, column: string) => check.cell("applications", row, column);
  for (const column of applications.columns) {
    const c = column.id;
    const [fresh, carried, results, forward] = [at("new", c), at("carried-over", c), at("results-total", c), at("carried-forward", c)];
    if (fresh && carried && results && forward) {
      const left = sum([fresh.value, carried.value]);
      const right = sum([results.value, forward.value]);
      if (!same(left, right)) {
        const expression = `${fresh.value} + ${carried.value} = ${left} ≠ ${results.value} + ${forward.value} = ${right}`;
        check.report("columnBalance", results, [fresh, carried, results, forward], { column: column.label, expression }, left);
      }
    }
    // (七)总计 = (一) + (二) + each group: its printed subtotal when there is one, else its numbered rows.
    const terms: { label: string; cells: (XxgkCell | undefined)[] }[] = [
      { label: "（一）", cells: [at("disclosed", c)] },
      { label: "（二）", cells: [at("partly-disclosed", c)] },
    ];
    for (const { group, rows, label: groupLabel } of GROUP_ROWS) {
      const members = mapped(rows, (r) => at(r.id, c));
      const subtotal = at(group, c);
      const label = groupLabel.slice(0, 3);
      if (subtotal) {
        check.sumCheck("groupTotal", subtotal, members, { column: column.label, group: groupLabel });
        terms.push({ label, cells: [subtotal] });
      } else terms.push({ label, cells: members });
    }
    if (!results || terms.some((t) => t.cells.some((x) => !x))) continue;
    const groupSums = mapped(terms, (t) => sum(mapped(t.cells, (x) => x!.value)));
    const computed = sum(groupSums);
    if (same(computed, results.value)) continue;
    const expression = `${terms.map((t, k) => `${t.label}${groupSums[k]}`).join(" + ")} = ${computed} ≠ ${results.value}`;
    check.report("resultsTotal", results, [results, ...terms.flatMap((t) => t.cells as XxgkCell[])], { column: column.label, expression }, computed);
  }
  for (const row of applications.rows) {
    check.sumCheck(
      "rowTotal",
      at(row.id, "total"),
      mapped(APPLICANTS, (c) => at(row.id, c)),
      { row: rowLabel(row.id) },
    );
    // A 法人或其他组织 小计 column, when the report prints one (rarely): the five kinds of organisation.
    const subtotal = at(row.id, "legal-person-subtotal");
    if (subtotal) check.sumCheck("rowSubtotal", subtotal, mapped(ORGANISATIONS, (c) => at(row.id, c)), { row: rowLabel(row.id) });
  }
}

/** 表四: each group's 总计 is its four outcomes. */
function checkReview(check: Checker): void {
  for (const row of review.rows) {
    check.sumCheck(
      "reviewTotal",
      check.cell("review-litigation", row.id, "total"),
      mapped(OUTCOMES, (c) => check.cell("review-litigation", row.id, c)),
      { row: row.label },
    );
  }
}

/** One info per table with numbers that could not be placed (not those of the 2019 form, nor those at a cut). */
function reportUnplaced(context: RuleContext<unknown, MessageId>, tables: XxgkTables, locale: Locale): void {
  const cut = context.document.meta.cutOff;
  // A loop, not a spread of mapped lists: those reached Math.max with two element kinds (a deopt).
  let lastLine = 0;
  for (const c of tables.cells) lastLine = Math.max(lastLine, c.line);
  for (const u of tables.unplaced) lastLine = Math.max(lastLine, u.line);
  for (const def of XXGK_TEMPLATE) {
    const left = tables.unplaced.filter((u) => u.table === def.id && u.reason !== "columns-unknown" && !(cut && u.line === lastLine));
    if (left.length === 0) continue;
    const lines = [...new Set(left.map((u) => u.line))];
    const separator = locale === "en" ? ", " : "、";
    context.report({
      messageId: CHECKED.has(def.id) ? "unplaced" : "unplacedUnchecked",
      span: left[0]!.span,
      severity: "info",
      data: { table: TABLE_NAMES[def.id][locale], count: left.length, lines: lines.join(separator) },
    });
  }
}

export default createRule<Record<string, never>, MessageId>({
  id: "xxgk-table-identities",
  meta: {
    type: "problem",
    docs: {
      description: { zh: "政府信息公开年报表格的勾稽关系应成立", en: "The sums of the 政府信息公开 annual report's tables must hold" },
      recommended: true,
    },
    defaultSeverity: "error",
    messages: {
      columnBalance: {
        zh: "申请情况表「{{column}}」列：本年新收 + 上年结转应等于（七）总计 + 结转下年度继续办理，而 {{expression}}。请核对该列数字。",
        en: 'Applications table, column "{{column}}": 本年新收 + 上年结转 must equal (七)总计 + 结转下年度继续办理, but {{expression}}. Please check the column.',
      },
      resultsTotal: {
        zh: "申请情况表「{{column}}」列：（七）总计应为（一）至（六）各项之和，而 {{expression}}。请核对该列数字。",
        en: 'Applications table, column "{{column}}": (七)总计 must be the sum of (一) to (六), but {{expression}}. Please check the column.',
      },
      groupTotal: {
        zh: "申请情况表「{{column}}」列：「{{group}}」应为其各分项之和，而 {{expression}}。",
        en: 'Applications table, column "{{column}}": "{{group}}" must be the sum of its numbered rows, but {{expression}}.',
      },
      rowTotal: {
        zh: "申请情况表「{{row}}」行：总计应为自然人与各类法人或其他组织之和，而 {{expression}}。请核对该行数字。",
        en: 'Applications table, row "{{row}}": 总计 must be the sum of 自然人 and the five kinds of 法人或其他组织, but {{expression}}. Please check the row.',
      },
      rowSubtotal: {
        zh: "申请情况表「{{row}}」行：法人或其他组织小计应为商业企业、科研机构、社会公益组织、法律服务机构、其他之和，而 {{expression}}。请核对该行数字。",
        en: 'Applications table, row "{{row}}": the 法人或其他组织 小计 must be the sum of the five kinds of organisation, but {{expression}}. Please check the row.',
      },
      reviewTotal: {
        zh: "行政复议、行政诉讼情况表「{{row}}」：总计应为结果维持、结果纠正、其他结果、尚未审结之和，而 {{expression}}。",
        en: 'Review and lawsuit table, "{{row}}": 总计 must be 结果维持 + 结果纠正 + 其他结果 + 尚未审结, but {{expression}}.',
      },
      unplaced: {
        zh: "{{table}}中有 {{count}} 个数字无法确定属于哪一行哪一列（第 {{lines}} 行），涉及它们的勾稽关系未核对。",
        en: "{{count}} numbers of {{table}} could not be given a row and column (line {{lines}}); the sums they take part in were not checked.",
      },
      unplacedUnchecked: {
        zh: "{{table}}中有 {{count}} 个数字无法确定属于哪一行哪一列（第 {{lines}} 行），请核对该表是否完整、各列是否对齐。",
        en: "{{count}} numbers of {{table}} could not be given a row and column (line {{lines}}); please check that the table is whole and its columns aligned.",
      },
    },
  },
  create(context) {
    const report = context.document;
    const tables = xxgkTables(report);
    const recognised = tables.tables.some((t) => t.id === "applications" && t.placed > 0);
    if (report.meta.profile !== PROFILE && !recognised) return;
    const check = new Checker(context, tables);
    checkApplications(check);
    checkReview(check);
    reportUnplaced(context, tables, context.settings.locale);
  },
});
