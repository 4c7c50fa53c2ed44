// Bundles src/main.tsx (and the CSS it imports) into the output folder given as the first argument
// (default: ../Krisenstab.Gateway/wwwroot) and copies public/ beside it. Minified, no source maps, no CDN.
import { build } from "esbuild";
import { cpSync, mkdirSync, rmSync } from "node:fs";
import { resolve } from "node:path";

const out = resolve(process.argv[2] ?? "../Krisenstab.Gateway/wwwroot");
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
cpSync("public", out, { recursive: true });

await build({
  entryPoints: { app: "src/main.tsx" },
  outdir: out,
  bundle: true,
  minify: true,
  format: "esm",
  target: "es2022",
  platform: "browser",
  jsx: "automatic",
  jsxImportSource: "preact",
  legalComments: "linked",
  logLevel: "warning",
});
