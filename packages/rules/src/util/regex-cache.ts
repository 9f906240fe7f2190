/**
 * Regular expressions compiled from lexicon sources (data in report-model) once per process, not
 * per lint. Only for sources the project ships: the map is never emptied. A global ("g") one is
 * shared: use it with matchAll (which works on a copy), never with exec or test.
 */
// One map per flags, keyed by the source itself: no key string built (and hashed) per call.
const compiledRegExps = { u: new Map<string, RegExp>(), gu: new Map<string, RegExp>() };

export function regExpOf(source: string, flags: "u" | "gu"): RegExp {
  const compiled = compiledRegExps[flags];
  let re = compiled.get(source);
  if (!re) {
    re = new RegExp(source, flags);
    compiled.set(source, re);
  }
  return re;
}

/** Characters with a meaning of their own in a regular expression source. */
const SPECIAL = new Set("\\^$.|?*+()[]{}");

/**
 * The plain characters every match of `source` starts with ("" when there is none to be sure of: a
 * `|` outside brackets, or a special character first). A text without them has no match, so a
 * native search for them can skip the pattern's scan.
 */
export function literalPrefix(source: string): string {
  // Read once per source: the sources are the project's own, asked again at every lint.
  let prefix = literalPrefixes.get(source);
  if (prefix === undefined) {
    prefix = readLiteralPrefix(source);
    literalPrefixes.set(source, prefix);
  }
  return prefix;
}
const literalPrefixes = new Map<string, string>();

function readLiteralPrefix(source: string): string {
  // A `|` anywhere but inside a character class: an alternative may start otherwise (nested groups
  // are counted too, which only makes the answer "" more often).
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (c === "[") {
      for (i++; i < source.length && source[i] !== "]"; i++) if (source[i] === "\\") i++;
    } else if (c === "|") return "";
  }
  let end = 0;
  while (end < source.length && !SPECIAL.has(source[end]!)) end++;
  // A quantifier after the last plain character may leave it out.
  if (end < source.length && "?*{+".includes(source[end]!)) end--;
  return source.slice(0, Math.max(0, end));
}
