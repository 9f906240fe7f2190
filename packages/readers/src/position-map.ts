/**
 * Where a place in the read text is in the file the user has. Plain text and Markdown need no map
 * (the text is the file); the other readers build one from anchors.
 */
export interface SourceLocation {
  /**
   * 1-based: the file's line for .html; the paragraph (or table row) for .docx, counted as the
   * reader's text has them, one per line; the line of the read text for .pdf.
   */
  readonly line: number;
  /** 1-based UTF-16 column within that line or paragraph. */
  readonly column: number;
  /** The 1-based page, for formats that have pages (.pdf). */
  readonly page?: number;
}

/** Maps offsets of the read text to places in the file. */
export interface PositionMap {
  /** What `line` counts, for messages and formatters. */
  readonly lineUnit: "line" | "paragraph";
  /** The place in the file of a 0-based UTF-16 offset of the read text (clamped to the text). */
  locate(offset: number): SourceLocation;
}

/**
 * A text offset where a run of the read text starts, and where that run is in the file; within a
 * run, offsets advance the column one by one (a run never spans a file line break).
 */
export interface PositionAnchor extends SourceLocation {
  readonly offset: number;
}

/**
 * A PositionMap from anchors sorted by offset (the first at offset 0). Readers emit one anchor per
 * run of text copied unchanged from the file (a Word text run, an HTML text node after an entity).
 */
export function anchoredPositionMap(anchors: readonly PositionAnchor[], lineUnit: PositionMap["lineUnit"]): PositionMap {
  const sorted = anchors.length > 0 ? anchors : [{ offset: 0, line: 1, column: 1 }];
  return {
    lineUnit,
    locate(offset) {
      let lo = 0;
      let hi = sorted.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (sorted[mid]!.offset <= offset) lo = mid;
        else hi = mid - 1;
      }
      const a = sorted[lo]!;
      const column = a.column + Math.max(0, offset - a.offset);
      return a.page === undefined ? { line: a.line, column } : { line: a.line, column, page: a.page };
    },
  };
}
