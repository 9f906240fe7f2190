export { startServer, COMMANDS } from "./server.js";
export type { ServerOptions } from "./server.js";
export { readSettings, ServerSettingsSchema } from "./settings.js";
export type { ServerSettings } from "./settings.js";
