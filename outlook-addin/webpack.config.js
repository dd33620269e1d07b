// Builds the task pane and the OnMessageSend runtime into dist/, and, for the local target only, the
// workbench (its own workspace, ../workbench: development pages that never reach a production build)
// beside them, so the workbench's iframe and dialogs share the pane's origin.
// Plain JS config: webpack-cli warns on Node 20 with a TypeScript one. esbuild-loader (not ts-loader,
// which needs the TypeScript compiler API that TypeScript 7 no longer has).
const path = require("node:path");
const webpack = require("webpack");
const CopyPlugin = require("copy-webpack-plugin");
const TerserPlugin = require("terser-webpack-plugin");
const {
  pageConfig,
  officeJsUrl,
  addinOrigin,
  runtimeConfig,
  officeAddinsAllowed,
} = require("./scripts/build-config.cjs");
const { renderStorePages } = require("./scripts/store-pages.cjs");

/** Emits a file the build computes (not copied from public/). */
function emitFile(name, content) {
  return {
    apply(compiler) {
      compiler.hooks.thisCompilation.tap("BatonEmitFile", (compilation) => {
        compilation.hooks.processAssets.tap(
          { name: "BatonEmitFile", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
          () => {
            compilation.emitAsset(name, new webpack.sources.RawSource(content()));
          },
        );
      });
    },
  };
}

/**
 * bundle-files.json: each entry's first files (what its page's script tag loads) and the chunks it may
 * load later (the Firestore SDK, the catalogues), so the budget check (src/budget/bundle.ts) measures
 * the files the build made rather than guessing names.
 */
function bundleFiles() {
  return {
    apply(compiler) {
      compiler.hooks.thisCompilation.tap("BatonBundleFiles", (compilation) => {
        compilation.hooks.processAssets.tap(
          { name: "BatonBundleFiles", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
          () => {
            const js = (chunks) =>
              [...new Set([...chunks].flatMap((chunk) => [...chunk.files]))]
                .filter((f) => f.endsWith(".js"))
                .sort();
            const files = {};
            for (const [name, entrypoint] of compilation.entrypoints) {
              const later = entrypoint.chunks.flatMap((chunk) => [...chunk.getAllAsyncChunks()]);
              files[name] = { first: js(entrypoint.chunks), later: js(later) };
            }
            compilation.emitAsset(
              "bundle-files.json",
              new webpack.sources.RawSource(JSON.stringify(files, null, 2)),
            );
          },
        );
      });
    },
  };
}

module.exports = (_env, argv) => {
  const production = argv.mode === "production";
  const target = process.env.BATON_TARGET === "production" ? "production" : "local";
  const workbench = path.resolve(__dirname, "../workbench");
  const substitute = (content) =>
    content
      .toString()
      .replaceAll("%OFFICE_JS%", officeJsUrl(target))
      .replaceAll("%ORIGIN%", addinOrigin(target));
  return {
    mode: production ? "production" : "development",
    devtool: production ? false : "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      // The compose-mode pane (compose.html): templates and "is replying"; no Firebase SDK, so it stays small.
      compose: "./src/compose/index.tsx",
      "launch-event": "./src/commands/launch-event.ts",
      // The SSO fallback dialog (signin.html): MSAL lives in this entry only, never in the task pane.
      signin: "./src/signin/index.ts",
      // The workbench page and the Office stand-in its pane copies load instead of office.js.
      ...(target === "local"
        ? {
            workbench: path.join(workbench, "src/index.tsx"),
            "host-standin": path.join(workbench, "src/host-standin-entry.ts"),
          }
        : {}),
    },
    // BATON_OUT_DIR: build somewhere else (e.g. a production build next to the local one).
    output: {
      path: path.resolve(__dirname, process.env.BATON_OUT_DIR || "dist"),
      filename: "[name].js",
      // Lazy chunks by name where the import names one (live.js: the Firestore SDK), else by id.
      chunkFilename: "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      alias: {
        // See src/vendor/re2js-stub.ts: only Firestore pipelines use it.
        re2js$: path.resolve(__dirname, "src/vendor/re2js-stub.ts"),
        react: "preact/compat",
        "react-dom": "preact/compat",
      },
    },
    module: {
      rules: [
        {
          test: /\.[jt]sx?$/,
          exclude: /node_modules/,
          loader: "esbuild-loader",
          options: { target: "es2020", jsx: "automatic", jsxImportSource: "preact" },
        },
      ],
    },
    plugins: [
      new webpack.DefinePlugin({
        "process.env.NODE_ENV": JSON.stringify(production ? "production" : "development"),
        BATON_BUILD_CONFIG: JSON.stringify(runtimeConfig(target)),
      }),
      new CopyPlugin({
        patterns: [
          {
            from: "public/*.{html,css}",
            to: "[name][ext]",
            transform: substitute,
          },
          ...(target === "local"
            ? [
                {
                  context: path.join(workbench, "public"),
                  from: "*.{html,css}",
                  to: "[name][ext]",
                  transform: substitute,
                },
              ]
            : []),
          { from: "public/assets", to: "assets" },
          // The local stack and the tests serve Microsoft's office.js from the npm package; production
          // pages load it from Microsoft's CDN, as Microsoft requires (see build-config.cjs).
          ...(target === "local"
            ? [
                {
                  context: path.dirname(require.resolve("@microsoft/office-js/dist/office.js")),
                  from: "{office.js,o15apptofilemappingtable.js,outlook-*[0-9].js,en-us/*[!g].js}",
                  to: "office-js/[path][name][ext]",
                },
              ]
            : []),
          { from: "public/config.template.js", to: "config.js", transform: () => pageConfig(target) },
        ],
      }),
      // Classic Outlook on Windows loads the event runtime's JS alone and allows it SSO and CORS only
      // when the add-in's origin lists it here (same origin substitution as the manifest).
      emitFile(".well-known/microsoft-officeaddins-allowed.json", () => officeAddinsAllowed(target)),
      bundleFiles(),
      // The store pages (support, privacy, terms) in every language, from the `store` catalogue area.
      ...Object.entries(renderStorePages()).map(([name, html]) => emitFile(name, () => html)),
    ],
    // SWC's minifier: terser's dead-code elimination inside webpack's module scopes (which esbuild's
    // minifier skips, +60 KB gzipped) at a fraction of terser's minutes on firebase's SDK.
    optimization: {
      minimizer: [
        new TerserPlugin({
          minify: TerserPlugin.swcMinify,
          extractComments: false,
          terserOptions: { compress: { passes: 2 } },
        }),
      ],
    },
    performance: { hints: false },
  };
};
