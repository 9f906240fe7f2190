import * as z from "zod";
import { lazySchema } from "./lazy-schema.js";

/** A half-open range of UTF-16 offsets `[start, end)` in the decoded text. */
export const SpanSchema = lazySchema(() => z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]));
export type Span = z.infer<typeof SpanSchema>;

/** A point in the text: 1-based line and column (UTF-16 code units), 0-based offset. */
export const PositionSchema = lazySchema(() => z.object({
  line: z.number().int().positive(),
  column: z.number().int().positive(),
  offset: z.number().int().nonnegative(),
}));
export type Position = z.infer<typeof PositionSchema>;

/** A range between two positions; `end` is exclusive. */
export const RangeSchema = lazySchema(() => z.object({ start: PositionSchema, end: PositionSchema }));
export type Range = z.infer<typeof RangeSchema>;
