/** The output formats `--format` accepts. */
export const FORMAT_NAMES = ["stylish", "json", "sarif", "github", "unix", "html"] as const;

/** One of FORMAT_NAMES. */
export type FormatName = (typeof FORMAT_NAMES)[number];
