/**
 * required-sections: the report contains every part its profile requires (法治政府建设年度报告:
 * 主要举措和成效; 存在的不足和原因 — the causes too; 党政主要负责人履行第一责任人职责情况; 下一年度主要
 * 安排), found by heading patterns at any level and in any order. A text that was cut off gets one
 * info finding, and no part that would come after the cut is reported. A profile with a prescribed
 * order (政府信息公开: 国办公开办函〔2021〕30号) is also checked for the parts' order and names. Docs:
 * docs/rules/required-sections.md
 */
import { matchesAny, xxgkTables } from "@reportlint/parser";
import type { CutOff, Locale, Paragraph, Profile, ProfilePart, Report, Span } from "@reportlint/report-model";
import { createRule, type RuleContext, type RuleMessage } from "../rule.js";
import { bodyMatch, sectionsOf, type Section } from "../util/parts.js";
import { localized } from "../util/localized.js";

const CUT_REASONS: Readonly<Record<CutOff["reason"], RuleMessage>> = {
  "mid-sentence": { zh: "最后一段话没有说完", en: "the last paragraph breaks off" },
  "broken-character": { zh: "末尾有被截断的乱码字符", en: "it ends in a broken character" },
  "bare-heading": { zh: "最后一个标题下没有内容", en: "the last heading has nothing under it" },
  "in-table": { zh: "文本在表格中结束", en: "it ends inside a table" },
};

// Body text before the first section that can stand for an untitled part (a report opening
// with its measures in running text).
const UNTITLED_BODY_CHARS = 150;
// An anchor made of a long first line is cut to its first words.
const ANCHOR_CHARS = 30;

/** Where a part was found: the offset, and whether a heading names it (not just the body). */
interface Found {
  readonly at: number;
  readonly byHeading: boolean;
  readonly span: Span;
  readonly sections: readonly Section[];
}


/** The regulation's requirement in words, for messages. */
function requirement(part: ProfilePart, profile: Profile, locale: Locale): string {
  const wording = part.wording ?? part.name.zh;
  if (locale === "en") return part.basis ? `${part.basis} requires “${wording}”` : `a ${localized(profile.name, locale)} contains “${wording}”`;
  return part.basis ? `${part.basis}要求报告“${wording}”` : `${profile.name.zh}应包含“${wording}”`;
}

/** Where the part usually goes: the profile's words, else after the part before it. */
function placement(part: ProfilePart, profile: Profile, locale: Locale): string {
  if (part.placement) return localized(part.placement, locale);
  const index = profile.parts.indexOf(part);
  const before = profile.parts.slice(0, index).reverse().find((p) => !p.bodyIn);
  if (!before) return locale === "en" ? "usually the first part" : "通常作为第一部分";
  return locale === "en" ? `usually after the “${localized(before.name, locale)}” part` : `通常位于“${before.name.zh}”部分之后`;
}

/** Paragraph index holding an offset (the last paragraph starting at or before it). */
function paragraphOf(report: Report, offset: number): number {
  let found = 0;
  report.paragraphs.forEach((p, i) => {
    if (p.span[0] <= offset) found = i;
  });
  return found;
}

/** Where a part goes, from its neighbours in the prescribed order, for messages. */
function whereText(before: ProfilePart | undefined, after: ProfilePart | undefined, locale: Locale): string {
  if (locale === "en") return before ? `before the “${localized(before.name, locale)}” part` : `after the “${localized(after!.name, locale)}” part`;
  return before ? `应位于“${before.name.zh}”部分之前` : `应位于“${after!.name.zh}”部分之后`;
}

/** Indexes (into `keys`) of one longest strictly increasing subsequence. */
function longestIncreasing(keys: readonly number[]): Set<number> {
  const length = keys.map(() => 1);
  const previous = keys.map(() => -1);
  keys.forEach((k, i) => {
    for (let j = 0; j < i; j++) {
      if (keys[j]! < k && length[j]! + 1 > length[i]!) {
        length[i] = length[j]! + 1;
        previous[i] = j;
      }
    }
  });
  const kept = new Set<number>();
  let at = length.indexOf(Math.max(...length, 0));
  while (at >= 0) {
    kept.add(at);
    at = previous[at]!;
  }
  return kept;
}

/** A top-level section naming one or more parts, and the index of the first part it names. */
interface Placed {
  readonly section: Section;
  readonly order: number;
}

/**
 * A prescribed format (a profile with `order`): the parts' top-level headings in their order and
 * under their names. Only headings with a prescribed name (a part's `namePatterns`) say where a part
 * is; a heading naming the part otherwise is reported only where the part belongs (between its
 * neighbours), since broad patterns (问题) also match topical headings elsewhere.
 */
function checkOrder(context: RuleContext<Record<string, never>>, profile: Profile, basis: string, tops: readonly Section[], certain: boolean): void {
  const { locale } = context.settings;
  const named = (part: ProfilePart, section: Section) => !part.namePatterns || matchesAny(part.namePatterns, section.text);
  const orderOf = (id: string) => profile.parts.findIndex((p) => p.id === id);
  const placed: Placed[] = [];
  const seen = new Set<string>();
  for (const section of tops) {
    const ids = section.parts.filter((id) => !seen.has(id) && named(profile.parts[orderOf(id)]!, section));
    if (ids.length === 0) continue;
    ids.forEach((id) => seen.add(id));
    placed.push({ section, order: Math.min(...ids.map(orderOf)) });
  }
  const kept = longestIncreasing(placed.map((p) => p.order));
  const inOrder = placed.filter((_, i) => kept.has(i));
  placed.forEach((p, i) => {
    if (kept.has(i)) return;
    const part = profile.parts[p.order]!;
    const before = inOrder.find((q) => q.section.paragraph < p.section.paragraph && q.order > p.order);
    const after = [...inOrder].reverse().find((q) => q.section.paragraph > p.section.paragraph && q.order < p.order);
    const where = whereText(before && profile.parts[before.order], after && profile.parts[after.order], locale);
    context.report({ messageId: "outOfOrder", span: p.section.span, severity: certain ? undefined : "warning", data: { heading: context.text.slice(...p.section.span), basis, part: localized(part.name, locale), where } });
  });

  // A part under another name, where the part belongs: after the prescribed heading of the part
  // before it (or at the start) and before that of the part after it (or at the end).
  const at = (id: string) => inOrder.find((q) => q.section.parts.includes(id) && named(profile.parts[orderOf(id)]!, q.section))?.section.paragraph;
  profile.parts.forEach((part, index) => {
    if (!part.namePatterns || seen.has(part.id)) return;
    // Loops, not slice + map + filter: lists of numbers and undefined made this a deopt site.
    let from = -1;
    for (let k = index - 1; k >= 0 && from < 0; k--) from = at(profile.parts[k]!.id) ?? -1;
    let to = Infinity;
    for (let k = index + 1; k < profile.parts.length && to === Infinity; k++) to = at(profile.parts[k]!.id) ?? Infinity;
    const other = tops.find((s) => s.parts.includes(part.id) && s.paragraph > from && s.paragraph < to);
    if (!other) return;
    context.report({ messageId: "otherName", span: other.span, severity: "warning", data: { heading: context.text.slice(...other.span), basis, name: part.name.zh } });
  });
}

export default createRule({
  id: "required-sections",
  meta: {
    type: "problem",
    docs: {
      description: {
        zh: "报告应包含规定的各部分：主要举措和成效、存在的不足和原因、第一责任人职责履行情况、下一年度主要安排",
        en: "The report contains the parts its profile requires: measures and results, shortcomings and their causes, the leaders' first-responsibility duty, next year's plan",
      },
      recommended: true,
    },
    defaultSeverity: "error",
    messages: {
      missing: {
        zh: "未找到“{{part}}”部分：{{requirement}}。{{placement}}。",
        en: "No “{{part}}” part found: {{requirement}}. It is {{placement}}.",
      },
      noCauses: {
        zh: "“{{heading}}”只列出了问题，没有分析原因：{{requirement}}，不足和原因都要写。{{placement}}。",
        en: "“{{heading}}” lists problems without their causes: {{requirement}}, both the shortcomings and their causes. They go {{placement}}.",
      },
      outOfOrder: {
        zh: "“{{heading}}”的位置不符合规定格式：{{basis}}规定“{{part}}”{{where}}",
        en: "“{{heading}}” is out of the prescribed order: {{basis}} puts the “{{part}}” part {{where}}",
      },
      otherName: {
        zh: "“{{heading}}”与规定的部分名称不同：{{basis}}规定此部分为“{{name}}”",
        en: "“{{heading}}” is not the prescribed name of this part: {{basis}} names it “{{name}}”",
      },
      missingTable: {
        zh: "“{{heading}}”部分未见规定的“{{table}}”表格：{{basis}}规定此部分以表格列出统计数字（表格若以图片发布，文本中无法核对）",
        en: "No “{{table}}” table found under “{{heading}}”: {{basis}} prescribes the part's figures in a table (a table published as an image cannot be checked in the text)",
      },
      cutOff: {
        zh: "文本似乎在此处中断（{{reason}}），其后的内容无法检查：只报告通常位于已出现部分之前的缺失部分",
        en: "The text seems cut off here ({{reason}}); what follows cannot be checked, so only parts that usually come before the parts found are reported missing",
      },
    },
  },
  create(context) {
    const { document: report, settings } = context;
    const { profile, locale } = settings;
    // A text not known to be this kind of report (no title or headings said so) is not checked.
    if (report.meta.profileSource === "default") return;
    const cut = report.meta.cutOff;
    if (cut) context.report({ messageId: "cutOff", span: cut.span, severity: "info", data: { reason: CUT_REASONS[cut.reason][locale] } });

    const sections = sectionsOf(report, profile);
    const topLevel = topLevelTest(sections);
    const partById = partsById(profile);
    const found = findParts(report, profile, partById, sections, topLevel);

    // A cut text: a part is only known to be missing when the text went past where it usually
    // goes: a part later in the usual order was found, and not as the text's first part (reports
    // that open with the 第一责任人 part and were cut soon after prove nothing).
    // Only parts named by their own top-level headings say how far the text went (a 第一责任人
    // said in passing, or as a sub-heading of part 1, may come anywhere).
    const named = [...found.entries()].filter(([id, f]) => {
      const part = partById.get(id)!;
      return !part.bodyIn && !part.anywhere && f.sections.some((s) => s.parts.includes(id) && topLevel(s));
    });
    const firstAt = Math.min(...[...found.values()].map((f) => f.at));
    const order = (id: string) => profile.parts.findIndex((p) => p.id === id);
    const passed = (part: ProfilePart) => named.some(([id, f]) => order(id) > profile.parts.indexOf(part) && f.at > firstAt);
    // Sure enough for an error: a whole text, structured by headings that name at least two parts,
    // and known to be this kind of report (the profile was asked for, or the title says so; a guess
    // from the headings alone may be another kind of report).
    const byHeadings = [...found.values()].filter((f) => f.byHeading).length;
    const title = report.meta.title;
    const titled = title !== null && matchesAny(profile.titlePatterns, title.text);
    const sure = !cut && byHeadings >= 2 && (report.meta.profileSource === "option" || titled);
    if (profile.order) {
      const tops = sections.filter((s) => s.depth === 1 && topLevel(s));
      checkOrder(context, profile, profile.order.basis, tops, report.meta.profileSource === "option" || titled);
    }

    const firstLine = report.paragraphs.find((p) => p.kind !== "blank" && p.kind !== "chrome")?.contentSpan;
    const anchor: Span | undefined =
      title?.span ?? sections[0]?.span ?? (firstLine && [firstLine[0], Math.min(firstLine[1], firstLine[0] + ANCHOR_CHARS)]);
    if (!anchor) return;
    reportMissing(context, found, passed, anchor, sure);
  },
});

// The steps of create, each a function of its own: one that deoptimises is recompiled alone, not
// the whole rule (the rule in one piece took 30-100 ms of compiler time per compile).

/** Whether a section is top-level (no section of a lower depth encloses it); each answer is kept. */
function topLevelTest(sections: readonly Section[]): (s: Section) => boolean {
  // Asked for every section by every part: each answer is kept (a long report has hundreds of sections).
  const topLevelOf = new Map<Section, boolean>();
  return (s) => {
    let top = topLevelOf.get(s);
    if (top === undefined) topLevelOf.set(s, (top = !sections.some((o) => o !== s && o.depth < s.depth && encloses(o, s))));
    return top;
  };
}

/** A profile's parts by id, built once per profile (not per report). */
const partMaps = new WeakMap<Profile, ReadonlyMap<string, ProfilePart>>();
function partsById(profile: Profile): ReadonlyMap<string, ProfilePart> {
  let parts = partMaps.get(profile);
  if (!parts) {
    parts = new Map(profile.parts.map((p) => [p.id, p]));
    partMaps.set(profile, parts);
  }
  return parts;
}

const encloses = (outer: Section, inner: Section) => outer.paragraph <= inner.paragraph && inner.paragraph < outer.end;

/** The parts the report has, by id: named by headings, or found in the body by their patterns. */
function findParts(
  report: Report,
  profile: Profile,
  partById: ReadonlyMap<string, ProfilePart>,
  sections: readonly Section[],
  topLevel: (s: Section) => boolean,
): Map<string, Found> {
  const { text } = report;
  const found = new Map<string, Found>();
  const add = (id: string, entry: Found) => {
    const known = found.get(id);
    found.set(id, known ? { ...known, sections: [...known.sections, ...entry.sections] } : entry);
  };

  // Parts named by headings; a part whose content belongs to another (causes in the 不足 part)
  // does not count from a heading inside a third part (（三）深入分析信访原因 among the measures).
  for (const section of sections) {
    for (const id of section.parts) {
      const owner = partById.get(id)!.bodyIn;
      const inOther = (o: Section) => o !== section && encloses(o, section) && o.parts.length > 0 && !o.parts.includes(owner!);
      if (owner && !section.parts.includes(owner) && sections.some(inOther)) continue;
      add(id, { at: section.span[0], byHeading: true, span: section.span, sections: [section] });
    }
  }

  // By push from one literal, not map + filter: one array layout whatever the text.
  const bodyParagraphs: { p: Paragraph; i: number }[] = [];
  for (let i = 0; i < report.paragraphs.length; i++) {
    const p = report.paragraphs[i]!;
    if (p.kind === "body" || p.kind === "heading") bodyParagraphs.push({ p, i });
  }
  const order = (id: string) => profile.parts.findIndex((p) => p.id === id);
  // A part's words in the section of a part that usually comes after it are about something else
  // (压实第一责任人职责 as next year's task, 针对存在的问题 in the plan).
  // Per paragraph, the latest profile order of the parts of the sections holding it: built once, not
  // asked of every section for every paragraph of every part searched.
  let latestOrderAt: Int32Array | null = null;
  const latestOrders = (): Int32Array => {
    const latest = new Int32Array(report.paragraphs.length).fill(-1);
    for (const s of sections) {
      let m = -1;
      for (const id of s.parts) m = Math.max(m, order(id));
      if (m < 0) continue;
      for (let i = s.paragraph; i < s.end; i++) if (latest[i]! < m) latest[i] = m;
    }
    return latest;
  };
  // A later part's order differs from the part's own, so its id does too.
  const laterPartAt = (part: ProfilePart, i: number) => (latestOrderAt ??= latestOrders())[i]! > profile.parts.indexOf(part);
  // The report's opening sentence, before any section, sums the year up (…切实履行第一责任人职责，
  // …但仍存在一些不足): its words are no part of their own.
  const openingParagraph = bodyParagraphs.find(({ p }) => p.kind === "body")?.i ?? -1;
  const beforeSections = openingParagraph < (sections[0]?.paragraph ?? report.paragraphs.length);
  const opening = beforeSections ? report.clauses.filter((c) => c.sentence === 0 && c.paragraph === openingParagraph) : [];
  const openingEnd = opening.at(-1)?.span[1] ?? -1;
  const firstMatch = (part: ProfilePart, from: number, to: number, anywhere = false): Span | null => {
    for (const { p, i } of bodyParagraphs) {
      if (i < from || i >= to || (!anywhere && laterPartAt(part, i))) continue;
      const start = Math.max(p.contentSpan[0], Math.min(openingEnd, p.contentSpan[1]));
      const m = bodyMatch(part, text.slice(start, p.contentSpan[1]));
      if (m) return [start + m[0], start + m[1]];
    }
    return null;
  };

  for (const part of profile.parts) {
    if (found.has(part.id)) continue;
    if (part.untitled) {
      // Top-level sections that name no part, with no part-naming section around them.
      const topical = sections.find((s) => s.parts.length === 0 && topLevel(s));
      const firstSection = sections[0]?.paragraph ?? report.paragraphs.length;
      const preamble = bodyParagraphs
        .filter(({ p, i }) => i < firstSection && p.kind === "body")
        .reduce((n, { p }) => n + p.contentSpan[1] - p.contentSpan[0], 0);
      if (topical) add(part.id, { at: topical.span[0], byHeading: true, span: topical.span, sections: [topical] });
      else if (preamble >= UNTITLED_BODY_CHARS) {
        const first = bodyParagraphs.find(({ p }) => p.kind === "body")!.p;
        add(part.id, { at: first.contentSpan[0], byHeading: false, span: first.contentSpan, sections: [] });
      }
      if (found.has(part.id)) continue;
    }
    if (!part.bodyPatterns?.length) continue;
    let from = 0;
    if (part.bodyIn) {
      const owner = found.get(part.bodyIn);
      if (!owner) continue;
      if (owner.sections.length > 0) {
        // Each section of the owning part is searched (heading line included), up to the first hit.
        let hit: Span | null = null;
        for (let k = 0; k < owner.sections.length && hit === null; k++) hit = firstMatch(part, owner.sections[k]!.paragraph, owner.sections[k]!.end, true);
        if (hit) add(part.id, { at: hit[0], byHeading: false, span: hit, sections: [] });
        continue;
      }
      from = paragraphOf(report, owner.at);
    }
    const hit = firstMatch(part, from, report.paragraphs.length);
    if (hit) add(part.id, { at: hit[0], byHeading: false, span: hit, sections: [] });
  }
  return found;
}

/** Reports the prescribed tables not printed, then the required parts not found. */
function reportMissing(context: RuleContext<Record<string, never>>, found: ReadonlyMap<string, Found>, passed: (part: ProfilePart) => boolean, anchor: Span, sure: boolean): void {
  const { document: report, text } = context;
  const { profile, locale } = context.settings;
  const cut = report.meta.cutOff;
  const cutParagraph = cut ? paragraphOf(report, cut.offset) : -1;
  // Prescribed tables: a part there by its heading, none of whose tables is printed (in a cut text,
  // only when the text went past the part).
  // The tables are read only when a part that prescribes one is there by its heading.
  let printed: Set<string> | null = null;
  for (const part of profile.parts) {
    if (!part.tables?.length) continue;
    const at = found.get(part.id)?.sections.find((s) => s.parts.includes(part.id));
    if (!at) continue;
    printed ??= new Set<string>(xxgkTables(report).tables.map((t) => t.id));
    if (part.tables.some((id) => printed!.has(id)) || (cut && !passed(part))) continue;
    const data = { heading: text.slice(...at.span), table: localized(part.name, locale), basis: profile.order?.basis ?? part.basis };
    context.report({ messageId: "missingTable", span: at.span, severity: "warning", data });
  }

  for (const part of profile.parts) {
    if (part.presence !== "required" || found.has(part.id)) continue;
    const data = { part: localized(part.name, locale), requirement: requirement(part, profile, locale), placement: placement(part, profile, locale) };
    if (part.bodyIn) {
      const owner = found.get(part.bodyIn);
      if (!owner) continue; // reported as the owning part missing
      // The cut falls inside the owning part: its causes may be in what was lost.
      if (cut && owner.sections.every((s) => cutParagraph >= s.paragraph && cutParagraph < s.end)) continue;
      if (cut && owner.sections.length === 0) continue;
      const at = owner.sections[0]?.span ?? owner.span;
      context.report({ messageId: "noCauses", span: at, severity: "warning", data: { heading: text.slice(...at), requirement: data.requirement, placement: data.placement } });
      continue;
    }
    if (cut && (part.anywhere || !passed(part))) continue;
    context.report({ messageId: "missing", span: anchor, severity: sure ? undefined : "warning", data });
  }
}
