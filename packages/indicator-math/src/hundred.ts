/**
 * How far printed shares are from 100%, in integers at their finest printed precision: the same
 * verdicts as adding them as rationals, without a gcd per addition.
 */
import type { PrintedPercent } from "./percent.js";

/** |Σ shares − 100| and Σ half a unit of each share's last digit, in units of 1 / (2·10^d) percent. */
export interface HundredGap {
  readonly gap: bigint;
  readonly slack: bigint;
  /** The finest printed precision, at least 2 (so that 0.01 is a whole number of units). */
  readonly d: number;
}

/** How far the shares are from 100%, with the rounding slack of their printed digits. */
export function hundredGap(shares: readonly PrintedPercent[]): HundredGap {
  let d = 2;
  for (const p of shares) if (p.d > d) d = p.d;
  // A share R·10^−p.d is 2R·10^(d−p.d) units, half its last digit 10^(d−p.d), and 100 is 200·10^d.
  let total = 0n;
  let slack = 0n;
  for (const p of shares) {
    const scale = 10n ** BigInt(d - p.d);
    total += 2n * p.R * scale;
    slack += scale;
  }
  const gap = total - 200n * 10n ** BigInt(d);
  return { gap: gap < 0n ? -gap : gap, slack, d };
}

/** True when the shares make 100% within 0.01 and their rounding. */
export function sharesWithinHundred(shares: readonly PrintedPercent[]): boolean {
  const { gap, slack, d } = hundredGap(shares);
  // 0.01 is 2·10^(d−2) units.
  return gap <= slack + 2n * 10n ** BigInt(d - 2);
}
