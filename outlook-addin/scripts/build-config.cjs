// Build-time facts shared by webpack.config.js, the manifest script and the dev server.
// Two targets: "local" (the default: https://localhost:3000, the Firebase emulators, office.js from
// the npm package) and "production" (BATON_TARGET=production: BATON_ADDIN_ORIGIN, BATON_API_BASE and
// BATON_FIREBASE_CONFIG from the environment, office.js from Microsoft's CDN).
const LOCAL_ORIGIN = "https://localhost:3000";
const PRODUCTION_ORIGIN_PLACEHOLDER = "https://baton.example.com";
const CDN_OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

function addinOrigin(target) {
  if (target !== "production") return LOCAL_ORIGIN;
  return (process.env.BATON_ADDIN_ORIGIN || PRODUCTION_ORIGIN_PLACEHOLDER).replace(/\/+$/, "");
}

function officeJsUrl(target) {
  return target === "production" ? CDN_OFFICE_JS : "/office-js/office.js";
}

/** The runtime configuration every page reads from /config.js (window.__BATON_CONFIG__). */
function runtimeConfig(target, env = process.env) {
  if (target === "production") {
    return {
      target,
      apiBase: env.BATON_API_BASE || "https://us-central1-YOUR-PROJECT.cloudfunctions.net/api/v1",
      firebase: JSON.parse(env.BATON_FIREBASE_CONFIG || '{"apiKey":"","authDomain":"","projectId":""}'),
      org: null,
      demoMembers: [],
      demoPassword: null,
      emulators: null,
    };
  }
  const projectId = env.GCLOUD_PROJECT || "demo-baton";
  return {
    target,
    apiBase: env.BATON_API_BASE || `http://127.0.0.1:5001/${projectId}/us-central1/api/v1`,
    // A demo- project needs no real key; the SDK only needs a non-empty string.
    firebase: { apiKey: "demo-key", authDomain: `${projectId}.firebaseapp.com`, projectId },
    org: env.BATON_ORG || "demo",
    // The seeded demo members the local "Sign in as" picker offers (scripts/seed, issue 3).
    demoMembers: (env.BATON_DEMO_MEMBERS || "ana,ben,chen,dara,eli,lead,admin,viewer")
      .split(",")
      .map((name) => (name.includes("@") ? name : `${name}@demo.baton.test`)),
    demoPassword: env.BATON_DEMO_PASSWORD || "demo-password",
    emulators: {
      auth: `http://${env.FIREBASE_AUTH_EMULATOR_HOST || "127.0.0.1:9099"}`,
      firestore: env.FIRESTORE_EMULATOR_HOST || "127.0.0.1:8080",
    },
  };
}

function pageConfig(target, env = process.env) {
  return `window.__BATON_CONFIG__ = ${JSON.stringify(runtimeConfig(target, env))};\n`;
}

module.exports = {
  LOCAL_ORIGIN,
  PRODUCTION_ORIGIN_PLACEHOLDER,
  CDN_OFFICE_JS,
  addinOrigin,
  officeJsUrl,
  runtimeConfig,
  pageConfig,
};
