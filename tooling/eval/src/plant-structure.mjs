// @ts-check
// Structure and time defect families: each plant is a small set of edits at annotated places of a
// real text (structure.json), checked before use to be a real defect (a skipped heading number
// really skips, a planted 2月30日 really does not exist…). See ../README.md for the table.
import { picker, rngFor } from "./prng.mjs";
import { isRealDate, lineOf, markerText, numeralText, overlaps, readEnumItem, readFullDate, readMarker, weekday } from "./structure.mjs";

/** @typedef {import("./structure.mjs").StructureFile} StructureFile */
/** @typedef {import("./structure.mjs").Span} Span */

/** The structure and time families, in report order. */
export const STRUCTURE_FAMILIES = /** @type {const} */ ([
  "sections",
  "causes",
  "heading-number",
  "heading-style",
  "enumeration",
  "title",
  "duplicate",
  "stale-relative",
  "stale-dated",
  "date",
  "plan-year",
]);

/** @typedef {typeof STRUCTURE_FAMILIES[number]} StructureFamily */

/**
 * Rules that count as finding a plant, and how: "anywhere" = a new finding of the rule anywhere
 * in the file (the rule reports a document-level fact: a missing part, a missing title);
 * "overlap" = a new finding overlapping the edit (or the places named by the plant).
 * @type {Record<StructureFamily, { rules: string[], match: "anywhere" | "overlap" | "causes" }>}
 */
export const STRUCTURE_EXPECTED = {
  sections: { rules: ["required-sections"], match: "anywhere" },
  causes: { rules: ["required-sections"], match: "causes" },
  "heading-number": { rules: ["heading-sequence"], match: "overlap" },
  "heading-style": { rules: ["heading-style"], match: "overlap" },
  enumeration: { rules: ["enumeration-sequence"], match: "overlap" },
  title: { rules: ["report-title"], match: "anywhere" },
  duplicate: { rules: ["duplicate-text"], match: "overlap" },
  "stale-relative": { rules: ["stale-year"], match: "overlap" },
  "stale-dated": { rules: ["stale-year"], match: "overlap" },
  date: { rules: ["invalid-date"], match: "overlap" },
  "plan-year": { rules: ["report-year"], match: "overlap" },
};

/**
 * @typedef {object} Edit
 * @property {number} start
 * @property {number} end
 * @property {string} after
 */

/**
 * One planted defect.
 * @typedef {object} StructurePlant
 * @property {string} id
 * @property {StructureFamily} family
 * @property {StructureFile} doc
 * @property {string} unit what was annotated (a quote or a part name)
 * @property {Edit[]} edits non-overlapping, in text order
 * @property {Span[]} places spans of the original text where a finding counts (besides the edits themselves)
 * @property {string} variant the kind of edit, for the breakdown
 * @property {string} detail the edit, readable
 * @property {string | undefined} today passed to lint (stale-relative)
 */

/** Applies edits (non-overlapping) to a text. @param {string} text @param {Edit[]} edits */
export function applyEdits(text, edits) {
  let out = "";
  let at = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    if (e.start < at) throw new Error(`overlapping edits at ${e.start}`);
    out += text.slice(at, e.start) + e.after;
    at = e.end;
  }
  return out + text.slice(at);
}

/**
 * Moves a span of the original text into the edited text. A span touching an edit grows to cover
 * the edit's replacement.
 * @param {Span} span @param {Edit[]} edits @returns {Span}
 */
export function mapSpan(span, edits) {
  const pos = (/** @type {number} */ p, /** @type {boolean} */ isEnd) => {
    let shift = 0;
    for (const e of edits) {
      const delta = e.after.length - (e.end - e.start);
      if (e.end <= p && !(isEnd && e.end === p && e.start === p)) shift += delta;
      else if (e.start < p) return isEnd ? e.start + shift + e.after.length : e.start + shift; // inside the edit
    }
    return p + shift;
  };
  const s = pos(span[0], false);
  return [s, Math.max(s, pos(span[1], true))];
}

/** Where each edit's replacement is in the edited text. @param {Edit[]} edits @returns {Span[]} */
export function editedSpans(edits) {
  let shift = 0;
  const out = [];
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    const s = e.start + shift;
    out.push(/** @type {Span} */ ([s, s + e.after.length]));
    shift += e.after.length - (e.end - e.start);
  }
  return out;
}

const slice = (/** @type {string} */ t, /** @type {Span} */ s) => t.slice(s[0], s[1]);

/** A span with its line break, so that deleting it leaves no empty line. @returns {Span} */
function withLineBreak(/** @type {string} */ text, /** @type {Span} */ s) {
  // Only a whole line goes with its break: a passage ending a line keeps it (else the next line,
  // a heading perhaps, would be glued to the rest of this one).
  const wholeLine = s[0] === 0 || text[s[0] - 1] === "\n";
  return wholeLine && text[s[1]] === "\n" ? [s[0], s[1] + 1] : s;
}

/** @param {StructureFile} doc @param {StructureFamily} family @param {string} unit @param {number} at @param {number} i */
const plantId = (doc, family, unit, at, i) => `${doc.set}/${doc.file}:${family}:${unit}@${at}:${i}`;

/** One plant. @param {Omit<StructurePlant, "id" | "places" | "today"> & Partial<StructurePlant>} p @param {number} i @returns {StructurePlant} */
function make(p, i) {
  const edits = [...p.edits].sort((a, b) => a.start - b.start);
  return { places: [], today: undefined, ...p, edits, id: plantId(p.doc, p.family, p.unit, edits[0]?.start ?? 0, i) };
}

/** The planted text must differ, and the check must hold on it (else the annotation or the family is wrong). */
function checked(/** @type {StructurePlant} */ plant, /** @type {(planted: string) => boolean} */ isDefect) {
  const planted = applyEdits(plant.doc.text, plant.edits);
  if (planted === plant.doc.text || !isDefect(planted)) {
    throw new Error(`${plant.id}: the planted edit (${plant.detail}) is not a defect; check the annotation`);
  }
  return plant;
}

/** Numbers of a run's markers in an edited text. @param {string} planted @param {Span[]} spans */
function markersAfter(planted, spans) {
  return spans.map((s) => readMarker(planted.slice(s[0], s[0] + 8), 0));
}

// ---------------------------------------------------------------------------------------------
// Families

/** sections: drop one required part (its heading line and body up to the next heading of the same or a higher level). */
function sections(/** @type {StructureFile} */ doc) {
  if (doc.kind !== "fazhi" || !doc.complete) return [];
  /** @type {StructurePlant[]} */
  const out = [];
  const named = Object.entries(doc.parts).filter(([, p]) => p?.heading);
  for (const [name, part] of named) {
    const h = /** @type {import("./structure.mjs").HeadingItem} */ (part?.heading);
    const extent = /** @type {Span} */ (part?.extents[0]);
    // A part that holds another annotated part would drop two at once: not this family.
    const holds = named.some(([other, p]) => other !== name && p?.heading && p.heading.span[0] > extent[0] && p.heading.span[0] < extent[1]);
    if (holds) continue;
    /** @type {Edit[]} */
    const edits = [{ start: extent[0], end: extent[1], after: "" }];
    // Renumber the later siblings, as a report written without the part would be numbered.
    const run = doc.runs.find((r) => r.items.includes(h));
    // (A run that is already misnumbered is left as it is: renumbering it would plant more.)
    const later = run?.numbered ? run.items.slice(run.items.indexOf(h) + 1) : [];
    for (const x of later) {
      if (!x.marker || x.span[0] < extent[1]) continue;
      edits.push({ start: x.marker.numSpan[0], end: x.marker.numSpan[1], after: numeralText(x.marker.style, x.marker.n - 1) });
    }
    const variant = h.level === 1 ? `drop ${name} (top-level part)` : `drop ${name} (sub-heading part)`;
    const plant = make({ family: "sections", doc, unit: name, edits, variant, detail: `−「${h.quote}」 and its ${extent[1] - extent[0]} characters` }, 1);
    out.push(checked(plant, (t) => !t.includes(h.quote)));
  }
  return out;
}

/** causes: the 不足 part keeps its problems but loses every cause (heading words and sentences). */
function causes(/** @type {StructureFile} */ doc) {
  const part = doc.parts.shortcomings;
  if (doc.kind !== "fazhi" || !doc.complete || !part || (!doc.causeEdits.length && !doc.causes.length)) return [];
  /** @type {Edit[]} */
  const edits = [
    ...doc.causeEdits.map((c) => ({ start: c.remove[0], end: c.remove[1], after: "" })),
    ...doc.causes.map((s) => {
      const [a, b] = withLineBreak(doc.text, s);
      return { start: a, end: b, after: "" };
    }),
  ];
  const extents = part.extents;
  const plant = make(
    {
      family: "causes",
      doc,
      unit: "shortcomings",
      edits,
      places: extents,
      variant: "causes removed from the 不足 part",
      detail: `−${doc.causeEdits.map((c) => `「${slice(doc.text, c.remove)}」`).join("")} and ${doc.causes.length} cause passage(s)`,
    },
    1,
  );
  // A defect: no 原因/成因 is left in the part.
  return [checked(plant, (t) => extents.every((x) => !/原因|成因/u.test(slice(t, mapSpan(x, plant.edits)))))];
}

/** heading-number: one heading takes the previous heading's number (duplicate) or the next one (skip). */
function headingNumber(/** @type {StructureFile} */ doc, /** @type {number} */ seed, /** @type {number} */ variants) {
  /** @type {StructurePlant[]} */
  const out = [];
  for (const run of doc.runs) {
    if (!run.numbered || run.items.length < 2) continue;
    run.items.forEach((h, i) => {
      if (i === 0 || !h.marker) return;
      const m = h.marker;
      const pick = picker(rngFor(seed, `${doc.set}/${doc.file}|heading-number|${h.quote}`));
      const kinds = pick.some(/** @type {const} */ (["duplicate", "skip"]), variants);
      kinds.forEach((kind, k) => {
        const n = kind === "duplicate" ? m.n - 1 : m.n + 1;
        const next = run.items[i + 1];
        const plant = make(
          {
            family: "heading-number",
            doc,
            unit: h.quote,
            edits: [{ start: m.numSpan[0], end: m.numSpan[1], after: numeralText(m.style, n) }],
            places: [h.line, ...(next ? [next.line] : [])],
            variant: `${kind} (level ${run.level})`,
            detail: `${markerText(m.style, m.n)} → ${markerText(m.style, n)}`,
          },
          k + 1,
        );
        out.push(
          checked(plant, (t) => {
            const ns = markersAfter(t, run.items.map((x) => mapSpan(x.span, plant.edits)));
            return !ns.every((x, j) => x?.n === j + 1);
          }),
        );
      });
    });
  }
  return out;
}

/** Another style of the same rank. */
const OTHER_STYLE = /** @type {Record<string, string>} */ ({
  "cn-full": "cn-half",
  "cn-half": "cn-full",
  "ar-full": "ar-half",
  "ar-half": "ar-full",
  "ar-dot": "ar-dun",
  "ar-fdot": "ar-dun",
  "ar-dun": "ar-dot",
});

/** heading-style: one heading's marker in another style of the same rank, in a run of one style. */
function headingStyle(/** @type {StructureFile} */ doc) {
  /** @type {StructurePlant[]} */
  const out = [];
  for (const run of doc.runs) {
    if (!run.uniform || run.items.length < 3) continue;
    for (const h of run.items) {
      const m = /** @type {import("./structure.mjs").Marker} */ (h.marker);
      const style = OTHER_STYLE[m.style];
      if (!style) continue;
      const after = markerText(style, m.n);
      const plant = make(
        {
          family: "heading-style",
          doc,
          unit: h.quote,
          edits: [{ start: m.markerSpan[0], end: m.markerSpan[1], after }],
          places: [h.line],
          variant: `${m.style} → ${style}`,
          detail: `${markerText(m.style, m.n)} → ${after}`,
        },
        1,
      );
      out.push(
        checked(plant, (t) => {
          const styles = markersAfter(t, run.items.map((x) => mapSpan(x.span, plant.edits))).map((x) => x?.style);
          return new Set(styles).size === 2 && styles.filter((s) => s === style).length === 1;
        }),
      );
    }
  }
  return out;
}

/** enumeration: one item of an 一是/二是 or 第一/第二 run repeats the previous number or skips one. */
function enumeration(/** @type {StructureFile} */ doc, /** @type {number} */ seed, /** @type {number} */ variants) {
  /** @type {StructurePlant[]} */
  const out = [];
  for (const run of doc.enumerations) {
    if (run.length < 2 || !run.every((x, i) => x.n === i + 1)) continue;
    run.forEach((item, i) => {
      if (i === 0) return;
      const pick = picker(rngFor(seed, `${doc.set}/${doc.file}|enumeration|${item.quote}`));
      pick.some(/** @type {const} */ (["repeat", "skip"]), variants).forEach((kind, k) => {
        const n = kind === "repeat" ? item.n - 1 : item.n + 1;
        const next = run[i + 1];
        const plant = make(
          {
            family: "enumeration",
            doc,
            unit: item.quote,
            edits: [{ start: item.numSpan[0], end: item.numSpan[1], after: numeralText("cn", n) }],
            places: [item.span, ...(next ? [next.span] : [])],
            variant: `${kind} (${item.form === "shi" ? "一是" : "第一"})`,
            detail: `${slice(doc.text, [item.span[0], item.numSpan[1] + (item.form === "shi" ? 1 : 0)])} → ${item.form === "di" ? "第" : ""}${numeralText("cn", n)}${item.form === "shi" ? "是" : ""}`,
          },
          k + 1,
        );
        out.push(
          checked(plant, (t) => {
            const ns = run.map((x) => readEnumItem(t.slice(...mapSpan(x.span, plant.edits)), 0)?.n);
            return !ns.every((x, j) => x === j + 1);
          }),
        );
      });
    });
  }
  return out;
}

/** title: the year removed from the title, or the title line(s) removed. */
function title(/** @type {StructureFile} */ doc) {
  if (!doc.titleLines.length || (doc.kind !== "fazhi" && doc.kind !== "xxgk")) return [];
  // A title that a metadata block repeats (名称:, 标 题:) does not go away with its line.
  const lines = doc.text.split("\n").map((l) => l.trim());
  const titles = new Set(doc.titleLines.map((s) => slice(doc.text, s)));
  if (lines.some((l) => !titles.has(l) && [...titles].some((t) => l.includes(t)))) return [];
  /** @type {StructurePlant[]} */
  const out = [];
  if (doc.titleYears.length) {
    const plant = make(
      {
        family: "title",
        doc,
        unit: "title",
        edits: doc.titleYears.map((y) => ({ start: y.span[0], end: y.span[1], after: "" })),
        variant: "year removed from the title",
        detail: doc.titleYears.map((y) => `−「${y.quote}」`).join(" "),
      },
      1,
    );
    out.push(checked(plant, (t) => doc.titleLines.every((s) => !/\d{4}\s*年/u.test(slice(t, mapSpan(s, plant.edits))))));
  }
  const plant = make(
    {
      family: "title",
      doc,
      unit: "title",
      edits: doc.titleLines.map((s) => {
        const line = withLineBreak(doc.text, lineOf(doc.text, s[0]));
        return { start: line[0], end: line[1], after: "" };
      }),
      variant: "title line removed",
      detail: doc.titleLines.map((s) => `−「${slice(doc.text, s)}」`).join(" "),
    },
    2,
  );
  out.push(checked(plant, (t) => doc.titleLines.every((s) => !t.split("\n").some((l) => l.trim() === slice(doc.text, s)))));
  return out;
}

/** duplicate: the title printed twice, or a long paragraph printed twice. */
function duplicate(/** @type {StructureFile} */ doc, /** @type {number} */ seed, /** @type {number} */ variants) {
  /** @type {StructurePlant[]} */
  const out = [];
  const titleDuplicated = doc.known.some((k) => k.rule === "duplicate-text" && k.span && doc.titleLines.some((s) => overlaps(s, /** @type {Span} */ (k.span))));
  if (doc.titleLines.length && !titleDuplicated) {
    const first = lineOf(doc.text, /** @type {Span} */ (doc.titleLines[0])[0]);
    const last = lineOf(doc.text, /** @type {Span} */ (doc.titleLines.at(-1))[0]);
    const copy = doc.titleLines.map((s) => slice(doc.text, s)).join("\n");
    const plant = make(
      {
        family: "duplicate",
        doc,
        unit: "title",
        edits: [{ start: last[1], end: last[1], after: `\n${copy}` }],
        places: [[first[0], last[1]]],
        variant: "title printed twice",
        detail: `+「${copy.replace(/\n/gu, "⏎")}」`,
      },
      1,
    );
    out.push(checked(plant, (t) => doc.titleLines.every((x) => t.split("\n").filter((l) => l.trim() === slice(doc.text, x)).length === 2)));
  }
  // Long paragraphs of the body: lines of 60+ characters of prose (no table rows) after the first
  // heading that are not headings, not the cut-off last line of a partial text, and not printed
  // twice already.
  const first = doc.headings[0];
  if (first) {
    const lines = [];
    let at = first.line[0];
    while (at < doc.bodyEnd) {
      const line = lineOf(doc.text, at);
      const s = slice(doc.text, line).trim();
      const prose = !s.includes("|") && (s.match(/[\u4e00-\u9fff]/gu) ?? []).length >= s.length / 2;
      if (s.length >= 60 && prose && !doc.headings.some((h) => h.line[0] === line[0]) && doc.text.split(s).length === 2) lines.push(line);
      at = line[1] + 1;
    }
    if (!doc.complete) lines.pop();
    const pick = picker(rngFor(seed, `${doc.set}/${doc.file}|duplicate`));
    pick.some(lines, variants).forEach((line, k) => {
      const s = slice(doc.text, line);
      const plant = make(
        {
          family: "duplicate",
          doc,
          unit: `paragraph at ${line[0]}`,
          edits: [{ start: line[1], end: line[1], after: `\n${s}` }],
          places: [line],
          variant: "paragraph printed twice",
          detail: `+「${[...s].slice(0, 20).join("")}…」 (${s.length} characters)`,
        },
        k + 2,
      );
      out.push(checked(plant, (t) => t.split(s).length === 3));
    });
  }
  return out;
}

/** The date used as "today" for a text read in Y+1: its printed publication date, else Y+1-03-15. */
export function todayFor(/** @type {StructureFile} */ doc) {
  if (doc.reportYear === null) return undefined;
  if (doc.published && doc.published.y === doc.reportYear + 1) return doc.published.date;
  return `${doc.reportYear + 1}-03-15`;
}

/** stale-relative: a year-Y opener of an activity sentence written as 今年, read in Y+1. */
function staleRelative(/** @type {StructureFile} */ doc) {
  const today = todayFor(doc);
  if (!today) return [];
  return doc.yearOpeners.map((y) =>
    checked(
      make(
        {
          family: "stale-relative",
          doc,
          unit: y.quote,
          edits: [{ start: y.yearSpan[0], end: y.yearSpan[1] + 1, after: "今年" }],
          variant: doc.published ? "今年 (publication date printed)" : "今年 (today passed to lint)",
          detail: `${slice(doc.text, [y.yearSpan[0], y.yearSpan[1] + 1])} → 今年, today ${today}`,
          today,
        },
        1,
      ),
      (t) => Number(today.slice(0, 4)) > /** @type {number} */ (doc.reportYear) && t.includes(`今年${doc.text.slice(y.yearSpan[1] + 1, y.span[1])}`),
    ),
  );
}

/**
 * stale-dated: a dated activity of year Y moved to Y−1 (2025年3月 → 2024年3月); also a year-Y
 * opener of an activity sentence of the measures part moved to Y−1 (2024年,全区共处理… → 2023年,…),
 * a separate kind of edit in the breakdown.
 */
function staleDated(/** @type {StructureFile} */ doc) {
  const moves = [
    ...doc.yearOpeners.map((y) => ({ y, end: y.yearSpan[1] + 1, month: "", variant: "activity sentence opened by Y−1 (year only)" })),
    ...doc.dated.map((d) => ({ y: d, end: d.mSpan[1] + 1, month: `${d.month}月`, variant: "activity dated Y−1 (year and month)" })),
  ];
  return moves.map(({ y, end, month, variant }) =>
    checked(
      make(
        {
          family: "stale-dated",
          doc,
          unit: y.quote,
          edits: [{ start: y.yearSpan[0], end: y.yearSpan[1], after: String(y.year - 1) }],
          places: [[y.yearSpan[0], end]],
          variant,
          detail: `${y.year}年${month} → ${y.year - 1}年${month}`,
        },
        1,
      ),
      (t) => t.slice(y.yearSpan[0], y.yearSpan[1]) === String(y.year - 1),
    ),
  );
}

const WEEKDAYS = "日一二三四五六";

/** date: break an annotated date (2月30日, 13月, a wrong weekday, a year glued to its month, a lost range dash). */
function date(/** @type {StructureFile} */ doc, /** @type {number} */ seed, /** @type {number} */ variants) {
  /** @type {StructurePlant[]} */
  const out = [];
  const text = doc.text;
  for (const d of doc.dates) {
    /** @type {{ variant: string, edits: Edit[], check: (t: string, e: Edit[]) => boolean }[]} */
    const options = [];
    // Keep the printed style: ISO dates and zero-padded ones (02月28日) stay two digits wide.
    const width = (/** @type {Span} */ x) => (d.form === "iso" || text[x[0]] === "0" ? 2 : 1);
    const pad = (/** @type {number} */ n, /** @type {Span} */ x) => String(n).padStart(width(x), "0");
    const reread = (/** @type {string} */ t, /** @type {Edit[]} */ e) => readFullDate(t.slice(mapSpan(d.span, e)[0]), 0);
    options.push({
      variant: "day that does not exist (2月30日)",
      edits: [
        { start: d.mSpan[0], end: d.mSpan[1], after: pad(2, d.mSpan) },
        { start: d.dSpan[0], end: d.dSpan[1], after: pad(30, d.dSpan) },
      ],
      check: (t, e) => {
        const r = reread(t, e);
        return !!r && !isRealDate(r.y, r.m, r.d);
      },
    });
    options.push({
      variant: "month 13",
      edits: [{ start: d.mSpan[0], end: d.mSpan[1], after: "13" }],
      check: (t, e) => reread(t, e)?.m === 13,
    });
    const real = weekday(d.y, d.m, d.d);
    const wrong = (real + 1 + Math.floor(rngFor(seed, `${doc.file}|${d.quote}|weekday`)() * 6)) % 7;
    const wd = d.form === "cn" ? `（星期${WEEKDAYS[wrong]}）` : ` 星期${WEEKDAYS[wrong]}`;
    options.push({
      variant: "weekday that does not match",
      edits: [{ start: d.span[1], end: d.span[1], after: wd }],
      check: () => wrong !== real,
    });
    if (d.yearSuffix) {
      options.push({
        variant: "year glued to its month (20251月)",
        edits: [{ start: d.yearSuffix[0], end: d.yearSuffix[1], after: "" }],
        check: (t, e) => /^\d{5,6}月/u.test(t.slice(mapSpan(d.span, e)[0])),
      });
    }
    const pick = picker(rngFor(seed, `${doc.set}/${doc.file}|date|${d.span[0]}`));
    const where = d.metadata ? " [page metadata]" : "";
    pick.some(options, variants).forEach((o, k) => {
      const plant = make({ family: "date", doc, unit: d.quote, edits: o.edits, variant: `${o.variant}${where}`, detail: "" }, k + 1);
      const planted = applyEdits(text, plant.edits);
      const span = mapSpan(d.span, plant.edits);
      plant.detail = `${slice(text, d.span)} → ${planted.slice(span[0], span[1] + (o.variant.startsWith("weekday") ? wd.length : 0))}`;
      out.push(checked(plant, (t) => o.check(t, plant.edits)));
    });
  }
  for (const r of doc.ranges) {
    const plant = make(
      {
        family: "date",
        doc,
        unit: r.quote,
        edits: [{ start: r.dashSpan[0], end: r.dashSpan[1], after: "" }],
        variant: "lost range dash (20212025年)",
        detail: `${r.quote} → ${r.quote.replace(/^(\d{4})./u, "$1")}`,
      },
      1,
    );
    out.push(checked(plant, (t) => /^\d{8}\s*年/u.test(t.slice(r.span[0]))));
  }
  for (const d of doc.dated) {
    const plant = make(
      {
        family: "date",
        doc,
        unit: d.quote,
        edits: [{ start: d.yearSpan[1], end: d.yearSpan[1] + 1, after: "" }],
        variant: "year glued to its month (20251月)",
        detail: `${d.year}年${d.month}月 → ${d.year}${d.month}月`,
      },
      1,
    );
    out.push(checked(plant, (t) => /^\d{5,6}月/u.test(t.slice(d.yearSpan[0]))));
  }
  return out;
}

/** plan-year: the next-year plan names Y+2 or Y instead of Y+1. */
function planYear(/** @type {StructureFile} */ doc, /** @type {number} */ seed, /** @type {number} */ variants) {
  if (doc.kind !== "fazhi" || doc.reportYear === null) return [];
  const Y = doc.reportYear;
  /** @type {StructurePlant[]} */
  const out = [];
  for (const y of doc.planYears) {
    const pick = picker(rngFor(seed, `${doc.set}/${doc.file}|plan-year|${y.quote}`));
    pick.some([Y + 2, Y], variants).forEach((to, k) => {
      const plant = make(
        {
          family: "plan-year",
          doc,
          unit: y.quote,
          edits: [{ start: y.yearSpan[0], end: y.yearSpan[1], after: String(to) }],
          variant: to > Y + 1 ? "plan names Y+2" : "plan names Y",
          detail: `${Y + 1} → ${to}`,
        },
        k + 1,
      );
      out.push(checked(plant, (t) => t.slice(y.yearSpan[0], y.yearSpan[1]) !== String(Y + 1)));
    });
  }
  return out;
}

/**
 * The plants of one family in one annotated text.
 * @param {StructureFile} doc @param {StructureFamily} family @param {{ seed: number, variants: number }} options
 * @returns {StructurePlant[]}
 */
export function structurePlants(doc, family, { seed, variants }) {
  /** @type {Record<StructureFamily, () => StructurePlant[]>} */
  const planters = {
    sections: () => sections(doc),
    causes: () => causes(doc),
    "heading-number": () => headingNumber(doc, seed, variants),
    "heading-style": () => headingStyle(doc),
    enumeration: () => enumeration(doc, seed, variants),
    title: () => title(doc).slice(0, Math.max(variants, 1)),
    duplicate: () => duplicate(doc, seed, variants),
    "stale-relative": () => staleRelative(doc),
    "stale-dated": () => staleDated(doc),
    date: () => date(doc, seed, variants),
    "plan-year": () => planYear(doc, seed, variants),
  };
  return planters[family]();
}
