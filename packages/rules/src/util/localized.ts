import type { Locale, LocalizedText } from "@reportlint/report-model";

/**
 * A profile's text in the message locale. Profiles written in a config may be in Chinese only, so
 * English falls back to the Chinese text.
 */
export const localized = (text: LocalizedText, locale: Locale): string => (locale === "en" ? (text.en ?? text.zh) : text.zh);
