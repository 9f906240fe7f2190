// @ts-check
// Defect families: each plant edits one printed number of one annotated relation so that the
// relation no longer holds, and records the edit as a span and its replacement. Every plant is
// checked with exact arithmetic (relations.mjs) before it is used: the edited relation must be
// inconsistent, and family-specific conditions must hold (see ../README.md).
import { formatLike, pow10, rat, rcmp, rmul } from "./numbers.mjs";
import { bounds, consistent, grimFeasible } from "./relations.mjs";
import { picker, rngFor } from "./prng.mjs";

/** @typedef {import("./relations.mjs").Relation} Relation */
/** @typedef {import("./relations.mjs").Located} Located */

/** The defect families, in report order. */
export const FAMILIES = /** @type {const} */ (["sum", "part", "rate", "over100", "grim", "list", "table", "share-sum"]);

/** @typedef {typeof FAMILIES[number]} Family */

/** Rules that count as finding a plant of each family. */
export const EXPECTED_RULES = {
  sum: ["sum-mismatch"],
  // A part above its whole in a list that is summed is one finding, sum-mismatch's, naming the part.
  part: ["part-exceeds-total", "sum-mismatch"],
  rate: ["rate-mismatch", "impossible-percentage"],
  over100: ["impossible-percentage"],
  grim: ["impossible-percentage", "rate-mismatch"],
  list: ["sum-mismatch"],
  table: ["sum-mismatch"],
  "share-sum": ["sum-mismatch", "rate-mismatch"],
};

/**
 * One planted defect: replace `before` at `span` (UTF-16 offsets in the original text) by `after`.
 * @typedef {object} Plant
 * @property {string} id
 * @property {Family} family
 * @property {Relation} relation
 * @property {Located} target the number that is edited
 * @property {[number, number]} span
 * @property {string} before
 * @property {string} after
 * @property {string} variant the kind of edit, for the breakdown (e.g. "total lowered (Σ parts > total)")
 * @property {string} detail the edit itself (e.g. "−3 units")
 */

/** A copy of a located number with another mantissa (same printed style and place). */
function withMantissa(/** @type {Located} */ x, /** @type {bigint} */ mantissa) {
  const printed = { ...x.printed, mantissa, text: formatLike(mantissa, x.printed) };
  return { ...x, printed, value: rmul(rat(mantissa), pow10(x.printed.scaleExp - x.printed.decimals)) };
}

/** The relation with one located number replaced everywhere it is referenced. */
function substitute(/** @type {Relation} */ rel, /** @type {Located} */ from, /** @type {Located} */ to) {
  const sw = (/** @type {Located} */ x) => (x === from ? to : x);
  const swq = (/** @type {import("./relations.mjs").Quantity | null} */ q) =>
    q && { ...q, at: q.at && sw(q.at), parts: q.parts.map(sw), value: q.at === from ? to.value : q.parts.includes(from) ? sumValues(q.parts.map(sw)) : q.value };
  return {
    ...rel,
    total: rel.total && sw(rel.total),
    totalParts: rel.totalParts.map(sw),
    parts: rel.parts.map(sw),
    rate: rel.rate && sw(rel.rate),
    k: swq(rel.k),
    n: swq(rel.n),
    shares: rel.shares.map(sw),
    count: rel.count && sw(rel.count),
    numbers: rel.numbers.map(sw),
  };
}

function sumValues(/** @type {Located[]} */ xs) {
  let n = 0n;
  let d = 1n;
  for (const x of xs) {
    n = n * x.value.d + x.value.n * d;
    d *= x.value.d;
  }
  return rat(n, d);
}

/** A number we may edit: printed exactly (no 约/余/以上…), not negative, Arabic unless allowed. */
function editable(/** @type {Located} */ x, allowChinese = false) {
  return x.approx === "exact" && x.printed.mantissa >= 0n && (allowChinese || !x.printed.chinese);
}

const MAX_STEP = 10n ** 15n;

/**
 * Smallest δ ≥ floor (in units of the last printed digit) that breaks the relation when `target`
 * moves by dir·δ, while `allowed` still holds; then a little random extra. Both predicates must be
 * monotone in δ (true from some δ on / true up to some δ).
 * @param {Located} target @param {1 | -1} dir
 * @param {(x: Located) => boolean} broken @param {(x: Located) => boolean} allowed
 * @param {ReturnType<typeof picker>} pick @param {bigint} [floor]
 * @returns {Located | null}
 */
function smallestBreak(target, dir, broken, allowed, pick, floor = 1n) {
  const m = target.printed.mantissa;
  const limit = dir < 0 ? m : MAX_STEP;
  const at = (/** @type {bigint} */ d) => withMantissa(target, m + BigInt(dir) * d);
  if (floor > limit) return null;
  // Exponential then binary search for the first δ that breaks the relation.
  let lo = floor - 1n;
  let hi = floor;
  while (!broken(at(hi))) {
    lo = hi;
    if (hi >= limit) return null;
    hi = hi * 2n > limit ? limit : hi * 2n;
  }
  while (hi - lo > 1n) {
    const mid = (lo + hi) / 2n;
    if (broken(at(mid))) hi = mid;
    else lo = mid;
  }
  if (!allowed(at(hi))) return null;
  let extra = BigInt(pick.one([0, 0, 1, 2, 9]));
  while (extra > 0n && (hi + extra > limit || !allowed(at(hi + extra)) || !broken(at(hi + extra)))) extra /= 2n;
  return at(hi + extra);
}

const isBroken = (/** @type {Relation} */ rel) => consistent(rel) === false;

/**
 * @param {Relation} rel @param {Family} family @param {Located} target @param {Located} edited
 * @param {string} variant @param {number} i
 * @returns {Plant}
 */
function makePlant(rel, family, target, edited, variant, i) {
  const moved = edited.printed.mantissa - target.printed.mantissa;
  const units = moved < 0n ? -moved : moved;
  return {
    detail: `${moved < 0n ? "−" : "+"}${units.toString()} unit${units === 1n ? "" : "s"}`,
    id: `${rel.id}:${family}:${i}`,
    family,
    relation: rel,
    target,
    span: target.span,
    before: target.printed.text,
    after: edited.printed.text,
    variant,
  };
}

/** Whether a part stays within the whole (single whole, all parts non-negative). */
function withinWhole(/** @type {Relation} */ rel, /** @type {Located} */ part) {
  if (!rel.total) return true;
  const whole = bounds(rel.total);
  return whole.hi === null || rcmp(bounds(part).lo, whole.hi) <= 0;
}

/**
 * Sums and tables: break Σ parts = total (exhaustive) or Σ parts ≤ total, keeping every part
 * within the whole (a part over the whole is the `part` family).
 * @param {Relation} rel @param {"sum" | "table"} family @param {ReturnType<typeof picker>} pick @param {number} variants
 */
function sumFamily(rel, family, pick, variants) {
  const signed = [...rel.parts, ...rel.totalParts].some((p) => p.value.n < 0n);
  const parts = rel.parts.filter((p) => editable(p));
  /** @type {{ target: Located, dir: 1 | -1, variant: string }[]} */
  const edits = [];
  const totals = (rel.total ? [rel.total] : rel.totalParts).filter((t) => editable(t));
  const side = rel.total ? "total" : "other side";
  if (rel.exhaustive) {
    for (const t of totals) {
      edits.push({ target: t, dir: -1, variant: `${side} lowered (Σ parts > ${side})` });
      edits.push({ target: t, dir: 1, variant: `${side} raised (Σ parts < ${side})` });
    }
    for (const p of parts) {
      edits.push({ target: p, dir: 1, variant: `part raised (Σ parts > ${side})` });
      edits.push({ target: p, dir: -1, variant: `part lowered (Σ parts < ${side})` });
    }
  } else if (rel.parts.length >= 2) {
    for (const p of parts) edits.push({ target: p, dir: 1, variant: "part raised (Σ parts > whole, each part ≤ whole)" });
    for (const t of totals) edits.push({ target: t, dir: -1, variant: "whole lowered (Σ parts > whole, each part ≤ whole)" });
  }
  /** @type {Plant[]} */
  const out = [];
  for (const e of pick.some(edits, edits.length)) {
    if (out.length >= variants) break;
    const broken = (/** @type {Located} */ x) => isBroken(substitute(rel, e.target, x));
    // Keep every part within the whole: moving the whole must not drop it under a part.
    const allowed = (/** @type {Located} */ x) => {
      if (signed) return true;
      const r = substitute(rel, e.target, x);
      return r.parts.every((p) => withinWhole(r, p));
    };
    const edited = smallestBreak(e.target, e.dir, broken, allowed, pick);
    if (edited) out.push(makePlant(rel, family, e.target, edited, e.variant, out.length + 1));
  }
  return out;
}

/**
 * One part alone above its whole.
 * @param {Relation} rel @param {ReturnType<typeof picker>} pick @param {number} variants
 */
function partFamily(rel, pick, variants) {
  if (!rel.total || bounds(rel.total).hi === null) return [];
  if (rel.parts.some((p) => p.value.n < 0n)) return [];
  const whole = /** @type {Located} */ (rel.total);
  /** @type {Plant[]} */
  const out = [];
  for (const p of pick.some(rel.parts.filter((x) => editable(x)), variants)) {
    const over = (/** @type {Located} */ x) => !withinWhole({ ...rel, total: whole }, x);
    const edited = smallestBreak(p, 1, over, () => true, pick);
    if (edited && isBroken(substitute(rel, p, edited))) {
      out.push(makePlant(rel, "part", p, edited, "part raised above the whole", out.length + 1));
    }
  }
  return out;
}

const printedOnly = (/** @type {import("./relations.mjs").Quantity | null} */ q) => !!q && (q.at !== null || q.parts.length > 0);

/** Percent bounds of a rate's mantissa: [0, 100%] for bounded rates. */
function hundred(/** @type {Located} */ rate) {
  return 100n * 10n ** BigInt(rate.printed.decimals);
}

/**
 * A printed rate moved by ±1, ±2, ±3, ±10 units or in its first digit, to a value neither the
 * rounded nor the truncated k/n (checked on the bounds of k and n).
 * @param {Relation} rel @param {ReturnType<typeof picker>} pick @param {number} variants
 */
function rateFamily(rel, pick, variants) {
  const rate = rel.rate;
  if (!rate || !editable(rate) || !printedOnly(rel.k) || !printedOnly(rel.n)) return [];
  const m = rate.printed.mantissa;
  const lead = 10n ** BigInt(m.toString().length - 1);
  /** @type {[bigint, string][]} */
  const moves = [
    [1n, "±1 unit"],
    [-1n, "±1 unit"],
    [2n, "±2 units"],
    [-2n, "±2 units"],
    [3n, "±3 units"],
    [-3n, "±3 units"],
    [10n, "±10 units"],
    [-10n, "±10 units"],
    [lead, "first digit ±1"],
    [-lead, "first digit ±1"],
  ];
  const max = rel.bounded ? hundred(rate) : MAX_STEP;
  const valid = moves.filter(([d], i) => {
    const v = m + d;
    if (v < 0n || v > max || v === m) return false;
    // On short numbers the first-digit move repeats a ±1 or ±10 move.
    if (i >= 8 && moves.slice(0, 8).some(([d2]) => d2 === d)) return false;
    return isBroken(substitute(rel, rate, withMantissa(rate, v)));
  });
  return pick
    .some(valid, variants)
    .map(([d, label], i) => makePlant(rel, "rate", rate, withMantissa(rate, m + d), `rate moved ${label}`, i + 1));
}

/**
 * A bounded share printed above 100% with the same number of decimals.
 * @param {Relation} rel @param {ReturnType<typeof picker>} pick @param {number} variants
 */
function over100Family(rel, pick, variants) {
  const rate = rel.rate;
  if (!rate || !rel.bounded || rate.printed.mantissa < 0n || rate.printed.chinese) return [];
  if (!["exact", "more", "atLeast", "about"].includes(rate.approx)) return [];
  const scale = 10n ** BigInt(rate.printed.decimals);
  /** @type {Plant[]} */
  const out = [];
  const ranges = pick.some(
    [
      [1, 5, "just above 100%"],
      [6, 30, "well above 100%"],
    ],
    variants,
  );
  for (const [lo, hi, label] of ranges) {
    const whole = BigInt(100 + pick.int(/** @type {number} */ (lo), /** @type {number} */ (hi)));
    const frac = scale > 1n ? BigInt(pick.int(0, Number(scale) - 1)) : 0n;
    const edited = withMantissa(rate, whole * scale + frac);
    if (edited.printed.mantissa !== rate.printed.mantissa && isBroken(substitute(rel, rate, edited))) {
      out.push(makePlant(rel, "over100", rate, edited, `rate ${label}`, out.length + 1));
    }
  }
  return out;
}

/**
 * A rate no whole k in 0..n can give at its printed precision, for an exact printed count n with
 * n < 10^(d+2); the nearest such values to the printed rate.
 * @param {Relation} rel @param {ReturnType<typeof picker>} pick @param {number} variants
 */
function grimFamily(rel, pick, variants) {
  const rate = rel.rate;
  const n = rel.n?.at;
  if (!rate || !rel.bounded || !editable(rate) || !n) return [];
  if (n.approx !== "exact" || n.printed.decimals !== 0 || n.printed.scaleExp !== 0 || n.printed.chinese) return [];
  const d = rate.printed.decimals;
  const count = n.printed.mantissa;
  if (count <= 0n || count >= 10n ** BigInt(d + 2)) return [];
  const m = rate.printed.mantissa;
  const max = hundred(rate);
  /** @type {bigint[]} */
  const near = [];
  for (let j = 1n; j <= max && near.length < 6; j++) {
    for (const v of [m - j, m + j]) {
      if (v < 0n || v > max) continue;
      const x = withMantissa(rate, v);
      if (!grimFeasible(x, count) && isBroken(substitute(rel, rate, x))) near.push(v);
    }
  }
  return pick
    .some(near, variants)
    .map((v, i) => {
      const away = v > m ? v - m : m - v;
      return makePlant(rel, "grim", rate, withMantissa(rate, v), `impossible for n, ${away <= 2n ? "1–2" : "3 or more"} units away`, i + 1);
    });
}

/**
 * A stated count off the list: ±1 for closed lists; for lists closed with 等, only below the
 * number of items (等N with more than listed is legitimate).
 * @param {Relation} rel @param {ReturnType<typeof picker>} pick @param {number} variants
 */
function listFamily(rel, pick, variants) {
  const count = rel.count;
  if (!count || !editable(count, true)) return [];
  const items = BigInt(rel.items.length);
  /** @type {[bigint, string][]} */
  const values = rel.etc
    ? [
        [items - 1n, "等N below the items listed"],
        [items - 2n, "等N two below the items listed"],
      ]
    : [
        [count.printed.mantissa + 1n, "count +1"],
        [count.printed.mantissa - 1n, "count −1"],
      ];
  const valid = values.filter(([v]) => v >= 1n && v !== count.printed.mantissa && isBroken(substitute(rel, count, withMantissa(count, v))));
  return pick.some(valid, variants).map(([v, label], i) => makePlant(rel, "list", count, withMantissa(count, v), label, i + 1));
}

/**
 * One share of a whole moved by several units so that the shares miss 100 beyond rounding.
 * @param {Relation} rel @param {ReturnType<typeof picker>} pick @param {number} variants
 */
function shareFamily(rel, pick, variants) {
  /** @type {Plant[]} */
  const out = [];
  const edits = rel.shares
    .filter((s) => editable(s))
    .flatMap((s) => [
      { target: s, dir: /** @type {1 | -1} */ (1) },
      { target: s, dir: /** @type {-1 | 1} */ (-1) },
    ]);
  for (const e of pick.some(edits, edits.length)) {
    if (out.length >= variants) break;
    const max = hundred(e.target);
    const broken = (/** @type {Located} */ x) => isBroken(substitute(rel, e.target, x));
    const allowed = (/** @type {Located} */ x) => x.printed.mantissa <= max;
    const edited = smallestBreak(e.target, e.dir, broken, allowed, pick, 3n);
    if (edited) {
      const up = edited.printed.mantissa > e.target.printed.mantissa;
      out.push(makePlant(rel, "share-sum", e.target, edited, `one share ${up ? "raised (Σ > 100)" : "lowered (Σ < 100)"}`, out.length + 1));
    }
  }
  return out;
}

/**
 * The families that apply to a relation's kind (before checking its numbers).
 * @param {Relation} rel
 * @returns {Family[]}
 */
export function familiesOf(rel) {
  switch (rel.kind) {
    case "sum":
      return rel.total ? ["sum", "part"] : ["sum"];
    case "part-whole":
      return rel.disjoint && rel.parts.length >= 2 ? ["sum", "part"] : ["part"];
    case "table":
      return ["table"];
    case "rate":
      return ["rate", "over100", "grim"];
    case "share-sum":
      return ["share-sum"];
    case "count-vs-list":
      return ["list"];
  }
  return [];
}

/**
 * The plants of one relation for one family (empty when its numbers do not allow one).
 * @param {Relation} rel @param {Family} family @param {{ seed: number, variants: number }} options
 * @returns {Plant[]}
 */
export function plantsFor(rel, family, { seed, variants }) {
  if (rel.skip || rel.verdict !== "correct") return [];
  const pick = picker(rngFor(seed, `${rel.set}/${rel.id}/${family}`));
  switch (family) {
    case "sum":
      return rel.kind === "table" ? [] : sumFamily(rel.kind === "part-whole" ? { ...rel, exhaustive: false } : rel, "sum", pick, variants);
    case "table":
      return rel.kind === "table" ? sumFamily(rel, "table", pick, variants) : [];
    case "part":
      return partFamily(rel, pick, variants);
    case "rate":
      return rateFamily(rel, pick, variants);
    case "over100":
      return over100Family(rel, pick, variants);
    case "grim":
      return grimFamily(rel, pick, variants);
    case "list":
      return listFamily(rel, pick, variants);
    case "share-sum":
      return shareFamily(rel, pick, variants);
  }
  return [];
}
