// The server's lint worker, bundled beside the server as dist/lint-worker.js (the server looks there).
import "@reportlint/language-server/lint-worker";
