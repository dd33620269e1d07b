// The pane's size budgets against a real production build of its two entries (SWC-minified, as
// shipped), so a change that pulls the Firestore SDK back into taskpane.js fails here, not in review.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import webpack from "webpack";
import {
  COMPOSE_JS_BUDGET_KB,
  entrySize,
  kb,
  TASKPANE_ALL_JS_BUDGET_KB,
  TASKPANE_FIRST_JS_BUDGET_KB,
  type EntrySize,
} from "./bundle";

const addin = join(__dirname, "..", "..");
let out: string;
let taskpane: EntrySize;
let compose: EntrySize;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), "baton-budget-"));
  const saved = { ...process.env };
  Object.assign(process.env, {
    BATON_TARGET: "production",
    BATON_ADDIN_ORIGIN: "https://baton.example",
    BATON_OUT_DIR: out,
  });
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the CommonJS config as webpack-cli loads it
    const makeConfig = require(join(addin, "webpack.config.js")) as (
      env: unknown,
      argv: { mode: string },
    ) => webpack.Configuration;
    const config = { ...makeConfig({}, { mode: "production" }), context: addin };
    config.entry = { taskpane: "./src/taskpane/index.tsx", compose: "./src/compose/index.tsx" };
    const stats = await new Promise<webpack.Stats>((resolve, reject) => {
      webpack(config, (error, result) => {
        if (error) reject(error);
        else resolve(result!);
      });
    });
    if (stats.hasErrors()) throw new Error(stats.toString("errors-only"));
  } finally {
    process.env = saved;
  }
  taskpane = entrySize(out, "taskpane");
  compose = entrySize(out, "compose");
}, 180_000);

afterAll(() => {
  rmSync(out, { recursive: true, force: true });
});

describe("the Outlook pane's size budgets (gzip -9)", () => {
  it(`keeps the first bundle, taskpane.js, within ${TASKPANE_FIRST_JS_BUDGET_KB} KB`, () => {
    expect({
      first: kb(taskpane.first),
      within: taskpane.first <= TASKPANE_FIRST_JS_BUDGET_KB * 1024,
    }).toEqual({
      first: kb(taskpane.first),
      within: true,
    });
  });

  it(`keeps everything the pane may load (live updates, catalogues) within ${TASKPANE_ALL_JS_BUDGET_KB} KB`, () => {
    expect({ all: kb(taskpane.all), within: taskpane.all <= TASKPANE_ALL_JS_BUDGET_KB * 1024 }).toEqual({
      all: kb(taskpane.all),
      within: true,
    });
  });

  it("loads the Firestore SDK after the first view, as a chunk of its own", () => {
    expect(Object.keys(taskpane.files)).toContain("live.js");
    // The listener's chunk and the SDK it pulls in are most of the later bytes.
    expect(taskpane.all - taskpane.first).toBeGreaterThan(50 * 1024);
  });

  it(`keeps the compose pane within ${COMPOSE_JS_BUDGET_KB} KB`, () => {
    expect({ all: kb(compose.all), within: compose.all <= COMPOSE_JS_BUDGET_KB * 1024 }).toEqual({
      all: kb(compose.all),
      within: true,
    });
  });
});
