// Bundles src/main.tsx (and the CSS it imports) into the output folder given as the first argument
// (default: ../Krisenstab.Gateway/wwwroot) and copies public/ beside it. Minified, no source maps, no CDN.
// With --bench, bundles bench/bench.tsx instead (the benchmark page, never served by the gateway).
import { build } from "esbuild";
import { cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";

const bench = process.argv.includes("--bench");
const out = resolve(process.argv.slice(2).find((a) => !a.startsWith("--")) ?? "../Krisenstab.Gateway/wwwroot");
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
if (bench) {
  // Opened from file:// by the benchmark, where module scripts are refused: a classic script.
  writeFileSync(`${out}/index.html`, '<!doctype html><html lang="de"><head><meta charset="utf-8"><link rel="stylesheet" href="app.css">'
    + '<script src="app.js" defer></script></head><body><div id="app"></div></body></html>');
} else {
  cpSync("public", out, { recursive: true });
}

await build({
  entryPoints: { app: bench ? "bench/bench.tsx" : "src/main.tsx" },
  outdir: out,
  bundle: true,
  minify: !bench, // the benchmark page unminified, so that a trace names its functions
  format: bench ? "iife" : "esm",
  target: "es2022",
  platform: "browser",
  jsx: "automatic",
  jsxImportSource: "preact",
  legalComments: "linked",
  logLevel: "warning",
});
