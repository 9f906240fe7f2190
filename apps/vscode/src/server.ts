// The language server as the extension ships it: bundled whole into dist/server.js.
import "@reportlint/language-server/bin";
