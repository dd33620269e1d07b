/**
 * The callbacks behind the bounded card: "All notes" pushes its card over the conversation card (one
 * level, with Gmail's back arrow), Newer/Older replace it in place, and Assign takes a typed address
 * for teammates the dropdown could not list.
 */
import { renderCardUpdate } from "../gmail/card-service";
import {
  createAppsScriptStandIn,
  gmailEvent,
  installStandIn,
  type BuiltActionResponse,
} from "../test-support/apps-script-standin";
import { largestConversationView } from "../test-support/largest-conversation";
import { mon } from "../test-support/scenarios";
import { runCommand, showNotes } from "./handlers";

const view = largestConversationView({ notes: 40, reader: "lead", claimed: true });

function withBackend<T>(run: () => T): {
  result: T;
  requests: Array<{ method: string; path: string; body: unknown }>;
} {
  const requests: Array<{ method: string; path: string; body: unknown }> = [];
  const standIn = createAppsScriptStandIn({
    backend: (request) => {
      requests.push(request);
      return { status: 200, body: { view } };
    },
  });
  const restore = installStandIn(standIn);
  try {
    return { result: run(), requests };
  } finally {
    restore();
  }
}

function navigationOf(response: unknown): Record<string, { name: string }> {
  const json = (response as BuiltActionResponse).json as {
    renderActions: { action: { navigations: Array<Record<string, { name: string }>> } };
  };
  return json.renderActions.action.navigations[0]!;
}

describe("All notes", () => {
  it("pushes the notes card over the conversation card from a fresh fetch", () => {
    const { result, requests } = withBackend(() =>
      renderCardUpdate(showNotes(gmailEvent({ parameters: { key: view.key, page: "0", push: "1" } }))),
    );
    expect(Object.keys(navigationOf(result))).toEqual(["pushCard"]);
    expect(navigationOf(result)["pushCard"]!.name).toBe("baton-notes");
    expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([`GET /conversations/${view.key}`]);
  });

  it("pages in place, so the stack never grows past the notes card", () => {
    const { result } = withBackend(() =>
      renderCardUpdate(showNotes(gmailEvent({ parameters: { key: view.key, page: "1" } }))),
    );
    expect(Object.keys(navigationOf(result))).toEqual(["updateCard"]);
    expect(JSON.stringify(navigationOf(result))).toContain("Page 2 of");
  });

  it("treats a page that is not a number as the first", () => {
    const { result } = withBackend(() => showNotes(gmailEvent({ parameters: { key: view.key, page: "x" } })));
    expect(JSON.stringify(result.card)).toContain("Page 1 of");
  });
});

describe("Assign in a team too large for the dropdown", () => {
  it("assigns the typed address over the dropdown's pick", () => {
    const typed = "agent499@demo.baton.test";
    const { requests } = withBackend(() =>
      runCommand(
        "assign",
        gmailEvent({
          parameters: { key: view.key },
          formInputs: { assignee: "agent001@demo.baton.test", assigneeEmail: typed },
        }),
        mon(12),
      ),
    );
    expect(requests[0]).toMatchObject({ method: "POST", body: { assignee: typed } });
  });

  it("assigns the dropdown's pick when nothing is typed", () => {
    const { requests } = withBackend(() =>
      runCommand(
        "assign",
        gmailEvent({ parameters: { key: view.key }, formInputs: { assignee: "agent001@demo.baton.test" } }),
        mon(12),
      ),
    );
    expect(requests[0]).toMatchObject({ body: { assignee: "agent001@demo.baton.test" } });
  });
});
