// @ts-check
// Loads a relations.json annotation file, finds every quote and printed number in its text (exact
// UTF-16 offsets, computed here at load time), recomputes the arithmetic of every relation, and
// fails loudly when a quote or number cannot be found unambiguously or a verdict does not hold.
// The schema is described in ../README.md.
import { readFileSync } from "node:fs";
import { fixturePath, readFixture } from "@reportlint/fixtures";
import {
  NUMBER_RE,
  pow10,
  radd,
  rat,
  ratOf,
  ratOfPrinted,
  ratToString,
  rcmp,
  rdiv,
  readPrinted,
  rmul,
  rsub,
  unitExp,
  valueString,
} from "./numbers.mjs";

/** @typedef {import("./numbers.mjs").Printed} Printed */
/** @typedef {import("./numbers.mjs").Rat} Rat */
/** @typedef {"exact" | "more" | "about" | "nearly" | "atLeast" | "below" | "atMost"} Approx */

/**
 * A number printed in the text, as annotated.
 * @typedef {object} PrintedRef
 * @property {string} raw the number as printed, usually with its unit ("314条", "98.1%", "29.3万件")
 * @property {string} [near] a longer exact string around raw that pins it (looked up in the quote
 *   first, then in the whole text); it must occur once there unless nearNth is given
 * @property {number} [nearNth] 1-based occurrence of near (in the quote, or else in the text)
 * @property {number} [nth] 1-based occurrence of raw inside near (or the quote), when raw repeats
 * @property {string} [value] the value in base units ("293000" for 29.3万), checked when given
 * @property {Approx} [approx] overrides the qualifier read from the words around the number
 */

/**
 * A quantity used by a relation: printed (PrintedRef), the sum of printed numbers, or a value that
 * is not printed as such (derived; never planted, never located).
 * @typedef {PrintedRef | { sum: PrintedRef[], value?: string } | { value: string, note: string }} QuantityRef
 */

/**
 * A number located in the text.
 * @typedef {object} Located
 * @property {string} raw
 * @property {[number, number]} span offsets of the numeric characters only (what a plant replaces)
 * @property {[number, number]} rawSpan offsets of raw
 * @property {Printed} printed
 * @property {Approx} approx
 * @property {Rat} value value in base units
 */

/**
 * A quantity after resolution: its value and, when printed, where.
 * @typedef {object} Quantity
 * @property {Rat} value
 * @property {Located | null} at null for derived values and sums
 * @property {Located[]} parts the printed numbers it is made of (itself, or the addends of a sum)
 */

/**
 * @typedef {object} Relation
 * @property {string} id
 * @property {string} set
 * @property {string} file
 * @property {"sum" | "part-whole" | "rate" | "share-sum" | "count-vs-list" | "table"} kind
 * @property {"correct" | "inconsistent"} verdict
 * @property {string} quote
 * @property {[number, number]} quoteSpan
 * @property {string} why
 * @property {string | undefined} skip reason the relation is not planted (it still counts for precision)
 * @property {boolean} exhaustive sums and tables: Σ parts = total (else Σ parts ≤ total)
 * @property {boolean} disjoint part-whole: the parts do not overlap, so Σ parts ≤ whole holds too
 * @property {boolean} bounded rates: a count-based proportion that cannot exceed 100%
 * @property {boolean} etc count-vs-list: the list ends with 等 before the count
 * @property {Located | null} total sums and tables: the total (part-whole: the whole); null for a balance
 * @property {Located[]} totalParts a balance (Σ parts = Σ totalParts): the other side
 * @property {Located[]} parts sums, tables and part-whole: the parts
 * @property {Located | null} rate
 * @property {Quantity | null} k
 * @property {Quantity | null} n
 * @property {Located[]} shares
 * @property {string} shareTotal what the shares add up to (100 unless annotated)
 * @property {Located | null} count
 * @property {string[]} items
 * @property {Located[]} numbers every located number of the relation (for overlap tests)
 */

const NUMBER_FIELDS = ["total", "whole", "parts", "rate", "k", "n", "shares", "count"];
const KINDS = new Set(["sum", "part-whole", "rate", "share-sum", "count-vs-list", "table"]);

/** Every occurrence of `needle` in `hay` from `from` to `to` (the needle must end by `to`). */
function occurrences(/** @type {string} */ hay, /** @type {string} */ needle, from = 0, to = hay.length) {
  const out = [];
  for (let i = hay.indexOf(needle, from); i >= 0 && i + needle.length <= to; i = hay.indexOf(needle, i + 1)) {
    out.push(i);
  }
  return out;
}

const DIGITISH = /[0-9０-９]/u;
const CN_DIGITISH = /[零〇一二两三四五六七八九十百千万亿]/u;

/**
 * True when the numeric part of a raw match at `at` is not glued to more digits on either side
 * ("3条" must not match inside "13条").
 */
function atBoundary(/** @type {string} */ text, /** @type {number} */ numStart, /** @type {number} */ numEnd, chinese = false) {
  const before = text[numStart - 1] ?? "";
  const after = text[numEnd] ?? "";
  const after2 = text[numEnd + 1] ?? "";
  if (chinese) return !CN_DIGITISH.test(before) && !CN_DIGITISH.test(after);
  if (DIGITISH.test(before) || /[.．,，]/u.test(before) && DIGITISH.test(text[numStart - 2] ?? "")) return false;
  if (DIGITISH.test(after) || (/[.．]/u.test(after) && DIGITISH.test(after2))) return false;
  return true;
}

/** Qualifier words around a number (indicator-math §4.1). */
function readApprox(/** @type {string} */ text, /** @type {[number, number]} */ num, /** @type {[number, number]} */ raw) {
  const before = text.slice(Math.max(0, num[0] - 4), num[0]);
  const after = text.slice(num[1], num[1] + 2);
  const afterRaw = text.slice(raw[1], raw[1] + 3);
  if (/^\s*[余多]/u.test(after)) return "more";
  if (/(?:不超过|不高于)$/u.test(before)) return "atMost";
  if (/(?:不少于|不低于|至少)$/u.test(before)) return "atLeast";
  if (/(?:超过|超出|多于|大于|高于|逾|超)$/u.test(before)) return "more";
  if (/(?:大约|约为|约|近似)$/u.test(before)) return "about";
  if (/(?:不足|不到|少于|低于)$/u.test(before)) return "below";
  if (/(?:将近|接近|近)$/u.test(before)) return "nearly";
  if (/^\s*(?:以上|及以上)/u.test(afterRaw)) return "atLeast";
  if (/^\s*(?:以下|以内)/u.test(afterRaw)) return "atMost";
  if (/^\s*左右/u.test(afterRaw)) return "about";
  return "exact";
}

/**
 * Loads and checks one set's relations (tooling/fixtures/reports/<set>/relations.json).
 * @param {string} set
 * @returns {{ relations: Relation[], texts: Map<string, string> }}
 */
export function loadRelations(set) {
  /** @type {{ files: Record<string, any[]> }} */
  const json = JSON.parse(readFileSync(fixturePath(/** @type {any} */ (set), "relations.json"), "utf8"));
  /** @type {Relation[]} */
  const relations = [];
  /** @type {Map<string, string>} */
  const texts = new Map();
  /** @type {string[]} */
  const errors = [];
  const ids = new Set();
  for (const [file, list] of Object.entries(json.files)) {
    let text;
    try {
      text = readFixture(/** @type {any} */ (set), file);
    } catch {
      errors.push(`${set}/${file}: no such text`);
      continue;
    }
    texts.set(file, text);
    for (const raw of list) {
      const where = `${set}/${file} ${raw.id ?? "(no id)"}`;
      try {
        if (!raw.id || ids.has(raw.id)) throw new Error(`missing or duplicate id`);
        ids.add(raw.id);
        const rel = resolveRelation(set, file, text, raw);
        checkVerdict(rel, raw);
        relations.push(rel);
      } catch (error) {
        errors.push(`${where}: ${/** @type {Error} */ (error).message}`);
      }
    }
  }
  if (errors.length) {
    throw new Error(`relations.json of "${set}" has ${errors.length} problem(s):\n  ${errors.join("\n  ")}`);
  }
  return { relations, texts };
}

/**
 * @param {string} set @param {string} file @param {string} text @param {any} a the annotation
 * @returns {Relation}
 */
function resolveRelation(set, file, text, a) {
  if (!KINDS.has(a.kind)) throw new Error(`unknown kind "${a.kind}"`);
  if (a.verdict !== "correct" && a.verdict !== "inconsistent") throw new Error(`unknown verdict "${a.verdict}"`);
  if (typeof a.quote !== "string" || !a.quote) throw new Error("missing quote");
  const qs = occurrences(text, a.quote);
  if (qs.length === 0) throw new Error(`quote not found: 「${a.quote}」`);
  if (qs.length > 1 && !a.quoteNth) throw new Error(`quote occurs ${qs.length} times; give quoteNth`);
  const q0 = /** @type {number} */ (qs[(a.quoteNth ?? 1) - 1]);
  if (q0 === undefined) throw new Error(`quoteNth ${a.quoteNth} out of range`);
  /** @type {[number, number]} */
  const quoteSpan = [q0, q0 + a.quote.length];
  /** @type {Located[]} */
  const numbers = [];

  /** @param {PrintedRef} ref @param {string} role @returns {Located} */
  const locate = (ref, role) => {
    if (!ref || typeof ref.raw !== "string") throw new Error(`${role}: missing raw`);
    let from = quoteSpan[0];
    let to = quoteSpan[1];
    if (ref.near !== undefined) {
      if (!ref.near.includes(ref.raw)) throw new Error(`${role}: near 「${ref.near}」 does not contain 「${ref.raw}」`);
      const inQuote = occurrences(text, ref.near, quoteSpan[0], quoteSpan[1]);
      const hits = inQuote.length ? inQuote : occurrences(text, ref.near);
      if (hits.length === 0) throw new Error(`${role}: near 「${ref.near}」 not found`);
      if (hits.length > 1 && !ref.nearNth) throw new Error(`${role}: near 「${ref.near}」 occurs ${hits.length} times`);
      const at = hits[(ref.nearNth ?? 1) - 1];
      if (at === undefined) throw new Error(`${role}: nearNth out of range`);
      from = at;
      to = at + ref.near.length;
    }
    const read = readPrinted(ref.raw);
    if (!read) throw new Error(`${role}: no number in 「${ref.raw}」`);
    const numLen = read.printed.text.length;
    const hits = occurrences(text, ref.raw, from, to).filter((i) =>
      atBoundary(text, i + read.offset, i + read.offset + numLen, read.printed.chinese),
    );
    if (hits.length === 0) throw new Error(`${role}: 「${ref.raw}」 not found ${ref.near ? "in near" : "in the quote"}`);
    if (hits.length > 1 && !ref.nth) {
      throw new Error(`${role}: 「${ref.raw}」 occurs ${hits.length} times ${ref.near ? "in near" : "in the quote"}; give near or nth`);
    }
    const i = hits[(ref.nth ?? 1) - 1];
    if (i === undefined) throw new Error(`${role}: nth out of range`);
    /** @type {[number, number]} */
    const span = [i + read.offset, i + read.offset + numLen];
    /** @type {[number, number]} */
    const rawSpan = [i, i + ref.raw.length];
    const value = ratOfPrinted(read.printed);
    if (ref.value !== undefined && rcmp(value, ratOf(ref.value)) !== 0) {
      throw new Error(`${role}: 「${ref.raw}」 reads as ${valueString(read.printed)}, annotated ${ref.value}`);
    }
    /** @type {Located} */
    const loc = {
      raw: ref.raw,
      span,
      rawSpan,
      printed: read.printed,
      approx: ref.approx ?? readApprox(text, span, rawSpan),
      value,
    };
    numbers.push(loc);
    return loc;
  };

  /** @param {any} ref @param {string} role @returns {Quantity} */
  const quantity = (ref, role) => {
    if (ref && Array.isArray(ref.sum)) {
      const parts = ref.sum.map((/** @type {PrintedRef} */ r, /** @type {number} */ i) => locate(r, `${role}.sum[${i}]`));
      const value = parts.reduce((/** @type {Rat} */ s, /** @type {Located} */ p) => radd(s, p.value), rat(0n));
      if (ref.value !== undefined && rcmp(value, ratOf(ref.value)) !== 0) {
        throw new Error(`${role}: the sum is ${ratToString(value)}, annotated ${ref.value}`);
      }
      return { value, at: null, parts };
    }
    if (ref && typeof ref.raw === "string") {
      const at = locate(ref, role);
      return { value: at.value, at, parts: [at] };
    }
    if (ref && typeof ref.value === "string") {
      if (!ref.note) throw new Error(`${role}: a value that is not printed needs a note`);
      return { value: ratOf(ref.value), at: null, parts: [] };
    }
    throw new Error(`${role}: expected {raw}, {sum} or {value, note}`);
  };

  /** @type {Relation} */
  const rel = {
    id: a.id,
    set,
    file,
    kind: a.kind,
    verdict: a.verdict,
    quote: a.quote,
    quoteSpan,
    why: a.why ?? "",
    skip: a.skip,
    exhaustive: a.exhaustive ?? a.kind === "table",
    disjoint: a.disjoint ?? a.kind === "sum",
    bounded: a.bounded ?? false,
    etc: a.etc ?? false,
    total: null,
    totalParts: [],
    parts: [],
    rate: null,
    k: null,
    n: null,
    shares: [],
    shareTotal: a.shareTotal ?? "100",
    count: null,
    items: [],
    numbers,
  };
  if (rel.skip !== undefined && typeof rel.skip !== "string") throw new Error(`skip must be a reason (string)`);
  // A skipped relation may leave its numbers out: it only counts for precision, through its quote.
  if (rel.skip && !NUMBER_FIELDS.some((f) => a[f] !== undefined)) return rel;
  const needed = (/** @type {string} */ field) => {
    if (a[field] === undefined) throw new Error(`${a.kind} needs "${field}"`);
    return a[field];
  };
  switch (a.kind) {
    case "sum":
    case "table":
      if (typeof a.exhaustive !== "boolean" && a.kind === "sum") throw new Error(`sum needs "exhaustive"`);
      if (Array.isArray(needed("total").sum)) {
        // A balance: Σ parts = Σ of the numbers on the other side (一 + 二 = 三 + 四).
        if (!rel.exhaustive) throw new Error(`a total given as a sum needs exhaustive: true`);
        rel.totalParts = a.total.sum.map((/** @type {PrintedRef} */ r, /** @type {number} */ i) => locate(r, `total.sum[${i}]`));
      } else {
        rel.total = locate(a.total, "total");
      }
      rel.parts = needed("parts").map((/** @type {PrintedRef} */ r, /** @type {number} */ i) => locate(r, `parts[${i}]`));
      break;
    case "part-whole":
      rel.total = locate(needed("whole"), "whole");
      rel.parts = needed("parts").map((/** @type {PrintedRef} */ r, /** @type {number} */ i) => locate(r, `parts[${i}]`));
      break;
    case "rate":
      rel.rate = locate(needed("rate"), "rate");
      if (a.k !== undefined) rel.k = quantity(a.k, "k");
      if (a.n !== undefined) rel.n = quantity(a.n, "n");
      if (rel.k && !rel.n) throw new Error(`a rate with k needs n`);
      if (typeof a.bounded !== "boolean") throw new Error(`rate needs "bounded"`);
      break;
    case "share-sum":
      rel.shares = needed("shares").map((/** @type {PrintedRef} */ r, /** @type {number} */ i) => locate(r, `shares[${i}]`));
      break;
    case "count-vs-list": {
      rel.count = locate(needed("count"), "count");
      rel.items = needed("items");
      for (const item of rel.items) {
        if (!occurrences(text, item, quoteSpan[0], quoteSpan[1]).length) throw new Error(`item 「${item}」 not in the quote`);
      }
      if (typeof a.etc !== "boolean") throw new Error(`count-vs-list needs "etc"`);
      break;
    }
  }
  return rel;
}

/**
 * Bounds of the true value a printed number stands for: exact for a whole count printed in full,
 * ± half a unit of the last printed digit otherwise, widened by its qualifier word.
 * @param {Located} x
 * @returns {{ lo: Rat, hi: Rat | null }} hi null = no upper bound
 */
export function bounds(x) {
  const exact = x.printed.decimals === 0 && x.printed.scaleExp === 0;
  const half = exact ? rat(0n) : rmul(rat(1n, 2n), pow10(unitExp(x.printed)));
  const lo = rsub(x.value, half);
  const hi = radd(x.value, half);
  const zero = rat(0n);
  switch (x.approx) {
    case "more":
      return { lo: x.value, hi: null };
    case "about":
      return { lo: zero, hi: null };
    case "nearly":
    case "below":
    case "atMost":
      return { lo: zero, hi };
    case "atLeast":
      return { lo, hi: null };
    default:
      return { lo, hi };
  }
}

/** Σ of bounds. @param {Located[]} xs */
export function sumBounds(xs) {
  let lo = rat(0n);
  /** @type {Rat | null} */
  let hi = rat(0n);
  for (const x of xs) {
    const b = bounds(x);
    lo = radd(lo, b.lo);
    hi = hi && b.hi ? radd(hi, b.hi) : null;
  }
  return { lo, hi };
}

/** Bounds of a quantity (derived values are exact, sums add their addends' bounds). @param {Quantity} q */
export function quantityBounds(q) {
  if (q.at) return bounds(q.at);
  if (q.parts.length) return sumBounds(q.parts);
  return { lo: q.value, hi: q.value };
}

/**
 * Whether a printed rate fits k/n: some true ratio in the bounds of k/n, rounded or truncated at
 * the printed precision, gives the printed value (qualifiers relax this as in indicator-math §4.3).
 * @param {Located} rate @param {{ lo: Rat, hi: Rat | null }} kb @param {{ lo: Rat, hi: Rat | null }} nb
 */
export function rateFits(rate, kb, nb) {
  const hundred = rat(100n);
  const xmin = nb.hi === null ? rat(0n) : rmul(rdiv(kb.lo, nb.hi), hundred);
  const xmax = kb.hi === null || nb.lo.n === 0n ? null : rmul(rdiv(kb.hi, nb.lo), hundred);
  return percentFits(rate, xmin, xmax);
}

/**
 * Whether a printed percentage can stand for some true value in [xmin, xmax] (xmax null = ∞).
 * @param {Located} rate @param {Rat} xmin @param {Rat | null} xmax
 */
export function percentFits(rate, xmin, xmax) {
  const u = pow10(-rate.printed.decimals);
  const R = rate.value;
  const half = rmul(u, rat(1n, 2n));
  const lo = rsub(R, half); // rounding: x ≥ R − ½u
  const hiOpen = radd(R, u); // truncation: x < R + u
  const geLo = xmax === null || rcmp(xmax, lo) >= 0;
  const ltHi = rcmp(xmin, hiOpen) < 0;
  switch (rate.approx) {
    case "more":
      return xmax === null || rcmp(xmax, R) > 0;
    case "atLeast":
      return geLo;
    case "nearly":
    case "atMost":
      return rcmp(xmin, radd(R, half)) <= 0;
    case "below":
      return rcmp(xmin, R) < 0;
    case "about":
      return true;
    default:
      return geLo && ltHi;
  }
}

/**
 * Whether some whole k in 0..n gives the printed rate (rounded or truncated).
 * @param {Located} rate @param {bigint} n
 */
export function grimFeasible(rate, n) {
  // x = 100k/n in [R − ½u, R + u)  ⇔  k in [(R − ½u)·n/100, (R + u)·n/100)
  const u = pow10(-rate.printed.decimals);
  const lo = rmul(rsub(rate.value, rmul(u, rat(1n, 2n))), rat(n, 100n));
  const hi = rmul(radd(rate.value, u), rat(n, 100n));
  let k = lo.n <= 0n ? 0n : (lo.n + lo.d - 1n) / lo.d; // ceil(lo)
  return k <= n && rcmp(rat(k), hi) < 0;
}

/**
 * Recomputes a relation and checks that its arithmetic agrees with the annotated verdict.
 * @param {Relation} rel @param {any} a
 */
function checkVerdict(rel, a) {
  const ok = consistent(rel);
  if (ok === null) {
    if (!rel.skip) throw new Error(`the arithmetic cannot be checked; give a skip reason`);
    return;
  }
  const want = rel.verdict === "correct";
  if (ok !== want) {
    const read = rel.numbers.map((x) => `${x.raw}=${ratToString(x.value)}${x.approx === "exact" ? "" : `(${x.approx})`}`);
    throw new Error(
      `verdict "${rel.verdict}" but the numbers say ${ok ? "consistent" : "inconsistent"}: ${read.join(", ")} (${a.why ?? ""})`,
    );
  }
}

/**
 * Whether the relation holds, from its numbers; null when they are not enough to tell.
 * @param {Relation} rel
 * @returns {boolean | null}
 */
export function consistent(rel) {
  if (!rel.numbers.length) return null;
  switch (rel.kind) {
    case "sum":
    case "table":
    case "part-whole": {
      const whole = rel.total ? bounds(rel.total) : sumBounds(rel.totalParts);
      // With a negative part (a table of changes), one part may exceed the total.
      const signed = rel.parts.some((p) => p.value.n < 0n);
      const each = signed || rel.parts.every((p) => whole.hi === null || rcmp(bounds(p).lo, whole.hi) <= 0);
      const s = sumBounds(rel.parts);
      const sumBelow = whole.hi === null || rcmp(s.lo, whole.hi) <= 0;
      if (rel.kind === "part-whole") return each && (!rel.disjoint || sumBelow);
      if (!rel.exhaustive) return each && sumBelow;
      // Σ parts = total: the two ranges overlap.
      const sumAbove = s.hi === null || rcmp(s.hi, whole.lo) >= 0;
      return each && sumBelow && sumAbove;
    }
    case "rate": {
      const rate = /** @type {Located} */ (rel.rate);
      const n = rel.n;
      if (!n) {
        // A share on its own: it only has to lie in its range.
        return rcmp(rate.value, rat(0n)) >= 0 && (!rel.bounded || rcmp(rate.value, rat(100n)) <= 0);
      }
      if (!rel.k) {
        if (!n.at || n.at.printed.decimals || n.at.printed.scaleExp || n.at.approx !== "exact") return null;
        return grimFeasible(rate, n.at.printed.mantissa);
      }
      if (rel.bounded && rcmp(rate.value, rat(100n)) > 0 && rate.approx === "exact") return false;
      return rateFits(rate, quantityBounds(rel.k), quantityBounds(n));
    }
    case "share-sum": {
      const s = sumBounds(rel.shares);
      const total = ratOf(rel.shareTotal);
      return rcmp(s.lo, total) <= 0 && (s.hi === null || rcmp(s.hi, total) >= 0);
    }
    case "count-vs-list": {
      const c = Number(/** @type {Located} */ (rel.count).printed.mantissa);
      return rel.etc ? c >= rel.items.length : c === rel.items.length;
    }
  }
  return null;
}

export { NUMBER_RE };
