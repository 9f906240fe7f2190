/**
 * Matching with the rate lexicon: which indicator a rate name refers to, and which role word stands
 * before a count. The lexicon itself is data in report-model (INDICATORS, ROLE_WORDS).
 */
import { BoundedMap, INDICATORS, ROLE_WORDS, type IndicatorDef, type Operand, type Role } from "@reportlint/report-model";

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
  const known = matchByName.get(name);
  if (known !== undefined) return known;
  let askedContext = false;
  let best: IndicatorMatch | null = null;
  for (const entry of NAME_INDEX) {
    if (best && entry.name.length < best.name.length) break;
    const index = name.lastIndexOf(entry.name);
    if (index < 0) continue;
    const needed = entry.indicator.contextWords?.[entry.name];
    if (needed) {
      askedContext = true;
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
      if (index >= 0) return remember(name, { indicator: entry.indicator, name: entry.name, index }, askedContext);
    }
  }
  return remember(name, best, askedContext);
}

// Rate names repeat within a report and across reports (办结率, 占比), and the lexicon is searched
// name by name: a match no context word decided is kept by name. Bounded like the rules' caches.
const matchByName = new BoundedMap<string, IndicatorMatch | null>(20_000);

function remember(name: string, match: IndicatorMatch | null, askedContext: boolean): IndicatorMatch | null {
  if (!askedContext) {
    matchByName.set(name, match);
  }
  return match;
}

/** The lexicon entry by id ("closure-rate"), or undefined. */
export function indicatorById(id: string): IndicatorDef | undefined {
  return INDICATORS.find((i) => i.id === id);
}

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

// The role words by their first character, longest first: a position costs one look-up, not a scan
// of every role word.
const ROLE_BY_FIRST = new Map<string, { word: string; role: Role }[]>();
for (const entry of ROLE_INDEX) {
  const list = ROLE_BY_FIRST.get(entry.word[0]!);
  if (list) list.push(entry);
  else ROLE_BY_FIRST.set(entry.word[0]!, [entry]);
}

/**
 * All role words in `text`, read left to right taking the longest word at each position
 * ("审结案件" → 审结, not 结案; "调解成功" → 调解成功).
 */
export function findRoles(text: string): RoleMatch[] {
  const out: RoleMatch[] = [];
  let i = 0;
  while (i < text.length) {
    const hit = ROLE_BY_FIRST.get(text[i]!)?.find((e) => text.startsWith(e.word, i));
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
