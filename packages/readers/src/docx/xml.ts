import { SaxesParser } from "saxes";

// WordprocessingML's namespace in Transitional (what Word writes) and Strict OOXML.
const WORD_NAMESPACES: ReadonlySet<string> = new Set([
  "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
  "http://purl.oclc.org/ooxml/wordprocessingml/main",
]);

/** An element as the walkers see it: WordprocessingML elements by local name, others as "uri|local". */
export interface XmlElement {
  readonly name: string;
  /** The value of a WordprocessingML attribute (w:val → "val"), or undefined. */
  attr(local: string): string | undefined;
}

/** Callbacks of walkXml; every element gets a matching close, also self-closing ones. */
export interface XmlHandlers {
  open(element: XmlElement): void;
  close(name: string): void;
  text(text: string): void;
}

/** Why an XML part could not be read; the message names the part. */
export class XmlError extends Error {}

/** Decodes an XML part: UTF-8 (what Word writes) or UTF-16 by its byte order mark. */
export function xmlText(bytes: Uint8Array): string {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? "utf-16le" : bytes[0] === 0xfe && bytes[1] === 0xff ? "utf-16be" : undefined;
  return new TextDecoder(utf16 ?? "utf-8").decode(bytes);
}

/**
 * Walks one XML part with a streaming, non-validating parser. saxes expands only the five predefined
 * entities and never fetches anything; a document type declaration is refused outright, since Word
 * never writes one and it is how entity tricks (external or billion-laughs entities) start.
 */
export function walkXml(xml: string, part: string, handlers: XmlHandlers): void {
  const parser = new SaxesParser({ xmlns: true, position: false });
  parser.on("doctype", () => {
    throw new XmlError(`${part} declares a document type (DTD), which Word never writes; not read for safety`);
  });
  parser.on("opentag", (tag) => {
    const attributes = tag.attributes;
    handlers.open({
      name: WORD_NAMESPACES.has(tag.uri) ? tag.local : `${tag.uri}|${tag.local}`,
      attr(local) {
        for (const key in attributes) {
          const a = attributes[key]!;
          if (a.local === local && WORD_NAMESPACES.has(a.uri)) return a.value;
        }
        return undefined;
      },
    });
  });
  parser.on("closetag", (tag) => handlers.close(WORD_NAMESPACES.has(tag.uri) ? tag.local : `${tag.uri}|${tag.local}`));
  parser.on("text", (text) => handlers.text(text));
  parser.on("cdata", (text) => handlers.text(text));
  parser.on("error", (error) => {
    throw new XmlError(`${part} is not well-formed XML (${error.message.replace(/^[^:]*:\d+:\d+: /, "")})`);
  });
  try {
    parser.write(xml).close();
  } catch (error) {
    if (error instanceof XmlError) throw error;
    throw new XmlError(`${part} could not be parsed (${error instanceof Error ? error.message : String(error)})`);
  }
}

/** Reads a WordprocessingML on/off property (<w:vanish/>, <w:isLgl w:val="0"/>). */
export function isOn(element: XmlElement): boolean {
  const value = element.attr("val");
  return value === undefined || !["0", "false", "off"].includes(value);
}

/** An integer attribute, or undefined when absent or not a number. */
export function intAttr(element: XmlElement, local: string): number | undefined {
  const value = element.attr(local);
  if (value === undefined) return undefined;
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) ? n : undefined;
}
