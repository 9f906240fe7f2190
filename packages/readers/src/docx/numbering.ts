import { formatNumber } from "./number-formats.js";
import { intAttr, isOn, walkXml, type XmlElement } from "./xml.js";

/** One level of a list definition (w:lvl). */
interface Level {
  start: number;
  format: string;
  text: string;
  /** What Word puts between the number and the text: w:suff. */
  suffix: string;
  /** w:isLgl: every number in this level's text is shown in decimal. */
  legal: boolean;
  /** w:lvlRestart: restart after a level at most this (1-based) advances; 0 never; undefined after any higher level. */
  restartAfter: number | undefined;
  /** w:pStyle: the paragraph style that carries this level. */
  style: string | undefined;
}

interface AbstractList {
  levels: Map<number, Level>;
  /** w:numStyleLink: the definition lives in the numbering of this style. */
  styleLink: string | undefined;
}

interface ListInstance {
  abstractId: string;
  /** w:lvlOverride: a new start (w:startOverride) and/or a replaced level definition. */
  overrides: Map<number, { start?: number; level?: Level }>;
}

/** The numbering a paragraph asks for: directly (w:numPr) or from its style. */
export interface NumberingRequest {
  numId: string | undefined;
  ilvl: number | undefined;
  style: string | undefined;
}

interface StyleNumbering {
  numId: string | undefined;
  ilvl: number | undefined;
  basedOn: string | undefined;
}

function newLevel(): Level {
  return { start: 0, format: "decimal", text: "", suffix: "tab", legal: false, restartAfter: undefined, style: undefined };
}

/** Parses the w:lvl children shared by w:abstractNum and w:lvlOverride. */
function levelProperty(level: Level, element: XmlElement): void {
  switch (element.name) {
    case "start":
      level.start = intAttr(element, "val") ?? 0;
      break;
    case "numFmt":
      level.format = element.attr("val") ?? "decimal";
      break;
    case "lvlText":
      level.text = element.attr("val") ?? "";
      break;
    case "suff":
      level.suffix = element.attr("val") ?? "tab";
      break;
    case "isLgl":
      level.legal = isOn(element);
      break;
    case "lvlRestart":
      level.restartAfter = intAttr(element, "val");
      break;
    case "pStyle":
      level.style = element.attr("val");
      break;
  }
}

/** List definitions of word/numbering.xml. */
export interface NumberingDefinitions {
  readonly abstracts: Map<string, AbstractList>;
  readonly instances: Map<string, ListInstance>;
}

/** Parses word/numbering.xml (absent: no lists). */
export function parseNumbering(xml: string | undefined): NumberingDefinitions {
  const abstracts = new Map<string, AbstractList>();
  const instances = new Map<string, ListInstance>();
  if (xml === undefined) return { abstracts, instances };
  let abstract: AbstractList | undefined;
  let instance: ListInstance | undefined;
  let override: { start?: number; level?: Level } | undefined;
  let level: Level | undefined;
  const skipped: string[] = [];
  walkXml(xml, "word/numbering.xml", {
    open(e) {
      if (skipped.length > 0 || e.name === "rPr" || e.name === "pPr" || e.name.startsWith("http://schemas.openxmlformats.org/markup-compatibility")) {
        skipped.push(e.name);
        return;
      }
      switch (e.name) {
        case "abstractNum":
          abstract = { levels: new Map(), styleLink: undefined };
          abstracts.set(e.attr("abstractNumId") ?? "", abstract);
          return;
        case "num":
          instance = { abstractId: "", overrides: new Map() };
          instances.set(e.attr("numId") ?? "", instance);
          return;
        case "abstractNumId":
          if (instance) instance.abstractId = e.attr("val") ?? "";
          return;
        case "numStyleLink":
          if (abstract) abstract.styleLink = e.attr("val");
          return;
        case "lvlOverride":
          override = {};
          instance?.overrides.set(intAttr(e, "ilvl") ?? 0, override);
          return;
        case "startOverride":
          if (override) override.start = intAttr(e, "val") ?? 0;
          return;
        case "lvl":
          level = newLevel();
          if (override) override.level = level;
          else abstract?.levels.set(intAttr(e, "ilvl") ?? 0, level);
          return;
      }
      if (level) levelProperty(level, e);
    },
    close(name) {
      if (skipped.length > 0) {
        skipped.pop();
        return;
      }
      if (name === "lvl") level = undefined;
      else if (name === "lvlOverride") override = undefined;
      else if (name === "abstractNum") abstract = undefined;
      else if (name === "num") instance = undefined;
    },
    text() {},
  });
  return { abstracts, instances };
}

/** Paragraph and numbering styles' numbering from word/styles.xml, with the default paragraph style's id. */
export interface StyleDefinitions {
  readonly styles: Map<string, StyleNumbering>;
  readonly defaultStyle: string | undefined;
}

/** Parses the numbering of paragraph and numbering styles in word/styles.xml (absent: none). */
export function parseStyles(xml: string | undefined): StyleDefinitions {
  const styles = new Map<string, StyleNumbering>();
  let defaultStyle: string | undefined;
  if (xml === undefined) return { styles, defaultStyle };
  let style: StyleNumbering | undefined;
  let depthInStyle = 0;
  let inPPr = false;
  walkXml(xml, "word/styles.xml", {
    open(e) {
      if (style) depthInStyle++;
      if (e.name === "style" && style === undefined) {
        // Numbering styles are where w:numStyleLink points.
        const type = e.attr("type");
        if (type !== "paragraph" && type !== "numbering") return;
        const id = e.attr("styleId") ?? "";
        style = { numId: undefined, ilvl: undefined, basedOn: undefined };
        styles.set(id, style);
        depthInStyle = 0;
        const isDefault = e.attr("default");
        if (type === "paragraph" && (isDefault === "1" || isDefault === "true" || isDefault === "on")) defaultStyle = id;
      } else if (style && depthInStyle === 1) {
        if (e.name === "basedOn") style.basedOn = e.attr("val");
        if (e.name === "pPr") inPPr = true;
      } else if (style && inPPr && depthInStyle === 3) {
        if (e.name === "numId") style.numId = e.attr("val");
        if (e.name === "ilvl") style.ilvl = intAttr(e, "val");
      }
    },
    close(name) {
      if (!style) return;
      if (depthInStyle === 0) {
        style = undefined;
        return;
      }
      if (depthInStyle === 1 && name === "pPr") inPPr = false;
      depthInStyle--;
    },
    text() {},
  });
  return { styles, defaultStyle };
}

const MAX_LEVELS = 9;

/**
 * Word's list counters over a document, paragraph by paragraph. Counters belong to the list
 * definition (w:abstractNum), so separate w:num instances of one definition continue each other's
 * numbering, as in Word; an instance with a w:startOverride restarts that level when first used.
 */
export class ListCounters {
  private readonly counters = new Map<string, (number | undefined)[]>();
  private readonly started = new Set<string>();

  constructor(
    private readonly numbering: NumberingDefinitions,
    private readonly styles: StyleDefinitions,
  ) {}

  /** The number text Word shows before a paragraph (suffix included), or "" when it has none. */
  next(request: NumberingRequest): string {
    const resolved = this.resolve(request);
    if (resolved === undefined) return "";
    const { abstractId, instance, numId, ilvl } = resolved;
    const levelOf = (i: number): Level | undefined => instance.overrides.get(i)?.level ?? this.abstractOf(abstractId)?.levels.get(i);
    const level = levelOf(ilvl);
    if (level === undefined) return "";
    const counters = this.countersOf(abstractId);
    if (!this.started.has(numId)) {
      this.started.add(numId);
      for (const [i, o] of instance.overrides) if (o.start !== undefined && i < MAX_LEVELS) counters[i] = undefined;
    }
    const startOf = (i: number): number => instance.overrides.get(i)?.start ?? levelOf(i)?.start ?? 0;
    counters[ilvl] = counters[ilvl] === undefined ? startOf(ilvl) : counters[ilvl] + 1;
    for (let deeper = ilvl + 1; deeper < MAX_LEVELS; deeper++) {
      const restartAfter = levelOf(deeper)?.restartAfter;
      if (restartAfter === undefined || (restartAfter > 0 && ilvl < restartAfter)) counters[deeper] = undefined;
    }
    const text = level.text.replace(/%([1-9])/g, (_, k: string) => {
      const i = Number(k) - 1;
      const value = counters[i] ?? startOf(i);
      const format = level.legal && i !== ilvl ? "decimal" : (levelOf(i)?.format ?? "decimal");
      return formatNumber(value, format);
    });
    if (level.format === "bullet" || text === "") return "";
    return text + suffixAfter(text, level.suffix);
  }

  private abstractOf(id: string): AbstractList | undefined {
    return this.numbering.abstracts.get(id);
  }

  private countersOf(abstractId: string): (number | undefined)[] {
    let counters = this.counters.get(abstractId);
    if (counters === undefined) {
      counters = Array.from({ length: MAX_LEVELS }, () => undefined);
      this.counters.set(abstractId, counters);
    }
    return counters;
  }

  private resolve(request: NumberingRequest): { abstractId: string; instance: ListInstance; numId: string; ilvl: number } | undefined {
    const fromStyle = this.styleNumbering(request.style ?? this.styles.defaultStyle);
    const numId = request.numId ?? fromStyle?.numId;
    if (numId === undefined || numId === "0") return undefined;
    const instance = this.numbering.instances.get(numId);
    if (instance === undefined) return undefined;
    let abstractId = instance.abstractId;
    // A definition that only links to a numbering style takes the list of that style's instance.
    const link = this.abstractOf(abstractId)?.styleLink;
    if (link !== undefined) {
      const linkedNum = this.styleNumbering(link)?.numId;
      const linked = linkedNum === undefined ? undefined : this.numbering.instances.get(linkedNum);
      if (linked) abstractId = linked.abstractId;
    }
    let ilvl = request.ilvl ?? (request.numId === undefined ? fromStyle?.ilvl : undefined);
    if (ilvl === undefined && request.style !== undefined) {
      for (const [i, level] of this.abstractOf(abstractId)?.levels ?? []) if (level.style === request.style) ilvl = i;
    }
    ilvl = Math.min(Math.max(ilvl ?? 0, 0), MAX_LEVELS - 1);
    return { abstractId, instance, numId, ilvl };
  }

  /** The numbering a paragraph style carries, following w:basedOn (cycles stop). */
  private styleNumbering(styleId: string | undefined): { numId: string | undefined; ilvl: number | undefined } | undefined {
    let numId: string | undefined;
    let ilvl: number | undefined;
    const seen = new Set<string>();
    for (let id = styleId; id !== undefined && !seen.has(id); ) {
      seen.add(id);
      const style = this.styles.styles.get(id);
      if (style === undefined) break;
      numId ??= style.numId;
      ilvl ??= style.ilvl;
      id = style.basedOn;
    }
    return numId === undefined && ilvl === undefined ? undefined : { numId, ilvl };
  }
}

// Word separates the number from the text by a tab unless w:suff says otherwise. Typed Chinese
// headings have nothing after "一、" or "（一）", so after a punctuation mark the tab is left out;
// after a bare number or word ("第一章") it is a space.
function suffixAfter(text: string, suffix: string): string {
  if (suffix === "nothing") return "";
  if (suffix === "space") return " ";
  return /[\p{P}]$/u.test(text) ? "" : " ";
}
