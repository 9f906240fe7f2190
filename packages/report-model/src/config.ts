import * as z from "zod";
import { UserProfileSchema } from "./profile.js";

/** A rule's severity as written in a config: words or ESLint's numbers. */
export const RuleLevelSchema = z.union([
  z.enum(["off", "info", "warn", "warning", "error"]),
  z.literal(0),
  z.literal(1),
  z.literal(2),
]);
export type RuleLevel = z.infer<typeof RuleLevelSchema>;

/** `"warn"`, or `["error", { …options }]`. */
export const RuleSettingSchema = z.union([
  RuleLevelSchema,
  z.tuple([RuleLevelSchema]),
  z.tuple([RuleLevelSchema, z.record(z.string(), z.unknown())]),
]);
export type RuleSetting = z.infer<typeof RuleSettingSchema>;

export const LocaleSchema = z.enum(["zh", "en"]);
export type Locale = z.infer<typeof LocaleSchema>;

const RESERVED_KEY_MESSAGE = "reserved name, not a rule or profile id";

/**
 * A rule id or profile id as a config key. Names of Object's own members (__proto__, constructor,
 * toString…) are refused: looked up in a plain object they would find Object's members, not ours.
 */
const ConfigKeySchema = z
  .string()
  .min(1)
  .refine((key) => !Object.getOwnPropertyNames(Object.prototype).includes(key), { message: RESERVED_KEY_MESSAGE });

/**
 * A record keyed by rule or profile ids. JSON.parse keeps a "__proto__" key as an own property, but
 * a record would drop it silently; it is refused like the other reserved names.
 */
function idRecord<T extends z.ZodType>(values: T) {
  return z.preprocess((value, ctx) => {
    if (typeof value === "object" && value !== null && Object.hasOwn(value, "__proto__")) {
      ctx.issues.push({ code: "custom", message: RESERVED_KEY_MESSAGE, input: value, path: ["__proto__"] });
    }
    return value;
  }, z.record(ConfigKeySchema, values));
}

/**
 * Settings for some files only: `files` are glob patterns relative to the config file's folder (a
 * pattern without "/" matches the file name anywhere below it). Later blocks win over earlier ones.
 */
export const ConfigOverrideSchema = z
  .object({
    files: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
    rules: idRecord(RuleSettingSchema).optional(),
    profile: ConfigKeySchema.optional(),
    reportYear: z.number().int().min(1990).max(2100).optional(),
    locale: LocaleSchema.optional(),
  })
  .strict();
export type ConfigOverride = z.infer<typeof ConfigOverrideSchema>;

/** The user's configuration (reportlint.config.json, or the "reportlint" key of package.json). */
export const ConfigSchema = z
  .object({
    $schema: z.string().optional(),
    /** Presets to start from, in order; later entries and `rules` override earlier ones. */
    extends: z.union([z.string(), z.array(z.string())]).optional(),
    /** Rule id → severity, or [severity, options]. */
    rules: idRecord(RuleSettingSchema).optional(),
    /** Report profile id (built-in or defined in `profiles`); guessed from the title and headings when absent. */
    profile: ConfigKeySchema.optional(),
    /**
     * Report profiles of your own, by id: the required parts of another report type (年度工作总结,
     * 依法行政工作报告) with their heading patterns, title patterns and deadlines. An id of a built-in
     * profile replaces it.
     */
    profiles: idRecord(UserProfileSchema).optional(),
    /** The year the report is about; read from the title or body when absent. */
    reportYear: z.number().int().min(1990).max(2100).optional(),
    /** Language of the messages. */
    locale: LocaleSchema.optional(),
    /** Settings for some files only (the editor's "disable this rule for this file" writes one). */
    overrides: z.array(ConfigOverrideSchema).optional(),
  })
  .strict();
export type Config = z.infer<typeof ConfigSchema>;

/** JSON Schema of the config file, for editor completion ($schema). */
export function configJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ConfigSchema, { target: "draft-7" });
}
