import { extensionOf, type ReadErrorCode } from "@reportlint/readers";
import type { Locale, MessageData } from "@reportlint/report-model";
import { localize, type MessageTable } from "./localize.js";

/** The words of a run's own lines on stderr: why a file was not linted, totals, notices. */
export const RUN_MESSAGES = {
  en: {
    noSuchFile: "no such file or directory",
    permissionDenied: "permission denied",
    isDirectory: "is a directory",
    symlinkLoop: "a loop of symbolic links (the link leads back to itself)",
    readOnlyFileSystem: "read-only file system",
    ioError: "{{message}}",
    notRegularFile: "not a regular file or directory",
    noReportsInDirectory: "no reports found in this directory (looked for {{extensions}})",
    noGlobMatch: "no report files match this pattern",
    tooLarge: "file is too large ({{size}} MB; the limit is {{limit}} MB)",
    tooLargeWhileReading: "file is too large (more than {{limit}} MB, the limit)",
    stdinTooLarge: "standard input is larger than the limit ({{limit}} MB); stopped reading there",
    emptyFile: "empty file, nothing to lint",
    "read.unsupported-format": "{{message}}",
    "read.binary": "{{message}}",
    "read.undecodable": "{{message}}",
    "read.too-large": "{{message}}",
    "read.unencodable": "{{message}}",
    "read.corrupt": "{{message}}",
    "read.encrypted": "{{message}}",
    "read.no-text": "{{message}}",
    fixNotWritten: "could not write the fixes, the file is unchanged: {{reason}}",
    noFilesGiven: "no files given",
    seeHelp: 'Run "reportlint --help" for usage.',
    tooManyWarnings: "too many warnings ({{count}}; --max-warnings is {{max}})",
    internalError: "internal error: {{message}}",
    workerCrashed: "internal error: the worker linting this file stopped ({{message}})",
    pleaseReport: "This is a bug in reportlint; please report it at {{url}}",
    skippedTypes: "skipped {{count}} files of types reportlint does not read ({{types}})",
    ignoredFile: 'File ignored because of a matching ignore pattern. Use "--no-ignore" to lint it.',
    ignoreFileUnreadable: "cannot read the ignore file: {{reason}}",
    outputIsInput: "is an input ({{input}}); not overwriting it with the report",
    cannotWriteReport: "cannot write the report: {{reason}}",
    configExists: "already exists; not overwriting it",
    cannotCreate: "cannot create it: {{reason}}",
    cacheNotWritten: "could not write the cache: {{reason}}",
  },
  zh: {
    noSuchFile: "文件或目录不存在",
    permissionDenied: "没有权限读取",
    isDirectory: "是一个目录",
    symlinkLoop: "符号链接构成循环（链接最终指回自身）",
    readOnlyFileSystem: "文件系统只读",
    ioError: "{{message}}",
    notRegularFile: "既不是普通文件也不是目录",
    noReportsInDirectory: "此目录中没有找到报告（查找的扩展名：{{extensions}}）",
    noGlobMatch: "没有与此模式匹配的报告文件",
    tooLarge: "文件过大（{{size}} MB，上限 {{limit}} MB），未读取",
    tooLargeWhileReading: "文件过大（超过上限 {{limit}} MB），已停止读取",
    stdinTooLarge: "标准输入超过上限（{{limit}} MB），已停止读取",
    emptyFile: "空文件，没有可检查的内容",
    "read.unsupported-format": "reportlint 暂不能读取{{type}}文件（{{message}}）",
    "read.binary": "这是二进制文件，不是文本报告",
    "read.undecodable": "无法识别文件的文字编码，请另存为 UTF-8 文本",
    "read.too-large": "文件过大，未读取（{{message}}）",
    "read.unencodable": "修复后的文字无法按原编码写回，请先另存为 UTF-8",
    "read.corrupt": "文件已损坏或不完整，无法读取（{{message}}）",
    "read.encrypted": "文件有密码保护，无法读取（{{message}}）",
    "read.no-text": "文件中没有可检查的文字（{{message}}）",
    fixNotWritten: "未能写入修复，文件未改动：{{reason}}",
    noFilesGiven: "没有指定要检查的文件",
    seeHelp: "运行 reportlint --help 查看用法。",
    tooManyWarnings: "警告过多（{{count}} 个；--max-warnings 为 {{max}}）",
    internalError: "内部错误：{{message}}",
    workerCrashed: "内部错误：检查此文件的工作线程意外停止（{{message}}）",
    pleaseReport: "这是 reportlint 的缺陷，请在 {{url}} 报告",
    skippedTypes: "跳过了 {{count}} 个 reportlint 不读取的文件（{{types}}）",
    ignoredFile: "文件与忽略规则匹配，未检查。如需检查，请加 --no-ignore。",
    ignoreFileUnreadable: "无法读取忽略文件：{{reason}}",
    outputIsInput: "是输入文件（{{input}}），不会用报告覆盖它",
    cannotWriteReport: "无法写入报告：{{reason}}",
    configExists: "已存在，不会覆盖",
    cannotCreate: "无法创建：{{reason}}",
    cacheNotWritten: "未能写入缓存：{{reason}}",
  },
} as const satisfies MessageTable<string>;

/** The id of a run message. */
export type RunMessageId = keyof (typeof RUN_MESSAGES)["en"];

/** A message not yet put into words: the id and its data, rendered in the run's locale. */
export interface RunReason {
  readonly id: RunMessageId;
  readonly data?: MessageData;
}

/** A run message in `locale`. */
export function runMessage(locale: Locale, reason: RunReason): string {
  return localize(RUN_MESSAGES, locale, reason.id, reason.data);
}

/**
 * The reason for a reader's error: its English text for en; for zh the wording of its code, with the
 * reader's own detail (which part is damaged, what to do) kept in brackets where it says more.
 */
export function readErrorReason(error: { readonly code: ReadErrorCode; readonly message: string }, fileName: string): RunReason {
  const type = extensionOf(fileName);
  return { id: `read.${error.code}`, data: { message: error.message, type: type === "" ? "此类" : ` ${type} ` } };
}

/** The reason for a failed file-system call, by its error code. */
export function ioErrorReason(error: unknown): RunReason {
  const code = (error as { code?: string }).code;
  if (code === "ENOENT" || code === "ENOTDIR") return { id: "noSuchFile" };
  if (code === "EACCES" || code === "EPERM") return { id: "permissionDenied" };
  if (code === "EISDIR") return { id: "isDirectory" };
  if (code === "ELOOP") return { id: "symlinkLoop" };
  if (code === "EROFS") return { id: "readOnlyFileSystem" };
  return { id: "ioError", data: { message: (error as Error)?.message ?? String(error) } };
}
