import { LocaleSchema, RuleSettingSchema } from "@reportlint/report-model";
import { z } from "zod";

/** The client's `reportlint.*` settings (VS Code settings, or initializationOptions elsewhere). */
export const ServerSettingsSchema = z.object({
  /** Lint documents at all. */
  enable: z.boolean().default(true),
  /** Language of the messages; the config's `locale` (default zh) when absent. */
  locale: LocaleSchema.optional(),
  /** Rule settings over the config's, as in the config's "rules". */
  rules: z.record(z.string(), RuleSettingSchema).default({}),
  /** Milliseconds without a change before a document is linted. */
  debounceMs: z.number().int().min(0).max(5_000).default(200),
});
export type ServerSettings = z.infer<typeof ServerSettingsSchema>;

/** Settings from whatever the client sent: invalid fields fall back to their defaults, one by one. */
export function readSettings(raw: unknown): ServerSettings {
  const given = typeof raw === "object" && raw !== null ? (raw as Record<string, unknown>) : {};
  const shape = ServerSettingsSchema.shape;
  const field = <K extends keyof typeof shape>(key: K) => {
    const parsed = shape[key].safeParse(given[key]);
    return parsed.success ? parsed.data : shape[key].parse(undefined);
  };
  return { enable: field("enable"), locale: field("locale"), rules: field("rules"), debounceMs: field("debounceMs") } as ServerSettings;
}
