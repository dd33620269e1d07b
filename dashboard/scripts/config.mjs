// Runtime configuration of the dashboard page, written to dist/config.js (window.__BATON_CONFIG__).
// Two targets, as for the Outlook task pane: "local" (the Firebase emulators of `npm start`, a demo
// member picker) and "production" (BATON_TARGET=production with BATON_API_BASE and
// BATON_FIREBASE_CONFIG from the environment, Google sign-in). A fresh local stack (`npm start --
// --fresh`: BATON_FRESH=1, or `node build.mjs --fresh`) offers no demo members: nobody is one yet,
// and the first person signs in with any address through the Auth emulator.
export function runtimeConfig(
  target = process.env.BATON_TARGET ?? "local",
  env = process.env,
  argv = process.argv,
) {
  if (target === "production") {
    return {
      target,
      apiBase: env.BATON_API_BASE || "https://us-central1-YOUR-PROJECT.cloudfunctions.net/api/v1",
      firebase: JSON.parse(env.BATON_FIREBASE_CONFIG || '{"apiKey":"","authDomain":"","projectId":""}'),
      demoMembers: [],
      demoPassword: null,
      emulators: null,
    };
  }
  const projectId = env.GCLOUD_PROJECT || "demo-baton";
  return {
    target: "local",
    apiBase: env.BATON_API_BASE || `http://127.0.0.1:5001/${projectId}/us-central1/api/v1`,
    firebase: { apiKey: "demo-key", authDomain: `${projectId}.firebaseapp.com`, projectId },
    // Leads and admins first: the dashboard is theirs; the others show what they are refused.
    demoMembers: isFresh(env, argv)
      ? []
      : (env.BATON_DEMO_MEMBERS || "lead,admin,ana,viewer")
          .split(",")
          .map((name) => (name.includes("@") ? name : `${name}@demo.baton.test`)),
    demoPassword: env.BATON_DEMO_PASSWORD || "demo-password",
    emulators: {
      auth: `http://${env.FIREBASE_AUTH_EMULATOR_HOST || "127.0.0.1:9099"}`,
      firestore: env.FIRESTORE_EMULATOR_HOST || "127.0.0.1:8080",
    },
  };
}

/** Whether the local stack is fresh (no demo org): BATON_FRESH=1 or a --fresh flag. */
export function isFresh(env = process.env, argv = process.argv) {
  return env.BATON_FRESH === "1" || argv.includes("--fresh");
}

export function configScript(config) {
  return `window.__BATON_CONFIG__ = ${JSON.stringify(config)};\n`;
}
