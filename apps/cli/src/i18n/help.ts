import type { MessageTable } from "./localize.js";

/** --help, the pointer to it after a usage error, and the words of --init. Option names stay as typed. */
export const HELP_MESSAGES: MessageTable<"help" | "seeHelp" | "created"> = {
  zh: {
    help: `reportlint：检查政府年度报告（法治政府建设年度报告等）

用法：reportlint [选项] <文件|目录|通配符|->...

  在目录中查找 .txt .md .docx .html .htm .pdf 文件（跳过 node_modules 和以“.”开头的目录）；
  “-”表示读取标准输入。

输出：
  -f, --format <name>        输出格式：stylish（默认）、json、sarif、github、unix、html
  -o, --output-file <path>   把报告写入文件，而不是输出到屏幕
  -q, --quiet                只报告错误
      --include-info         也报告“提示”级别的问题
      --max-warnings <n>     警告多于 n 个时以退出码 1 结束
      --locale <zh|en>       消息语言：zh（中文，默认）或 en（英文）
      --color, --no-color    强制开启或关闭颜色（也遵循 NO_COLOR 和 FORCE_COLOR 环境变量）

自动改正：
      --fix                  把安全的改正写回 .txt/.md 文件（标准输入：输出改正后的文本）
      --fix-dry-run          只计算改正、不写入文件（json 格式会给出 "output"）
      --fix-type <type>      safe（默认，只做安全改正）或 suggestion（也采用每处问题的第一条建议）

配置：
  -c, --config <path>        使用这个配置文件，不再自动查找
      --no-config-lookup     不使用文件附近找到的配置文件（只用 -c 指定的）
      --rule <id>:<level>    把规则设为 off、info、warn 或 error（可重复）
      --report-year <YYYY>   报告所述的年度
      --profile <name>       报告类型：fazhi-annual、zhengwu-gongkai-annual 或配置中定义的类型
      --today <YYYY-MM-DD>   日期检查所用的“今天”（默认：本机日期）
      --published <date>     发布日期，YYYY-MM-DD（代替正文中的“发布时间”）
      --stdin-filename <f>   标准输入的文件名（用于消息和查找配置）
      --print-config [file]  输出某个文件所用的配置后退出
      --init                 生成一个初始配置文件 reportlint.config.json

批量检查：
      --concurrency <n|auto|off>  工作线程数（auto：至少 3 个 CPU 核且文件达 32 个时每核一个）
      --cache                未改动的文件沿用上次结果（保存在 .reportlintcache）
      --cache-location <p>   --cache 的结果文件位置
      --ignore-path <file>   从此文件读取忽略规则，代替 .reportlintignore
      --no-ignore            不读取忽略文件
      --max-file-size <MB>   超过此大小的文件不读取（默认 32）

  -h, --help                 显示本帮助
  -v, --version              显示版本号

退出码：0 没有错误；1 有错误（或警告过多）；2 命令行、配置或输入文件有问题。
`,
    seeHelp: "运行 reportlint --help 查看用法。",
    created: "已创建 {{file}}",
  },
  en: {
    help: `reportlint: checks Chinese government annual reports (法治政府建设年度报告)

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
      --concurrency <n|auto|off>  worker threads (auto: one per core from 32 files on, with 3 cores or more)
      --cache                reuse results of unchanged files (kept in .reportlintcache)
      --cache-location <p>   where --cache keeps its file
      --ignore-path <file>   ignore patterns from this file instead of .reportlintignore
      --no-ignore            read no ignore file
      --max-file-size <MB>   refuse larger files before reading them (default 32)

  -h, --help                 show this help
  -v, --version              show the version

Exit codes: 0 no errors, 1 lint errors (or too many warnings), 2 usage, config or input error.
`,
    seeHelp: 'Run "reportlint --help" for usage.',
    created: "Created {{file}}",
  },
};
