import { z } from "zod";

/** A part a report of this kind should contain, and how its heading is usually worded. */
export const ProfilePartSchema = z.object({
  id: z.string(),
  /** Name used in messages. */
  name: z.object({ zh: z.string(), en: z.string() }),
  /** "required": a missing part is a finding; "suggested": mentioned at most as info. */
  presence: z.enum(["required", "suggested"]),
  /** Regular expression sources (flags "u") matched against heading text; any match covers the part. */
  headingPatterns: z.array(z.string()),
  /** Where the rule comes from, for messages. */
  basis: z.string(),
});
export type ProfilePart = z.infer<typeof ProfilePartSchema>;

/** A date by which a report for year Y is due, as month/day of year Y + yearOffset. */
export const DeadlineSchema = z.object({
  id: z.string(),
  month: z.number().int().min(1).max(12),
  day: z.number().int().min(1).max(31),
  yearOffset: z.number().int(),
  /** True when the date itself is already late (每年4月1日之前 → 4月1日 is late). */
  exclusive: z.boolean(),
  basis: z.string(),
  /** "rule" for a binding article, "practice" for common practice. */
  strength: z.enum(["rule", "practice"]),
});
export type Deadline = z.infer<typeof DeadlineSchema>;

/** A kind of report: what it must contain and when it is due. Data, not code. */
export const ProfileSchema = z.object({
  id: z.string(),
  name: z.object({ zh: z.string(), en: z.string() }),
  /** Regular expression sources matched against the title to guess this profile. */
  titlePatterns: z.array(z.string()),
  parts: z.array(ProfilePartSchema),
  deadlines: z.array(DeadlineSchema),
  /**
   * Row labels of fixed tables in the prescribed format ("（四）无法提供"). Text extracted from a PDF
   * often breaks table rows into lines that start like headings; lines matching these are table
   * fragments, not headings.
   */
  tableLabels: z.array(z.string()).optional(),
});
export type Profile = z.infer<typeof ProfileSchema>;
