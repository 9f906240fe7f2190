import * as z from "zod";

/**
 * A regular expression source, compiled with the "u" flag. An invalid one fails validation with a
 * readable message (and the path of the field), instead of crashing the linter later.
 */
export const RegexSourceSchema = z.string().superRefine((source, ctx) => {
  try {
    new RegExp(source, "u");
  } catch (error) {
    ctx.addIssue({ code: "custom", message: `not a valid regular expression: ${(error as Error).message}` });
  }
});

/** A text in Chinese, with an optional English version (Chinese is used when it is missing). */
export const LocalizedTextSchema = z.object({ zh: z.string().min(1), en: z.string().min(1).optional() }).strict();
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** A part a report of this kind should contain, and how its heading is usually worded. */
export const ProfilePartSchema = z
  .object({
    id: z.string().min(1),
    /** Name used in messages. */
    name: LocalizedTextSchema,
    /** "required": a missing part is a finding; "suggested": mentioned at most as info. */
    presence: z.enum(["required", "suggested"]).default("required"),
    /** Regular expression sources (flags "u") matched against heading text; any match covers the part. */
    headingPatterns: z.array(RegexSourceSchema).default([]),
    /** Regular expression sources: a heading matching one does not name the part (下一步工作举措 is a plan, not measures). */
    excludePatterns: z.array(RegexSourceSchema).optional(),
    /**
     * Regular expression sources: the part's prescribed name and the variants that keep it (因政府信息公开工作被
     * 申请行政复议和提起行政诉讼情况 for 政府信息公开行政复议、行政诉讼情况). When given, a top-level heading that
     * names the part but matches none of them, with no heading of the part that does, is a finding
     * (the part under another name).
     */
    namePatterns: z.array(RegexSourceSchema).optional(),
    /**
     * Ids of the prescribed tables the part prints (XXGK_TEMPLATE: "applications"); when the part is
     * there and none of them is found in the text, a finding naming the part's table.
     */
    tables: z.array(z.string().min(1)).optional(),
    /** Plain words that cover the part when a heading contains them (matched as written, no regex). */
    synonyms: z.array(z.string().min(1)).optional(),
    /**
     * Heading depths (1 = top level) at which a heading may name the part; any depth when absent.
     * A sub-heading that covers a part counts (（一）履行第一责任人职责 under 一、主要举措和成效).
     */
    levels: z.array(z.number().int().min(1).max(5)).optional(),
    /**
     * Regular expression sources matched against body sentences: the part's content written without
     * a heading of its own (究其原因 in the 不足 section). Searched in the sections of `bodyIn` when
     * given, else in the whole body.
     */
    bodyPatterns: z.array(RegexSourceSchema).optional(),
    /**
     * The part may have no heading of its own: top-level sections that name no other part are this
     * part (一、坚持党的领导… 二、依法全面履行政府职能… before 三、存在的不足).
     */
    untitled: z.boolean().optional(),
    /**
     * The part has no usual place (第一责任人 comes first, third, or inside part 1): in a cut-off text
     * it is never reported missing, and finding it says nothing about how far the text went.
     */
    anywhere: z.boolean().optional(),
    /** Id of the part whose sections hold this part's content when it has no heading (causes → shortcomings). */
    bodyIn: z.string().min(1).optional(),
    /** Where the rule comes from, for messages. */
    basis: z.string(),
    /** The regulation's own wording of the part, quoted in messages. */
    wording: z.string().min(1).optional(),
    /** Where the part usually goes, for messages ("通常作为第二部分，位于主要举措和成效之后"). */
    placement: LocalizedTextSchema.optional(),
  })
  .strict();
export type ProfilePart = z.infer<typeof ProfilePartSchema>;

/** A date by which a report for year Y is due, as month/day of year Y + yearOffset. */
export const DeadlineSchema = z
  .object({
    id: z.string().min(1),
    month: z.number().int().min(1).max(12),
    day: z.number().int().min(1).max(31),
    yearOffset: z.number().int(),
    /** True when the date itself is already late (每年4月1日之前 → 4月1日 is late). */
    exclusive: z.boolean(),
    basis: z.string(),
    /** "rule" for a binding article, "practice" for common practice. */
    strength: z.enum(["rule", "practice"]),
    /**
     * Regular expression sources matched against the issuer (the body the title names): the deadline
     * binds only issuers matching one (部门 by 1月31日, 政府 by 3月31日); every report when absent.
     */
    issuerPatterns: z.array(RegexSourceSchema).optional(),
    /** Regular expression sources: an issuer matching one is not bound by this deadline. */
    issuerExcludePatterns: z.array(RegexSourceSchema).optional(),
  })
  .strict();
export type Deadline = z.infer<typeof DeadlineSchema>;

const profileFields = {
  id: z.string().min(1),
  name: LocalizedTextSchema,
  /** Regular expression sources matched against the title to guess this profile. */
  titlePatterns: z.array(RegexSourceSchema).default([]),
  /** The parts in their usual order (the order decides which parts a cut-off text can still be checked for). */
  parts: z.array(ProfilePartSchema),
  /**
   * The order of `parts` is prescribed (a format fixed by the State Council's template), by `basis`
   * (named in messages): a part whose top-level heading comes before that of a part it should follow
   * is a finding, and so is a part's top-level heading under another name (see `namePatterns`).
   */
  order: z.object({ basis: z.string().min(1) }).strict().optional(),
  deadlines: z.array(DeadlineSchema).default([]),
  /**
   * Row labels of fixed tables in the prescribed format ("（四）无法提供"). Text extracted from a PDF
   * often breaks table rows into lines that start like headings; lines matching these are table
   * fragments, not headings.
   */
  tableLabels: z.array(z.string()).optional(),
};

/** Part ids must be unique, `bodyIn` must name a part, and every part needs a way to be found. */
function checkParts(profile: { parts: readonly ProfilePart[] }, ctx: z.RefinementCtx): void {
  const ids = profile.parts.map((p) => p.id);
  profile.parts.forEach((part, index) => {
    if (ids.indexOf(part.id) !== index) {
      ctx.addIssue({ code: "custom", path: ["parts", index, "id"], message: `part id "${part.id}" is used twice` });
    }
    if (part.bodyIn !== undefined && !ids.includes(part.bodyIn)) {
      ctx.addIssue({ code: "custom", path: ["parts", index, "bodyIn"], message: `no part has the id "${part.bodyIn}"` });
    }
    if (part.headingPatterns.length === 0 && !part.synonyms?.length) {
      ctx.addIssue({ code: "custom", path: ["parts", index, "headingPatterns"], message: "give at least one heading pattern or synonym" });
    }
  });
}

/**
 * A kind of report: what it must contain and when it is due. Data, not code: the built-in profiles
 * are written with it, and a config file may define more (年度工作总结, 依法行政工作报告).
 */
export const ProfileSchema = z.object(profileFields).strict().superRefine(checkParts);
export type Profile = z.infer<typeof ProfileSchema>;

/**
 * A profile written in a config file, under its id in `"profiles"`: the same fields, the id taken
 * from the key.
 */
export const UserProfileSchema = z
  .object({ ...profileFields, id: profileFields.id.optional() })
  .strict()
  .superRefine(checkParts);
export type UserProfile = z.infer<typeof UserProfileSchema>;
