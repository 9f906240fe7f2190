/**
 * The rate lexicon (indicator-math.md §4.3) as data, the one place it is written: each indicator's
 * names, its canonical numerator and denominator roles, the alternatives that also fit, whether it
 * is a bounded proportion, and the severity when the explicit canonical pair does not fit; and the
 * words that introduce each role before a number (受理/共受理/收到/新收 → 受理). The parser reads
 * indicator names from here, indicator-math matches and checks with it, the rules pair counts with it.
 */
import { CLOSURE_PARTS, CORRECTION_PARTS } from "./partitions.js";
import { CHANGE_NAMES, SHARE_WORDS } from "./rate-words.js";

/** A role a count can play in a claim group. */
export type Role =
  | "受理"
  | "立案"
  | "发案"
  | "应诉"
  | "开庭"
  | "应出庭"
  | "审结"
  | "判决"
  | "结案"
  | "办结"
  | "应办结"
  | "交办"
  | "按期办结"
  | "调解"
  | "调解成功"
  | "调解结案"
  | "败诉"
  | "胜诉"
  | "纠错"
  | "出庭"
  | "即办"
  | "问题"
  | "整改"
  | "评价"
  | "满意"
  | "上期未结"
  | "覆盖"
  | "应覆盖"
  | "公示"
  | "应公示"
  | "备案"
  | "应备案"
  | "审查"
  | "应审查"
  | "绑定"
  | "应绑定"
  | "撤诉";

/**
 * One side of a rate: a single role, a sum of roles (受理 + 上期未结), or a sum of enumerated parts
 * (the closure parts of 结案, the correction parts of 纠错).
 */
export type Operand =
  | { readonly kind: "role"; readonly role: Role }
  | { readonly kind: "sum"; readonly roles: readonly Role[] }
  | { readonly kind: "parts"; readonly of: Role; readonly parts: readonly string[] }
  /** One role less others (审结 − 撤诉: the cases decided by judgment). */
  | { readonly kind: "difference"; readonly of: Role; readonly minus: readonly Role[] };

/** How sure a mismatch with the explicit canonical pair is. */
export type MismatchSeverity = "error" | "warn";

/** One indicator of the lexicon. */
export interface IndicatorDef {
  readonly id: string;
  /** The first name is the usual one; all names are matched, longest first. */
  readonly names: readonly string[];
  /** Names that count only after one of these words in the same clause (成功率 after 调处/调解). */
  readonly contextWords?: Readonly<Record<string, readonly string[]>>;
  /** Canonical numerator and denominator; null for unbounded indicators (growth, shares of money). */
  readonly numerator: Operand | null;
  readonly denominator: Operand | null;
  readonly altNumerators: readonly Operand[];
  readonly altDenominators: readonly Operand[];
  /** True for a count-based proportion ≤ 100% (checked by R2/R3/R4). */
  readonly bounded: boolean;
  /** Severity when no candidate pair fits and the canonical pair is explicit; null when never checked. */
  readonly mismatchSeverity: MismatchSeverity | null;
  /**
   * True when the total a sentence states may stand for the denominator when no count names it
   * (全镇9个村，覆盖率95%: the villages are what is covered). False where the base is usually a
   * subset the text does not print (满意率 is over the replies received, not all cases).
   */
  readonly implicitBase?: boolean;
  /**
   * True when the numerator counts a subset of what the denominator counts in the same period
   * (调解成功 of 调解, 败诉 of 审结), so a numerator above its denominator is impossible even with no
   * rate printed. False for 办结 of 受理: cases carried over from last year may be closed this year.
   */
  readonly partOfBase?: boolean;
  readonly note?: string;
}

const role = (r: Role): Operand => ({ kind: "role", role: r });
const sumOf = (...roles: Role[]): Operand => ({ kind: "sum", roles });
const less = (of: Role, ...minus: Role[]): Operand => ({ kind: "difference", of, minus });

/** The lexicon, in the order of §4.3. */
export const INDICATORS: readonly IndicatorDef[] = [
  {
    id: "closure-rate",
    implicitBase: true,
    names: ["结案率"],
    numerator: role("结案"),
    denominator: role("受理"),
    altNumerators: [{ kind: "parts", of: "结案", parts: CLOSURE_PARTS }],
    altDenominators: [sumOf("受理", "上期未结"), role("立案"), sumOf("立案", "上期未结")],
    bounded: true,
    mismatchSeverity: "error",
    note: "受理+上期未结 is the arbitration statistics convention.",
  },
  {
    id: "completion-rate",
    implicitBase: true,
    names: ["办结率"],
    numerator: role("办结"),
    denominator: role("受理"),
    altNumerators: [],
    altDenominators: [role("应办结"), role("交办")],
    bounded: true,
    mismatchSeverity: "error",
  },
  {
    id: "on-time-rate",
    partOfBase: true,
    implicitBase: true,
    names: [
      "按期办结率",
      "法定期限内办结率",
      "期限内办结率",
      "按时办结率",
      "及时办结率",
      "按期结案率",
      "法定期限内结案率",
      "期限内结案率",
      "及时率",
    ],
    numerator: role("按期办结"),
    denominator: role("办结"),
    altNumerators: [],
    altDenominators: [role("受理")],
    bounded: true,
    mismatchSeverity: "warn",
  },
  {
    id: "mediation-success-rate",
    partOfBase: true,
    names: ["调解成功率", "调处成功率", "成功率"],
    contextWords: { 成功率: ["调处", "调解"] },
    numerator: role("调解成功"),
    denominator: role("调解"),
    altNumerators: [],
    altDenominators: [role("受理")],
    bounded: true,
    mismatchSeverity: "error",
  },
  {
    id: "mediation-rate",
    names: ["调解率"],
    numerator: role("调解结案"),
    denominator: role("结案"),
    altNumerators: [role("调解")],
    altDenominators: [role("受理")],
    bounded: true,
    mismatchSeverity: "warn",
  },
  {
    id: "loss-rate",
    partOfBase: true,
    names: ["败诉率"],
    numerator: role("败诉"),
    denominator: role("审结"),
    altNumerators: [],
    altDenominators: [role("判决"), role("发案"), role("应诉"), less("审结", "撤诉")],
    bounded: true,
    mismatchSeverity: "error",
  },
  {
    id: "win-rate",
    partOfBase: true,
    names: ["胜诉率"],
    numerator: role("胜诉"),
    denominator: role("审结"),
    altNumerators: [],
    altDenominators: [role("判决"), less("审结", "撤诉")],
    bounded: true,
    mismatchSeverity: "error",
  },
  {
    id: "correction-rate",
    partOfBase: true,
    names: ["纠错率", "直接纠错率"],
    numerator: role("纠错"),
    denominator: role("审结"),
    altNumerators: [{ kind: "parts", of: "纠错", parts: CORRECTION_PARTS }],
    altDenominators: [role("受理")],
    bounded: true,
    mismatchSeverity: "warn",
  },
  {
    id: "court-appearance-rate",
    names: ["负责人出庭应诉率", "出庭应诉率", "出庭率"],
    numerator: role("出庭"),
    denominator: role("开庭"),
    altNumerators: [],
    altDenominators: [role("应出庭"), role("应诉"), role("发案")],
    bounded: true,
    mismatchSeverity: "warn",
    note: "口径不统一: WARN only.",
  },
  {
    id: "instant-rate",
    partOfBase: true,
    implicitBase: true,
    names: ["即办件占比", "即办率"],
    numerator: role("即办"),
    denominator: role("受理"),
    altNumerators: [],
    altDenominators: [],
    bounded: true,
    mismatchSeverity: "error",
  },
  {
    id: "rectification-rate",
    partOfBase: true,
    names: ["整改完成率", "整改率"],
    numerator: role("整改"),
    denominator: role("问题"),
    altNumerators: [],
    altDenominators: [],
    bounded: true,
    mismatchSeverity: "warn",
  },
  {
    id: "satisfaction-rate",
    partOfBase: true,
    names: ["满意率", "好评率", "满意度"],
    numerator: role("满意"),
    denominator: role("评价"),
    altNumerators: [],
    altDenominators: [],
    bounded: true,
    mismatchSeverity: "warn",
  },
  ...(
    [
      ["coverage-rate", "覆盖率", "覆盖", "应覆盖"],
      ["disclosure-rate", "公示率", "公示", "应公示"],
      ["filing-rate", "备案率", "备案", "应备案"],
      ["review-rate", "审查率", "审查", "应审查"],
      ["binding-rate", "绑定率", "绑定", "应绑定"],
    ] as const
  ).map(
    ([id, name, k, n]): IndicatorDef => ({
      id,
      implicitBase: true,
      partOfBase: true,
      names: [name],
      numerator: role(k),
      denominator: role(n),
      altNumerators: [],
      altDenominators: [],
      bounded: true,
      mismatchSeverity: "warn",
    }),
  ),
  {
    id: "change",
    names: CHANGE_NAMES,
    numerator: null,
    denominator: null,
    altNumerators: [],
    altDenominators: [],
    bounded: false,
    mismatchSeverity: null,
    note: "Changes between periods are not proportions: never checked by R2/R3/R4.",
  },
  {
    id: "share",
    names: SHARE_WORDS,
    numerator: null,
    denominator: null,
    altNumerators: [],
    altDenominators: [],
    bounded: false,
    mismatchSeverity: null,
    note: "Shares (often of money) are not granular: never checked.",
  },
];

/**
 * Words that introduce each role before a number. Longer words win (调解成功 over 调解, 开庭审理 over
 * 开庭), so a word may contain another role's word.
 */
export const ROLE_WORDS: Readonly<Record<Role, readonly string[]>> = {
  受理: ["受理", "共受理", "收到", "接到", "新收", "接收", "办件", "收案", "收集", "承办"],
  立案: ["立案", "予以立案"],
  发案: ["发案", "发案数", "被诉"],
  应诉: ["应诉"],
  开庭: ["开庭审理", "开庭"],
  应出庭: ["应出庭"],
  审结: ["审结"],
  判决: ["判决"],
  结案: ["结案", "共结案", "已结案"],
  办结: ["办结", "已办结"],
  应办结: ["应办结", "到期"],
  交办: ["交办"],
  按期办结: ["按期办结", "按时办结", "法定期限内办结", "期限内办结", "及时办结", "按期结案", "期限内结案"],
  调解: ["调处", "调解"],
  调解成功: ["调解成功", "成功调解", "调处成功", "成功调处"],
  调解结案: ["调解结案"],
  败诉: ["败诉"],
  胜诉: ["胜诉"],
  纠错: ["纠错", "直接纠错"],
  出庭: ["出庭", "出庭应诉"],
  即办: ["即办", "即办件", "即时办结"],
  问题: ["问题", "发现问题", "反馈问题"],
  整改: ["整改", "已整改", "完成整改", "整改到位", "整改完成"],
  评价: ["评价", "参评", "收到评价"],
  满意: ["满意", "好评", "满意评价"],
  上期未结: ["上期未结", "往年积案", "积案", "旧存", "上年结转"],
  覆盖: ["覆盖"],
  应覆盖: ["应覆盖"],
  公示: ["公示"],
  应公示: ["应公示"],
  备案: ["备案", "报备"],
  应备案: ["应备案"],
  审查: ["审查"],
  应审查: ["应审查"],
  绑定: ["绑定"],
  应绑定: ["应绑定"],
  撤诉: ["撤诉", "撤回起诉"],
};

