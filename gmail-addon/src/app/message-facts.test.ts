/**
 * Routing rules' message facts on what an open reports: `hasAttachment` (files, not pictures inline
 * in the body) and `snippet` (the start of the plain text, within one report's budget).
 */
import { ROUTING_LIMITS } from "@baton/shared/limits";
import {
  createAppsScriptStandIn,
  gmailEvent,
  installStandIn,
  type StandInThread,
} from "../test-support/apps-script-standin";
import { REPORT_SNIPPET_CHARACTERS } from "../gmail/thread";
import { SCENARIOS } from "../test-support/scenarios";
import { messageCard } from "./handlers";

const MAILBOX = "support@demo.baton.test";
const NOW = Date.UTC(2026, 2, 10, 12, 0);
const SNIPPET = ROUTING_LIMITS.routingSnippetLength.value;

type Reported = { messageId: string; snippet?: string; hasAttachment?: boolean };

function observe(thread: StandInThread): Reported[] {
  const standIn = createAppsScriptStandIn({
    threads: [thread],
    userProperties: { "baton.teamMailboxes": JSON.stringify({ addresses: [MAILBOX], fetchedAt: NOW }) },
    backend: () => ({ status: 200, body: { view: SCENARIOS.unclaimed() } }),
    clock: () => NOW,
  });
  const restore = installStandIn(standIn);
  try {
    messageCard(gmailEvent({ messageId: thread.messages[0]?.id ?? "", threadId: thread.id }), NOW);
  } finally {
    restore();
  }
  const attempt = standIn.fetchAttempts.find((a) => a.url.endsWith("/conversations/observe"));
  return (JSON.parse(attempt?.payload ?? "{}") as { messages: Reported[] }).messages;
}

const message = (id: string, extra: Partial<StandInThread["messages"][number]> = {}) => ({
  id,
  headers: { "Message-ID": `<${id}@mail.test>` },
  from: "Carla <carla@customer.test>",
  to: `Support <${MAILBOX}>`,
  subject: "Invoice 12",
  date: new Date(NOW - 60_000),
  ...extra,
});

describe("routing facts an open reports", () => {
  it("sends the start of the text and whether a file is attached, not counting inline pictures", () => {
    const [withFile, inlineOnly] = observe({
      id: "t",
      messages: [
        message("m1", { body: "Please find invoice 12 attached.", attachments: [{ name: "invoice.pdf" }] }),
        message("m2", { body: "", attachments: [{ name: "logo.png", inline: true }] }),
      ],
    });
    expect(withFile).toMatchObject({ snippet: "Please find invoice 12 attached.", hasAttachment: true });
    expect(inlineOnly).toMatchObject({ snippet: "", hasAttachment: false });
  });

  it(`cuts each text at ${SNIPPET} characters and stops at ${REPORT_SNIPPET_CHARACTERS} in one report, earliest first`, () => {
    const long = "x".repeat(SNIPPET + 500);
    const count = Math.ceil(REPORT_SNIPPET_CHARACTERS / SNIPPET) + 2;
    const reported = observe({
      id: "t",
      messages: Array.from({ length: count }, (_, i) => message(`m${i}`, { body: long })),
    });
    expect(reported[0]?.snippet).toHaveLength(SNIPPET);
    const total = reported.reduce((sum, m) => sum + (m.snippet?.length ?? 0), 0);
    expect(total).toBe(REPORT_SNIPPET_CHARACTERS);
    expect(reported.at(-1)).not.toHaveProperty("snippet");
    expect(reported.every((m) => m.hasAttachment === false)).toBe(true);
  });
});
