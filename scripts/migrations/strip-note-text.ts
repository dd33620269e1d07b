// One-off clean-up for databases written before note events stopped carrying text (docs/data-model.md,
// "Note text: in the projection only"): removes `body` from old `note_added` / `note_edited` events and
// fills in `length`. Run once per deployment; running it again finds nothing to do.
//
//   npx tsx --tsconfig scripts/migrations/tsconfig.json scripts/migrations/strip-note-text.ts \
//     [--project <id>] [--org <id>] [--dry-run]
//
// Without --project it targets the local emulators (project demo-baton), as the seed does; with
// --project it uses Application Default Credentials (`gcloud auth application-default login`).
import { deleteApp, initializeApp } from "firebase-admin/app";
import { getFirestore } from "firebase-admin/firestore";
import { stripNoteText } from "./strip-note-events";

const EMULATOR_PROJECT = "demo-baton";

function flag(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  if (index === -1) return undefined;
  const value = process.argv[index + 1];
  if (value === undefined || value.startsWith("--")) throw new Error(`${name} needs a value`);
  return value;
}

async function main(): Promise<void> {
  const started = Date.now();
  const project = flag("--project");
  const org = flag("--org");
  const dryRun = process.argv.includes("--dry-run");
  if (project === undefined) {
    // Same defaults as the seed: a demo- project has no real backend and no metadata server to probe.
    process.env["METADATA_SERVER_DETECTION"] ??= "none";
    process.env["FIRESTORE_EMULATOR_HOST"] ??= "127.0.0.1:8080";
  }
  const emulator = process.env["FIRESTORE_EMULATOR_HOST"];
  const projectId = project ?? EMULATOR_PROJECT;
  console.log(
    `strip-note-text: project ${projectId}${emulator === undefined ? "" : ` (emulator at ${emulator})`}` +
      `${org === undefined ? "" : `, org ${org}`}${dryRun ? ", dry run: nothing is written" : ""}`,
  );
  const app = initializeApp({ projectId });
  try {
    const s = await stripNoteText(getFirestore(app), { dryRun, ...(org === undefined ? {} : { org }) });
    console.log(
      `strip-note-text: done in ${Date.now() - started} ms: ${s.orgs} orgs, ${s.conversations} conversations, ` +
        `${s.noteEvents} note events, ${s.withText} with text, ` +
        (dryRun ? "none stripped (dry run)" : `${s.stripped} stripped (${s.lengthsAdded} given a length)`),
    );
  } finally {
    await deleteApp(app);
  }
}

main().catch((error: unknown) => {
  // Nothing is lost on failure: committed batches stay, and a re-run picks up what is left.
  console.error(`strip-note-text failed: ${error instanceof Error ? error.message : String(error)}`);
  console.error("strip-note-text: run it again; it resumes by re-querying");
  process.exitCode = 1;
});
