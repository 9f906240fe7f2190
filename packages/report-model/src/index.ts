export { SpanSchema, PositionSchema, RangeSchema } from "./position.js";
export type { Span, Position, Range } from "./position.js";
export {
  NumberingStyleSchema,
  HeadingSchema,
  EnumerationItemSchema,
  ParagraphKindSchema,
  ParagraphSchema,
  ClauseSchema,
  ApproxSchema,
  QuantitySchema,
  BreakdownSchema,
  NamedListItemSchema,
  NamedListSchema,
  RateSchema,
  YearContextSchema,
  DateProblemSchema,
  DateMentionSchema,
  RelativeYearSchema,
  ChromeKindSchema,
  ChromeSpanSchema,
  TableCellSchema,
  TableRowSchema,
  TableLayoutSchema,
  TableSchema,
  ReportYearSourceSchema,
  ReportMetaSchema,
  CutOffSchema,
  ReportSchema,
} from "./report.js";
export type {
  NumberingStyle,
  Heading,
  BrokenMarker,
  EnumerationItem,
  ParagraphKind,
  Paragraph,
  Clause,
  Approx,
  Quantity,
  Breakdown,
  NamedListItem,
  NamedList,
  Rate,
  YearContext,
  DateProblem,
  DateMention,
  RelativeYear,
  ChromeKind,
  ChromeSpan,
  TableCell,
  TableRow,
  TableLayout,
  Table,
  ReportMeta,
  CutOff,
  Report,
} from "./report.js";
export { SeveritySchema, FixSchema, SuggestionSchema, MessageDataSchema, DiagnosticSchema } from "./diagnostic.js";
export type { Severity, Fix, Suggestion, MessageData, Diagnostic } from "./diagnostic.js";
export { RuleLevelSchema, RuleSettingSchema, LocaleSchema, ConfigSchema, ConfigOverrideSchema, configJsonSchema } from "./config.js";
export type { RuleLevel, RuleSetting, Locale, Config, ConfigOverride } from "./config.js";
export { ProfilePartSchema, DeadlineSchema, ProfileSchema, UserProfileSchema, RegexSourceSchema, LocalizedTextSchema } from "./profile.js";
export type { ProfilePart, Deadline, Profile, UserProfile, LocalizedText } from "./profile.js";
export { PROFILES, DEFAULT_PROFILE_ID } from "./profiles/index.js";
export { fazhiAnnualProfile } from "./profiles/fazhi-annual.js";
export { zhengwuGongkaiAnnualProfile } from "./profiles/zhengwu-gongkai-annual.js";
export { UNITS, MULTIPLIERS } from "./units.js";
export type { Dimension, UnitInfo } from "./units.js";
export { INDICATORS, ROLE_WORDS } from "./lexicon/indicators.js";
export type { Role, Operand, MismatchSeverity, IndicatorDef } from "./lexicon/indicators.js";
export {
  PARTITIONS,
  TERTIARY_INDUSTRIES,
  CLOSURE_PARTS,
  CORRECTION_PARTS,
  ATTRIBUTE_MARKERS,
  SUBSET_MARKERS,
  RESIDUAL_MARKERS,
  EXHAUSTIVE_TOTAL_MARKERS,
  LOOSE_TOTAL_MARKERS,
  RESPECTIVELY_MARKER,
  NEW_TOPIC_MARKERS,
  SUBSET_WORDS,
  CUMULATIVE_WORDS,
  BALANCE_WORDS,
} from "./lexicon/partitions.js";
export type { PartitionMember, Partition, SubsetWords } from "./lexicon/partitions.js";
export { OUTCOME_SPLITS, ADMINISTRATIVE_LEVELS, KIND_SPLITS } from "./lexicon/closed-splits.js";
export type { ClosedSplit, OutcomeSplit, AdministrativeLevel, KindSplit } from "./lexicon/closed-splits.js";
export { DOCUMENT_NUMBER_BRACKETS, WRONG_DOCUMENT_NUMBER_BRACKETS, MAX_ISSUER_CODE } from "./lexicon/document-numbers.js";
export { PLACEHOLDER_SUFFIXES, DRAFT_NOTES, DRAFT_INSTRUCTIONS, VAGUE_PLACES } from "./lexicon/placeholders.js";
export { SHARE_WORDS, CHANGE_VERBS, CHANGE_NAMES, UNBOUNDED_RATE_WORDS, BOUNDED_RATE_STEMS } from "./lexicon/rate-words.js";
export { TRADITIONAL_GUARDS, TRADITIONAL_TEXT_SHARE, TRADITIONAL_TEXT_MIN } from "./lexicon/traditional-guards.js";
export type { TraditionalGuard } from "./lexicon/traditional-guards.js";
export { COMMON_TYPOS, TYPO_SOURCES } from "./lexicon/common-typos.js";
export type { CommonTypo, TypoGuard, TypoSourceId } from "./lexicon/common-typos.js";
export { PLAN_PERIODS, PLAN_DOCUMENT_WORDS, PLAN_CURRENT_VERBS, PLAN_NOT_CURRENT_WORDS, type PlanPeriod } from "./plan-periods.js";
export { OFFICIAL_NAMES, OFFICIAL_NAME_PREFIXES, OFFICIAL_TITLE_TYPE_WORDS, PLAN_CITING_WORDS, PLENUM_COUNTS } from "./lexicon/official-names.js";
export type { OfficialName, OfficialNameKind } from "./lexicon/official-names.js";
export type { XxgkTableId, XxgkCell, XxgkUnplaced, XxgkUnplacedReason, XxgkTableSeen, XxgkTables } from "./xxgk.js";
export { XXGK_TEMPLATE, XXGK_TEMPLATE_SOURCE, xxgkTable } from "./lexicon/xxgk-template.js";
export type { XxgkRowDef, XxgkColumnDef, XxgkTableDef } from "./lexicon/xxgk-template.js";
export { XXGK_PROSE_PHRASES, XXGK_PROSE_SOURCE, XXGK_SHARE_TOTALS, XXGK_SHARE_PHRASES, XXGK_OTHER_PERIOD, XXGK_SUBSET_WORDS } from "./lexicon/xxgk-prose.js";
export type { XxgkCellRef, XxgkReading, XxgkProsePhrase } from "./lexicon/xxgk-prose.js";
export { BoundedMap, BoundedSet } from "./bounded-map.js";
