import { processIo } from "./io.js";
import { BUG_URL } from "./help.js";
import { run } from "./run.js";

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

process.exitCode = await run(process.argv.slice(2), processIo());
