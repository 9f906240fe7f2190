/**
 * The rate lexicon (§4.3) as data: for each indicator, its names, the canonical numerator and
 * denominator roles, the alternatives that also count as a fit, whether it is a bounded proportion,
 * and the severity when the explicit canonical pair does not fit. Plus the role words that introduce
 * each role before a number (受理/共受理/收到/新收 → 受理).
 */
import { CLOSURE_PARTS, CORRECTION_PARTS } from "./partitions.js";

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
  | "应绑定";

/**
 * One side of a rate: a single role, a sum of roles (受理 + 上期未结), or a sum of enumerated parts
 * (the closure parts of 结案, the correction parts of 纠错).
 */
export type Operand =
  | { readonly kind: "role"; readonly role: Role }
  | { readonly kind: "sum"; readonly roles: readonly Role[] }
  | { readonly kind: "parts"; readonly of: Role; readonly parts: readonly string[] };

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
  readonly note?: string;
}

const role = (r: Role): Operand => ({ kind: "role", role: r });
const sumOf = (...roles: Role[]): Operand => ({ kind: "sum", roles });

/** The lexicon, in the order of §4.3. */
export const INDICATORS: readonly IndicatorDef[] = [
  {
    id: "closure-rate",
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
    names: ["败诉率"],
    numerator: role("败诉"),
    denominator: role("审结"),
    altNumerators: [],
    altDenominators: [role("判决"), role("发案"), role("应诉")],
    bounded: true,
    mismatchSeverity: "error",
  },
  {
    id: "win-rate",
    names: ["胜诉率"],
    numerator: role("胜诉"),
    denominator: role("审结"),
    altNumerators: [],
    altDenominators: [role("判决")],
    bounded: true,
    mismatchSeverity: "error",
  },
  {
    id: "correction-rate",
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
    names: ["增长率", "增幅", "同比", "环比", "下降", "压缩比例", "增长", "上升", "减少", "降低", "提高", "提升", "压缩"],
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
    names: ["占比"],
    numerator: null,
    denominator: null,
    altNumerators: [],
    altDenominators: [],
    bounded: false,
    mismatchSeverity: null,
    note: "Shares (often of money) are not granular: never checked.",
  },
];

/** A lexicon hit: the indicator and the name that matched. */
export interface IndicatorMatch {
  readonly indicator: IndicatorDef;
  readonly name: string;
  /** Offset of the matched name in the text searched. */
  readonly index: number;
}

const NAME_INDEX: readonly { name: string; indicator: IndicatorDef }[] = INDICATORS.flatMap((indicator) =>
  indicator.names.map((name) => ({ name, indicator })),
).sort((a, b) => b.name.length - a.name.length);

/**
 * The indicator a rate name refers to, by the longest name it contains (调解成功率 before 成功率;
 * 即办件占比 before 占比); ties go to the name closest to the end. A change word after the name
 * (办结率同比提高) makes it a change, not a proportion. `context` (the clause) is searched for names
 * that need a context word (成功率 after 调处/调解). Null when nothing matches.
 */
export function findIndicator(name: string, context?: string): IndicatorMatch | null {
  let best: IndicatorMatch | null = null;
  for (const entry of NAME_INDEX) {
    if (best && entry.name.length < best.name.length) break;
    const index = name.lastIndexOf(entry.name);
    if (index < 0) continue;
    const needed = entry.indicator.contextWords?.[entry.name];
    if (needed) {
      const haystack = (context ?? "") + name.slice(0, index);
      if (!needed.some((w) => haystack.includes(w))) continue;
    }
    if (!best || index > best.index) best = { indicator: entry.indicator, name: entry.name, index };
  }
  if (best?.indicator.bounded) {
    const end = best.index + best.name.length;
    for (const entry of NAME_INDEX) {
      if (entry.indicator.bounded) continue;
      const index = name.indexOf(entry.name, end);
      if (index >= 0) return { indicator: entry.indicator, name: entry.name, index };
    }
  }
  return best;
}

/** The lexicon entry by id ("closure-rate"), or undefined. */
export function indicatorById(id: string): IndicatorDef | undefined {
  return INDICATORS.find((i) => i.id === id);
}

/**
 * Words that introduce each role before a number. Longer words win (调解成功 over 调解, 开庭审理 over
 * 开庭), so a word may contain another role's word.
 */
export const ROLE_WORDS: Readonly<Record<Role, readonly string[]>> = {
  受理: ["受理", "共受理", "收到", "新收", "接收", "办件", "收案"],
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
  备案: ["备案"],
  应备案: ["应备案"],
  审查: ["审查"],
  应审查: ["应审查"],
  绑定: ["绑定"],
  应绑定: ["应绑定"],
};

const ROLE_INDEX: readonly { word: string; role: Role }[] = (Object.entries(ROLE_WORDS) as [Role, readonly string[]][])
  .flatMap(([r, words]) => words.map((word) => ({ word, role: r })))
  .sort((a, b) => b.word.length - a.word.length);

/** A role word found in text. */
export interface RoleMatch {
  readonly role: Role;
  readonly word: string;
  readonly index: number;
}

/** The role a single word names, exactly ("已办结" → 办结), or null. */
export function roleOfWord(word: string): Role | null {
  return ROLE_INDEX.find((e) => e.word === word.trim())?.role ?? null;
}

/**
 * All role words in `text`, read left to right taking the longest word at each position
 * ("审结案件" → 审结, not 结案; "调解成功" → 调解成功).
 */
export function findRoles(text: string): RoleMatch[] {
  const out: RoleMatch[] = [];
  let i = 0;
  while (i < text.length) {
    const hit = ROLE_INDEX.find((e) => text.startsWith(e.word, i));
    if (hit) {
      out.push({ role: hit.role, word: hit.word, index: i });
      i += hit.word.length;
    } else {
      i++;
    }
  }
  return out;
}

/** The role introducing a number: the last role word in the text before it ("全年共受理信访事项" → 受理). */
export function findRole(textBefore: string): RoleMatch | null {
  return findRoles(textBefore).at(-1) ?? null;
}

/** The roles an operand draws on (a sum's roles; the whole of a parts operand). */
export function operandRoles(op: Operand): readonly Role[] {
  return op.kind === "role" ? [op.role] : op.kind === "sum" ? op.roles : [op.of];
}
