// Preloaded by cold.mjs (node -r): writes the process's CPU time (user + system, seconds) to fd 3 at
// exit, a figure that holds up better than wall time on a busy machine.
"use strict";
const { writeSync } = require("node:fs");
process.on("exit", () => {
  const { user, system } = process.cpuUsage();
  writeSync(3, `${(user + system) / 1e6}\n`);
});
