// Regenerates schema/config.schema.json from ConfigSchema (run after `build`; a test checks it is current).
import { writeFileSync } from "node:fs";
import { configJsonSchema } from "../dist/index.js";

const url = new URL("../schema/config.schema.json", import.meta.url);
writeFileSync(url, `${JSON.stringify(configJsonSchema(), null, 2)}\n`);
console.log(`wrote ${url.pathname}`);
