import { setFlagsFromString } from "node:v8";
import { BUG_URL, cliVersion } from "./version.js";

// A run of the CLI is short, and V8's optimising compiler spent more CPU compiling the rules (on
// threads of its own: the second core of a 2-core machine, which worker threads need) than its code
// saved before the run ended. A larger budget before a function is optimised leaves it only the
// really hot ones, and a smaller inlining budget makes each compile cheaper. Measured on 1,000
// report files (pnpm bench:batch): CPU 6.2 s → 4.4 s in the main thread, 8.9 s → 5.4 s on two
// workers; valgrind's instruction count on 300 files 15.3 G → 9.1 G. V8 flags are process-wide, so
// the worker threads get them too.
// Only on the V8 measured (Node 20's 11.x): V8 prints "unrecognized flag" for a flag it dropped.
if (process.versions.v8.startsWith("11.")) {
  for (const flag of ["--interrupt-budget=300000", "--max-inlined-bytecode-size-cumulative=300"]) setFlagsFromString(flag);
}

// A closed pipe (`reportlint … | head`) is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  });
}

const crash = (error: unknown) => {
  process.stderr.write(`reportlint: ${(error as Error)?.message ?? String(error)}\nThis is a bug in reportlint; please report it at ${BUG_URL}\n`);
  process.exitCode = 2;
};
process.on("uncaughtException", crash);
process.on("unhandledRejection", crash);

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-v")) {
  // What run() answers to this alone, without loading the linter.
  process.stdout.write(`${cliVersion()}\n`);
} else {
  const [{ run }, { processIo }] = await Promise.all([import("./run.js"), import("./io.js")]);
  process.exitCode = await run(argv, processIo());
}
