/**
 * Regular expressions compiled from lexicon sources (data in report-model) once per process, not
 * per lint. Only for sources the project ships: the map is never emptied. A global ("g") one is
 * shared: use it with matchAll (which works on a copy), never with exec or test.
 */
const compiledRegExps = new Map<string, RegExp>();

export function regExpOf(source: string, flags: "u" | "gu"): RegExp {
  const key = `${flags}/${source}`;
  let re = compiledRegExps.get(key);
  if (!re) {
    re = new RegExp(source, flags);
    compiledRegExps.set(key, re);
  }
  return re;
}
