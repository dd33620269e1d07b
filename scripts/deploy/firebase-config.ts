// The firebase config `firebase deploy` uses (firebase.deploy.json at the repo root, so its paths read
// as the root firebase.json's do). The root firebase.json stays the local emulators' config.

import { storePagePaths } from "../../outlook-addin/src/store-pages/pages";

export const DEPLOY_CONFIG_FILE = "firebase.deploy.json";

/**
 * `hostingDir` relative to the repo root, e.g. ".deploy/acme-baton/hosting"; `region` is where the
 * functions run (BATON_REGION), which Hosting's function rewrite must name.
 */
export function deployFirebaseConfig(hostingDir: string, region: string): object {
  return {
    functions: [
      {
        source: "backend",
        codebase: "default",
        runtime: "nodejs22",
        ignore: ["node_modules", "src", "*.test.ts", "*.log", "tsconfig.json", "build.mjs", "test", "bench"],
      },
    ],
    firestore: { rules: "firestore.rules", indexes: "firestore.indexes.json" },
    hosting: {
      public: hostingDir,
      ignore: ["**/.DS_Store", "**/node_modules/**"],
      headers: [
        {
          source: "/.well-known/microsoft-officeaddins-allowed.json",
          headers: [{ key: "Content-Type", value: "application/json" }],
        },
        // A re-deploy's new manifest and config must reach Office and browsers at once.
        {
          source: "/@(manifest.xml|config.js|dashboard/config.js)",
          headers: [{ key: "Cache-Control", value: "no-cache" }],
        },
      ],
      redirects: [{ source: "/", destination: "/dashboard/", type: 302 }],
      rewrites: [
        // The store listing's support, privacy and terms URLs, without the .html, in every language
        // (/support, /nl/support).
        ...storePagePaths().map((page) => ({
          source: `/${page.replace(/\.html$/, "")}`,
          destination: `/${page}`,
        })),
        // The customer survey's links (BATON_HOSTING_ORIGIN/csat?t=…&r=N) answered by the csat function.
        { source: "/csat", function: { functionId: "csat", region } },
      ],
    },
  };
}
