/**
 * Balance identities: what came in and what went out of a period's caseload in one sentence.
 * 新收 + 上年结转 = 办结 + 结转下年 (共收到申请30件，上年结转1件，共办结24件，结转下年7件). The four
 * counts are read from their words; the identity is checked only when each is printed once in the
 * sentence, exactly, in one unit. When the intake may already include what was carried over
 * (含上年结转…, or a bracket), the identity without it is tried too: only a sentence that fits
 * neither reading is reported, and only as a warning (a report may count a withdrawn application
 * in neither column).
 */
import { BALANCE_WORDS, type Report } from "@reportlint/report-model";
import { unitsCompatible } from "@reportlint/indicator-math";
import { numberFacts, type CountFact } from "./facts.js";

/** A sentence whose intake and carry-over do not balance its closures and carry-forward. */
export interface BalanceViolation {
  readonly intake: CountFact;
  readonly carriedIn: CountFact;
  readonly closed: CountFact;
  readonly carriedOut: CountFact;
  /** intake + carriedIn, and closed + carriedOut. */
  readonly sources: bigint;
  readonly uses: bigint;
  readonly span: [number, number];
}

const CARRIED_IN = new RegExp(BALANCE_WORDS.carriedIn, "u");
const CARRIED_OUT = new RegExp(BALANCE_WORDS.carriedOut, "u");
const CLOSED = new RegExp(BALANCE_WORDS.closed, "u");
const INTAKE = new RegExp(BALANCE_WORDS.intake, "u");
const NOT_CASELOAD = new RegExp(BALANCE_WORDS.other, "u");

type Slot = "intake" | "carriedIn" | "closed" | "carriedOut";

function slotOf(f: CountFact): Slot | null {
  const label = f.quantity.label;
  if (f.kind === "average" || f.kind === "change" || f.exact === null || NOT_CASELOAD.test(label)) return null;
  if (CARRIED_IN.test(label)) return "carriedIn";
  if (CARRIED_OUT.test(label)) return "carriedOut";
  if (CLOSED.test(label)) return "closed";
  if (INTAKE.test(label)) return "intake";
  return null;
}

const cache = new WeakMap<Report, readonly BalanceViolation[]>();

/** The sentences of a report whose balance identity fails, computed once per report. */
export function balanceViolations(report: Report): readonly BalanceViolation[] {
  let found = cache.get(report);
  if (found) return found;
  const facts = numberFacts(report);
  const out: BalanceViolation[] = [];
  for (const sentence of facts.sentences) {
    // Only sentences with at least four counts can hold a balance; long ones are tables flattened.
    if (sentence.counts.length < 4 || sentence.counts.length > 12) continue;
    const slots = new Map<Slot, CountFact[]>();
    for (const k of sentence.counts) {
      const fact = facts.counts[k]!;
      const slot = slotOf(fact);
      if (slot) slots.set(slot, [...(slots.get(slot) ?? []), fact]);
    }
    const one = (s: Slot) => (slots.get(s)?.length === 1 ? slots.get(s)![0]! : null);
    const intake = one("intake");
    const carriedIn = one("carriedIn");
    const closed = one("closed");
    const carriedOut = one("carriedOut");
    if (!intake || !carriedIn || !closed || !carriedOut) continue;
    const four = [intake, carriedIn, closed, carriedOut];
    if (!four.every((f) => unitsCompatible(f.unit, intake.unit))) continue;
    // In text order: what came in before what went out (共办结24件，结转7件 after 收到30件，上年结转1件).
    if (Math.max(intake.index, carriedIn.index) > Math.min(closed.index, carriedOut.index)) continue;
    const sources = intake.exact! + carriedIn.exact!;
    const uses = closed.exact! + carriedOut.exact!;
    if (sources === uses) continue;
    // 收到申请30件（含上年结转1件）: the intake may hold the carry-over already.
    if (intake.exact === uses) continue;
    const from = Math.min(...four.map((f) => f.quantity.span[0] - f.quantity.label.length));
    const to = Math.max(...four.map((f) => f.quantity.span[1]));
    out.push({ intake, carriedIn, closed, carriedOut, sources, uses, span: [Math.max(0, from), to] });
  }
  cache.set(report, (found = out));
  return found;
}
