/**
 * Whether printed shares make 100% within their rounding, in integers at the finest printed
 * precision: the same verdict as adding them as rationals, without a gcd per addition.
 */
import type { PrintedPercent } from "@reportlint/indicator-math";

/** True when |Σ shares − 100| ≤ 0.01 + half a unit of each share's last printed digit. */
export function sharesWithinHundred(shares: readonly PrintedPercent[]): boolean {
  let d = 2;
  for (const p of shares) if (p.d > d) d = p.d;
  // Everything in units of 1 / (2·10^d) percent: 0.01 is 2·10^(d−2) of them, a share R·10^−p.d is
  // 2R·10^(d−p.d), half its last digit 10^(d−p.d), and 100 is 200·10^d.
  let total = 0n;
  let slack = 2n * 10n ** BigInt(d - 2);
  for (const p of shares) {
    const scale = 10n ** BigInt(d - p.d);
    total += 2n * p.R * scale;
    slack += scale;
  }
  const gap = total - 200n * 10n ** BigInt(d);
  return (gap < 0n ? -gap : gap) <= slack;
}
