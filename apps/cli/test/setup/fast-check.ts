// Runs before every test file (vitest.config.ts): each fast-check property stops after 3 s and still
// passes. fast-check counts a property cut short by interruptAfterTimeLimit as a success (the plugin's
// failOnInterrupt, formerly markInterruptAsFailure, stays off), so on a loaded machine a property runs
// fewer cases instead of hitting the 60 s test timeout. Unloaded, every property finishes its numRuns.
import fc from "fast-check";

fc.installGlobalPlugin(fc.interruptAfterTimeLimit(3_000));
