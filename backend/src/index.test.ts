// The entry as deploy-time discovery and a cold instance see it: every function defined with its
// options, and none of what the functions run loaded until one of them runs.
type Endpoint = { __endpoint?: Record<string, unknown> } | undefined;

/**
 * The clients only some functions use: loading the entry must not touch them. (firebase-admin's app,
 * auth and firestore are not listed: firebase-functions' own trigger modules load them.)
 */
const HEAVY = [
  "@googleapis/gmail",
  "@microsoft/microsoft-graph-client",
  "@azure/msal-node",
  "date-holidays",
  "jose",
  "firebase-admin/functions",
];

function loadEntry(env: Record<string, string | undefined>): Record<string, Endpoint> {
  const saved = { ...process.env };
  process.env = { ...saved, ...env };
  try {
    let entry: Record<string, Endpoint> = {};
    jest.isolateModules(() => {
      for (const name of HEAVY)
        jest.doMock(name, () => {
          throw new Error(`${name} was loaded with the entry`);
        });
      entry = jest.requireActual<Record<string, Endpoint>>("./index");
    });
    return entry;
  } finally {
    process.env = saved;
    for (const name of HEAVY) jest.dontMock(name);
  }
}

function deployed(entry: Record<string, Endpoint>): string[] {
  return Object.entries(entry)
    .filter(([, fn]) => fn?.__endpoint !== undefined)
    .map(([name]) => name)
    .sort();
}

describe("functions entry", () => {
  it.each(["api", "slaSweeper", "connectorsPoll", undefined])(
    "loads no client any function runs (FUNCTION_TARGET=%s)",
    (target) => {
      expect(() => loadEntry({ FUNCTION_TARGET: target, FUNCTIONS_EMULATOR: undefined })).not.toThrow();
    },
  );

  it("shows a deploy every function, with its schedule, secrets and bound, and no emulator-only one", () => {
    const entry = loadEntry({ FUNCTION_TARGET: undefined, FUNCTIONS_EMULATOR: undefined });
    expect(deployed(entry)).toEqual([
      "api",
      "connectorsGmailPush",
      "connectorsGraphNotify",
      "connectorsPoll",
      "connectorsRenewPush",
      "csat",
      "followUpSweeper",
      "jobRunner",
      "retentionSweeper",
      "routingSweeper",
      "slaDeadline",
      "slaSchedule",
      "slaSweeper",
    ]);
    expect(entry.connectorsPoll?.__endpoint).toMatchObject({
      scheduleTrigger: { schedule: "every 5 minutes" },
      secretEnvironmentVariables: [{ key: "GMAIL_SERVICE_ACCOUNT_JSON" }, { key: "MS_GRAPH_CLIENT_SECRET" }],
      maxInstances: 1,
    });
    expect(entry.api?.__endpoint).toMatchObject({ maxInstances: 10 });
    // The customer survey page answers strangers: bounded so a flood of clicks cannot scale it out.
    expect(entry.csat?.__endpoint).toMatchObject({ maxInstances: 2 });
  });

  it("shows the emulator the on-demand runs instead of the Cloud Tasks trigger", () => {
    const entry = loadEntry({ FUNCTION_TARGET: undefined, FUNCTIONS_EMULATOR: "true" });
    const names = deployed(entry);
    expect(names).toEqual(
      expect.arrayContaining(["api", "slaSweeper", "slaSweepNow", "connectorsPollNow", "followUpSweepNow"]),
    );
    expect(names).not.toContain("slaSchedule");
  });
});
