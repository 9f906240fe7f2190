export { CONFIG_FILE_NAMES, CONFIG_LOAD_TIMEOUT_MS, ConfigFinder, ConfigLoadError, invalidConfigError, loadConfigFile } from "./config-files.js";
export type { ConfigFinderOptions, ConfigLoadOptions, LoadedConfig } from "./config-files.js";
export { configLayersFor } from "./layers.js";
export { CONFIG_MESSAGES } from "./messages.js";
