// Builders for parser-shaped Quantity and Rate objects, spelled the way the parser fills them.
import { MULTIPLIERS, UNITS, type Approx, type Quantity, type Rate } from "@reportlint/report-model";

export function quantity(opts: {
  value: string;
  unitText: string;
  multiplier?: string;
  approx?: Approx;
  approxWord?: string | null;
}): Quantity {
  const multiplier = opts.multiplier ?? "";
  const info = UNITS[opts.unitText];
  if (!info) throw new Error(`unknown unit ${opts.unitText}`);
  const decimals = opts.value.split(".")[1]?.length ?? 0;
  const mantissa = opts.value.replace(".", "");
  const multExp = multiplier ? (MULTIPLIERS[multiplier] ?? 0) : 0;
  const raw = `${opts.value}${opts.approxWord ?? ""}${multiplier}${opts.unitText}`;
  return {
    raw,
    span: [0, raw.length],
    value: opts.value,
    mantissa,
    scaleExp: multExp + info.scaleExp - decimals,
    decimals,
    multiplier,
    unit: info.id,
    unitText: opts.unitText,
    dimension: info.dimension,
    approx: opts.approx ?? "exact",
    approxWord: opts.approxWord ?? null,
    numeral: "arabic",
    label: "",
    clause: null,
  };
}

export function rate(value: string, opts: { name?: string; approx?: Approx; kind?: "percent" | "percent-points" } = {}): Rate {
  const decimals = value.split(".")[1]?.length ?? 0;
  return {
    raw: `${opts.name ?? ""}${value}%`,
    span: [0, 1],
    name: opts.name ?? "",
    nameAt: null,
    share: null,
    value,
    mantissa: value.replace(".", ""),
    decimals,
    approx: opts.approx ?? "exact",
    approxWord: null,
    kind: opts.kind ?? "percent",
    clause: null,
  };
}
