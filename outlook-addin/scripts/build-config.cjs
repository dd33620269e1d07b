// Build-time facts shared by webpack.config.js, the manifest script and the dev server.
// Two targets: "local" (the default: https://localhost:3000, the Firebase emulators, office.js from
// the npm package) and "production" (BATON_TARGET=production: BATON_ADDIN_ORIGIN, BATON_API_BASE and
// BATON_FIREBASE_CONFIG from the environment, office.js from Microsoft's CDN).
const LOCAL_ORIGIN = "https://localhost:3000";
const PRODUCTION_ORIGIN_PLACEHOLDER = "https://baton.example.com";
const CDN_OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const MANIFEST_XML = require("node:path").join(__dirname, "..", "..", "manifests", "outlook", "manifest.xml");
const MICROSOFT_AUTHORITY = "https://login.microsoftonline.com/organizations";

function addinOrigin(target) {
  if (target !== "production") return LOCAL_ORIGIN;
  return (process.env.BATON_ADDIN_ORIGIN || PRODUCTION_ORIGIN_PLACEHOLDER).replace(/\/+$/, "");
}

function officeJsUrl(target) {
  return target === "production" ? CDN_OFFICE_JS : "/office-js/office.js";
}

/** The manifest's Url resource `id` (bt:Url DefaultValue), as written (https://localhost:3000/...). */
function manifestUrl(xml, id) {
  const match = new RegExp(`<bt:Url\\s+id="${id}"\\s+DefaultValue="([^"]+)"`).exec(xml);
  if (match === null) throw new Error(`manifests/outlook/manifest.xml has no bt:Url "${id}".`);
  return match[1];
}

/** The same substitution scripts/manifest.ts applies to the manifest (check-manifest.ts withOrigin). */
function withAddinOrigin(url, target) {
  const origin = new URL(addinOrigin(target));
  return url
    .replaceAll(LOCAL_ORIGIN, origin.origin)
    .replaceAll("api://localhost:3000", `api://${origin.host}`);
}

/**
 * /.well-known/microsoft-officeaddins-allowed.json: every JavaScript file the manifest's event runtimes
 * load alone (`<Override type="javascript">`), which classic Outlook on Windows needs for SSO and CORS.
 */
function officeAddinsAllowed(target, xml = require("node:fs").readFileSync(MANIFEST_XML, "utf8")) {
  const ids = [...xml.matchAll(/<Override\s+type="javascript"\s+resid="([^"]+)"/g)].map((m) => m[1]);
  const allowed = [...new Set(ids.map((id) => withAddinOrigin(manifestUrl(xml, id), target)))];
  return `${JSON.stringify({ allowed }, null, 2)}\n`;
}

/** The manifest's Entra app (WebApplicationInfo): the dialog asks for a token to the same API. */
function manifestApp(xml = require("node:fs").readFileSync(MANIFEST_XML, "utf8")) {
  const id = /<WebApplicationInfo>\s*<Id>([^<]+)<\/Id>\s*<Resource>([^<]+)<\/Resource>/.exec(xml);
  return id === null ? { clientId: "", resource: "" } : { clientId: id[1], resource: id[2] };
}

/**
 * The SSO fallback's Microsoft sign-in (signin.html, MSAL): Entra by default; BATON_MS_* point the
 * local stack and the tests at a stand-in identity provider (protocol mode OIDC, its host listed in
 * knownAuthorities so MSAL skips Microsoft's instance discovery).
 */
function microsoftConfig(target, env) {
  const app = manifestApp();
  const resource = withAddinOrigin(app.resource, target);
  const list = (value) =>
    (value ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  return {
    clientId: env.BATON_MS_CLIENT_ID || app.clientId,
    authority: env.BATON_MS_AUTHORITY || MICROSOFT_AUTHORITY,
    knownAuthorities: list(env.BATON_MS_KNOWN_AUTHORITIES),
    protocolMode: env.BATON_MS_PROTOCOL_MODE === "OIDC" ? "OIDC" : "AAD",
    // Our own API's scope (the one Office SSO's token carries): the backend accepts its audience.
    scopes: env.BATON_MS_SCOPES ? list(env.BATON_MS_SCOPES) : [`${resource}/access_as_user`],
  };
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
      microsoft: microsoftConfig(target, env),
    };
  }
  const projectId = env.GCLOUD_PROJECT || "demo-baton";
  return {
    target,
    apiBase: env.BATON_API_BASE || `http://127.0.0.1:5001/${projectId}/us-central1/api/v1`,
    // A demo- project needs no real key; the SDK only needs a non-empty string.
    firebase: { apiKey: "demo-key", authDomain: `${projectId}.firebaseapp.com`, projectId },
    org: env.BATON_ORG || "demo",
    // The seeded demo members the local "Sign in as" picker offers (scripts/seed, issue 3). Set to
    // an empty string, none: the pane offers Microsoft sign-in as in production.
    demoMembers: (env.BATON_DEMO_MEMBERS ?? "ana,ben,chen,dara,eli,lead,admin,viewer")
      .split(",")
      .filter(Boolean)
      .map((name) => (name.includes("@") ? name : `${name}@demo.baton.test`)),
    // No demo members, no demo sign-in (the pane's `as` parameter then only names the Outlook user).
    demoPassword: env.BATON_DEMO_MEMBERS === "" ? null : env.BATON_DEMO_PASSWORD || "demo-password",
    emulators: {
      auth: `http://${env.FIREBASE_AUTH_EMULATOR_HOST || "127.0.0.1:9099"}`,
      firestore: env.FIRESTORE_EMULATOR_HOST || "127.0.0.1:8080",
    },
    microsoft: microsoftConfig(target, env),
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
  officeAddinsAllowed,
  runtimeConfig,
  pageConfig,
};
