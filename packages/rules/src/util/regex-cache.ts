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
