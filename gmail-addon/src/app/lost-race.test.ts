/**
 * A lost claim race on the card: the toast names the winner and how long ago, in the words the
 * Outlook pane uses (shared/src/view/lost-race.ts; the pane's side is same-words.test.tsx), with the
 * winner's name taken from the fresh view rather than parsed out of its owner line.
 */
import { createAppsScriptStandIn, gmailEvent, installStandIn } from "../test-support/apps-script-standin";
import { SCENARIOS, mon } from "../test-support/scenarios";
import { runCommand } from "./handlers";

const KEY = "c_0123456789abcdef";

function claimLosingTo(details: Record<string, unknown>) {
  const standIn = createAppsScriptStandIn({
    backend: ({ method, path }) =>
      method === "POST" && path.endsWith("/claim")
        ? { status: 409, body: { error: { code: "already_claimed", message: "Already claimed.", details } } }
        : { status: 200, body: { view: SCENARIOS.someoneElses() } },
  });
  const restore = installStandIn(standIn);
  try {
    return runCommand("claim", gmailEvent({ parameters: { key: KEY } }), mon(9, 5));
  } finally {
    restore();
  }
}

describe("a lost claim race in Gmail", () => {
  it("names the winner as the view does and says how long ago, as Outlook does", () => {
    const update = claimLosingTo({ owner: "Ben@demo.baton.test", since: mon(9, 5) - 2_000 });
    expect(update.notification).toBe("Ben claimed this 2 s ago.");
  });

  it("still says something useful without details", () => {
    expect(claimLosingTo({}).notification).toBe("A teammate claimed this a moment ago.");
  });
});
