// The support, privacy and terms pages in every language (src/store-pages), for webpack.config.js to
// emit: the renderer is TypeScript over the shared catalogues, so it is bundled with esbuild (already
// the build's compiler, through esbuild-loader) and run here, once per build, in Node.
const path = require("node:path");
const esbuild = require("esbuild");

/** Build path ("support.html", "nl/support.html") -> HTML. */
function renderStorePages() {
  const built = esbuild.buildSync({
    entryPoints: [path.join(__dirname, "..", "src", "store-pages", "render.ts")],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    write: false,
    logLevel: "silent",
  });
  const module = { exports: {} };
  // The bundle is our own source, compiled a moment ago: evaluated as a CommonJS module.
  new Function("module", "exports", "require", built.outputFiles[0].text)(module, module.exports, require);
  return module.exports.renderStorePages();
}

module.exports = { renderStorePages };
