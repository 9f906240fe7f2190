import { BUG_URL, cliVersion } from "./version.js";

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
