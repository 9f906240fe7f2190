export {
  rational,
  pow10,
  isDecimalString,
  decimalsOf,
  mantissaOf,
  parseDecimal,
  toRational,
  add,
  sub,
  mul,
  div,
  neg,
  sum,
  compare,
  eq,
  lt,
  le,
  gt,
  ge,
  min,
  max,
  isInteger,
  floor,
  ceil,
  scale10,
  roundScaled,
  formatScaled,
  toFixed,
  toExactDecimal,
  ratToString,
} from "./rational.js";
export type { Rational, NumberLike, RoundingMode } from "./rational.js";
export {
  interval,
  closed,
  point,
  atLeastInterval,
  unbounded,
  isEmpty,
  contains,
  intersect,
  overlaps,
  entirelyAbove,
  addIntervals,
  sumIntervals,
  scaleInterval,
  hull,
  integerRange,
  intervalToString,
  intInterval,
} from "./interval.js";
export type { Interval } from "./interval.js";
export {
  AMBIGUOUS_UNITS,
  COUNT_DIMENSIONS,
  resolveUnit,
  leadingUnit,
  dimensionOf,
  isCountDimension,
  unitsCompatible,
  allCompatible,
  baseScaleExp,
  toBaseUnits,
} from "./units.js";
export type { ResolvedUnit, UnitRef } from "./units.js";
export {
  isQuantity,
  normalizeValue,
  intervalsFor,
  valueIntervals,
  computeValueIntervals,
  hardInterval,
  softInterval,
  pointValue,
  lastNonzeroDigitUnit,
  exactCount,
} from "./printed.js";
export type { PlainValue, QuantityInput, PrintedInput, NormalizedValue, ValueIntervals } from "./printed.js";
export { toPrintedPercent, rateIntervals, isAboveHundred, isHundred, isZeroRate } from "./percent.js";
export type { PercentInput, RateLike, PrintedPercent } from "./percent.js";
export { hundredGap, sharesWithinHundred } from "./hundred.js";
export type { HundredGap } from "./hundred.js";
export {
  percentOf,
  formatPercent,
  formatRatio,
  displayPercent,
  isTruncationOf,
  checkRate,
  numeratorsForRate,
  numeratorForRate,
  denominatorsForRate,
  denominatorForRate,
  checkProportionBounds,
  matchRatePairs,
  rateFitsRange,
} from "./rate-check.js";
export type { RateMode, StrictViolation, RateCheck, ProportionBounds, RatePairMatch, RatePairsResult } from "./rate-check.js";
export { feasibleCounts, isFeasible, isGrimTestable, isGrimTestableCount, nearestFeasibleRates, grimCheck } from "./grim.js";
export type { CountRange, FeasibleNeighbour, GrimResult } from "./grim.js";
export { sameMeasure, checkPartWhole, partWholeVerdict } from "./part-whole.js";
export type { PartWholeInput, PartWholeVerdictInput, PartWholeVerdict, PartWholeCheck, PartWholeFinding, PartWholeResult } from "./part-whole.js";
export { memberOf, partitionMembersOf, classifyParts, areDisjointParts, commonSuffix } from "./partitions.js";
export type { DisjointnessEvidence } from "./partitions.js";
export { findIndicator, indicatorById, roleOfWord, findRoles, findRole, operandRoles } from "./lexicon.js";
export type { IndicatorMatch, RoleMatch } from "./lexicon.js";
export { numberText, rateArithmetic, infeasibleArithmetic, partWholeArithmetic, shownPercent } from "./arithmetic.js";
export type { RateArithmetic, InfeasibleArithmetic, PartWholeArithmetic } from "./arithmetic.js";
