// @ts-check
import { describe, expect, it } from "vitest";
import { planPlants, runEval } from "../src/harness.mjs";
import { formatChinese, formatLike, parseChinese, readPrinted } from "../src/numbers.mjs";
import { FAMILIES } from "../src/plant.mjs";
import { grimFeasible, loadRelations } from "../src/relations.mjs";

// Recall FLOORS per family, measured on the number rules of main (seed 20240601, one plant per
// relation and family) minus a small margin. They are floors, not targets: raise them as the
// rules improve, so that a later change cannot quietly lose what the rules already find.
// Measured (any / errors of planted; session 23): sum 65/69, 23/69; part 108/120, 75/120; rate 71/71, 40/71;
// over100 104/104, 101/104; grim 52/52, 26/52; list 10/10, 3/10; table 28/31, 19/31; share-sum 18/19, 8/19.
/** @type {Record<string, { any: number, errors: number }>} */
const RECALL_FLOORS = {
  sum: { any: 0.9, errors: 0.3 },
  part: { any: 0.88, errors: 0.58 },
  rate: { any: 0.95, errors: 0.5 },
  over100: { any: 0.95, errors: 0.92 },
  grim: { any: 0.95, errors: 0.45 },
  list: { any: 0.9, errors: 0.25 },
  table: { any: 0.87, errors: 0.58 },
  "share-sum": { any: 0.9, errors: 0.36 },
};
// Fewest plants each family must get, so that the measured subset cannot shrink unnoticed.
/** @type {Record<string, number>} */
const MIN_PLANTS = { sum: 60, part: 110, rate: 60, over100: 95, grim: 45, list: 10, table: 28, "share-sum": 17 };
// CEILINGS. Measured: 5 false findings, all reactions the annotations cannot name (a 胜诉率 whose
// base is 审结 − 撤诉, ratio terms of amounts whose planted sum no longer meets the annotated total),
// and no correct relation touched by an error. Lower them as the rules improve.
const MAX_FALSE_FINDINGS = 5;
const MAX_CORRECT_TOUCHED_BY_ERRORS = 0;

const SEED = 20240601;

describe("planted-defect harness", () => {
  const result = runEval({ seed: SEED, variants: 1 });

  it.each(FAMILIES)("recall of %s stays at or above its floor", (family) => {
    const s = result.stats[family];
    expect(s).toBeDefined();
    if (!s) return;
    expect(s.planted).toBeGreaterThanOrEqual(/** @type {number} */ (MIN_PLANTS[family]));
    const floor = /** @type {{ any: number, errors: number }} */ (RECALL_FLOORS[family]);
    expect(s.foundAny / s.planted).toBeGreaterThanOrEqual(floor.any);
    expect(s.foundErrors / s.planted).toBeGreaterThanOrEqual(floor.errors);
  });

  it("keeps false findings and errors on correct relations under their ceilings", () => {
    expect(result.falseFindings.findings).toBeLessThanOrEqual(MAX_FALSE_FINDINGS);
    expect(result.precision.correct.errors).toBeLessThanOrEqual(MAX_CORRECT_TOUCHED_BY_ERRORS);
    expect(result.failures).toEqual([]);
  });

  it("is deterministic: the same seed gives the same plants", () => {
    const key = (/** @type {ReturnType<typeof planPlants>} */ p) =>
      Object.values(p.byFamily)
        .flat()
        .map((x) => `${x.id} ${x.span.join(",")} ${x.before}>${x.after}`);
    const a = key(planPlants({ seed: SEED, variants: 2 }));
    expect(key(planPlants({ seed: SEED, variants: 2 }))).toEqual(a);
    expect(key(planPlants({ seed: SEED + 1, variants: 2 }))).not.toEqual(a);
  });

  it("plants only edits that change the printed number in place", () => {
    const plan = planPlants({ seed: SEED, variants: 2 });
    for (const plant of Object.values(plan.byFamily).flat()) {
      const text = /** @type {string} */ (plan.texts.get(`${plant.relation.set}/${plant.relation.file}`));
      expect(text.slice(...plant.span)).toBe(plant.before);
      expect(plant.after).not.toBe(plant.before);
    }
  });
});

describe("annotations", () => {
  it.each(["numbers", "seeds", "corpus"])("%s: every quote and number is found and every verdict holds", (set) => {
    const { relations } = loadRelations(set);
    expect(relations.length).toBeGreaterThan(0);
  });
});

describe("numbers", () => {
  it("reads printed numbers with their precision and multiplier", () => {
    expect(readPrinted("29.3万件")?.printed).toMatchObject({ text: "29.3", mantissa: 293n, decimals: 1, scaleExp: 4 });
    expect(readPrinted("7,878,562笔")?.printed).toMatchObject({ mantissa: 7878562n, commas: true });
    expect(readPrinted("2.8 %")?.printed).toMatchObject({ mantissa: 28n, decimals: 1 });
    expect(readPrinted("-26.3")?.printed.mantissa).toBe(-263n);
    expect(readPrinted("八大类")?.printed).toMatchObject({ mantissa: 8n, chinese: true });
  });

  it("writes a changed value in the printed style", () => {
    const like = /** @type {import("../src/numbers.mjs").Printed} */ (readPrinted("7,878,562笔")?.printed);
    expect(formatLike(7878557n, like)).toBe("7,878,557");
    const pct = /** @type {import("../src/numbers.mjs").Printed} */ (readPrinted("0.27%")?.printed);
    expect(formatLike(5n, pct)).toBe("0.05");
    expect(formatChinese(12)).toBe("十二");
    expect(formatChinese(105)).toBe("一百零五");
    expect(parseChinese("两千零六十八")).toBe(2068);
  });

  // Stricter than indicator-math §4.4 on purpose: a value reachable by rounding OR truncation
  // counts as feasible, so that a planted GRIM defect is impossible under either convention.
  it("decides GRIM feasibility (rounded or truncated k/n)", () => {
    const rate = (/** @type {string} */ raw) => {
      const r = /** @type {{ printed: import("../src/numbers.mjs").Printed }} */ (readPrinted(raw));
      const value = { n: r.printed.mantissa, d: 10n ** BigInt(r.printed.decimals) };
      return /** @type {any} */ ({ printed: r.printed, value, approx: "exact" });
    };
    expect(grimFeasible(rate("99%"), 15n)).toBe(false);
    expect(grimFeasible(rate("98.8%"), 356n)).toBe(true); // 352/356 = 98.876%, truncated
    expect(grimFeasible(rate("98.7%"), 356n)).toBe(false);
    expect(grimFeasible(rate("98.6%"), 356n)).toBe(true);
    expect(grimFeasible(rate("83.3%"), 6n)).toBe(true);
    expect(grimFeasible(rate("95.4%"), 249n)).toBe(false);
    expect(grimFeasible(rate("86.28%"), 1006n)).toBe(true);
  });
});
