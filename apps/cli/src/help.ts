import { readFileSync } from "node:fs";

/** Where to report bugs; printed with unexpected errors. */
export const BUG_URL = "https://github.com/reportlint/reportlint/issues";

/** The CLI's version, from its package.json (read only when asked for). */
export function cliVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version?: string };
    return pkg.version ?? "0.0.0";
  } catch {
    return "0.0.0";
  }
}

/** The --help text. */
export const HELP = `reportlint: checks Chinese government annual reports (法治政府建设年度报告)

Usage: reportlint [options] <file|dir|glob|->...

  Directories are searched for .txt .md .docx .html .htm .pdf (skipping node_modules
  and dot-folders); "-" reads standard input.

Output:
  -f, --format <name>        stylish (default), json, sarif, github, unix, html
  -o, --output-file <path>   write the report to a file instead of standard output
  -q, --quiet                report errors only
      --include-info         also report info findings
      --max-warnings <n>     exit 1 when there are more than n warnings
      --locale <zh|en>       language of the messages (default zh)
      --color, --no-color    force colours on or off (NO_COLOR and FORCE_COLOR are respected)

Fixing:
      --fix                  apply safe fixes to .txt/.md files (stdin: print the fixed text)
      --fix-dry-run          compute fixes without writing them (json shows "output")
      --fix-type <type>      safe (default) or suggestion (also the first suggestion per finding)

Configuration:
  -c, --config <path>        use this config file instead of searching for one
      --no-config-lookup     use no config file found near the files (only -c, if given)
      --rule <id>:<level>    set a rule to off, info, warn or error (repeatable)
      --report-year <YYYY>   the year the report is about
      --profile <name>       report profile: fazhi-annual, zhengwu-gongkai-annual or one the config defines
      --today <YYYY-MM-DD>   today's date for date checks (default: the local date)
      --published <date>     publication date, YYYY-MM-DD (instead of a 发布时间 in the text)
      --stdin-filename <f>   name standard input (for messages and config lookup)
      --print-config [file]  print the configuration used for a file and exit
      --init                 write a starter reportlint.config.json

Many files:
      --concurrency <n|auto|off>  worker threads (auto: one per core from 32 files on)
      --cache                reuse results of unchanged files (kept in .reportlintcache)
      --cache-location <p>   where --cache keeps its file
      --ignore-path <file>   ignore patterns from this file instead of .reportlintignore
      --no-ignore            read no ignore file
      --max-file-size <MB>   refuse larger files before reading them (default 32)

  -h, --help                 show this help
  -v, --version              show the version

Exit codes: 0 no errors, 1 lint errors (or too many warnings), 2 usage, config or input error.
`;

/** The starter config written by --init. */
export const STARTER_CONFIG = `${JSON.stringify(
  {
    extends: "recommended",
    profile: "fazhi-annual",
    locale: "zh",
    rules: {},
  },
  null,
  2,
)}\n`;
