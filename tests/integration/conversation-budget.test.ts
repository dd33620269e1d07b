// A conversation filled through the real API to the most it may hold (issue 12, "documents that
// cannot overflow"): the longest subject and Message-IDs, 500 messages, every tag, and notes up to
// both caps, in characters that cost 3 bytes each. Every request answers 2xx or a 4xx with a
// sentence, never 5xx; the note past the cap is refused before anything is written; and the stored
// document, measured by Firestore's rules, stays under 80% of 1 MiB.
import {
  MAX_NOTES_PER_CONVERSATION,
  MAX_NOTES_TOTAL_LENGTH,
  MAX_TAG_LENGTH,
  MAX_TAGS,
  type ConversationResponse,
} from "@baton/shared";
import { randomBytes } from "node:crypto";
import { documentSize, FIRESTORE_MAX_DOCUMENT_BYTES } from "../../backend/test/store/firestore-size";
import { createTestOrg, requestId, type TestOrg } from "./support/fixtures";
import { adminApp, call, type Reply } from "./support/stack";

const MENTIONED = Array.from({ length: 10 }, (_, i) => `m${i}`);
const wide = (units: number) => "あ".repeat(units);

describe("a conversation at its document budget", () => {
  let org: TestOrg;
  let key: string;
  const statuses: number[] = [];

  /** Every reply is kept: none may be a 5xx, whatever the conversation holds. */
  async function send<T = unknown>(...args: Parameters<typeof call>): Promise<Reply<T>> {
    const reply = await call<T>(...args);
    statuses.push(reply.status);
    if (reply.status >= 500) throw new Error(`${args[1]} ${args[2]} answered ${reply.status}: ${reply.text}`);
    return reply;
  }

  beforeAll(async () => {
    org = await createTestOrg("budget", {
      ana: "agent",
      ...Object.fromEntries(MENTIONED.map((m) => [m, "agent" as const])),
    });
  }, 60_000);

  afterAll(() => {
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
  });

  it("records 500 messages with the longest subject and Message-IDs", async () => {
    const tag = randomBytes(4).toString("hex");
    const suffix = `@mail.${org.domain}>`;
    const idOf = (i: number) => {
      const head = `<${tag}.${i}.`;
      return head + wide(998 - head.length - suffix.length) + suffix;
    };
    const start = Date.now() - 3 * 3_600_000;
    const message = (i: number) => ({
      messageId: idOf(i),
      ...(i > 0 ? { inReplyTo: idOf(0) } : {}),
      from: "customer@customer.test",
      to: [org.mailbox],
      subject: wide(2_000),
      sentAt: new Date(start + i * 1_000).toISOString(),
    });
    // About 12 KB a message (subject, Message-ID and In-Reply-To in 3-byte characters): 50 per
    // request stays under the 1 MB body limit.
    for (let from = 0; from < 500; from += 50) {
      const to = from + 50;
      const reply = await send<ConversationResponse>(org.token("ana"), "POST", "/conversations/observe", {
        mailbox: org.mailbox,
        platform: "gmail",
        messages: Array.from({ length: to - from }, (_, i) => message(from + i)),
      });
      expect(reply.status).toBe(200);
      key = reply.body.conversation.key;
    }
    const doc = await adminApp().db.doc(`orgs/${org.org}/conversations/${key}`).get();
    expect(doc.get("messageCount")).toBe(500);
  }, 120_000);

  it("takes every tag, each as long as a tag can be", async () => {
    const tags = Array.from(
      { length: MAX_TAGS },
      (_, i) => `${String(i).padStart(2, "0")}${wide(MAX_TAG_LENGTH - 2)}`,
    );
    const reply = await send(org.token("ana"), "POST", `/conversations/${key}/tags`, {
      add: tags,
      remove: [],
      requestId: requestId(),
    });
    expect(reply.status).toBe(200);
    const more = await send(org.token("ana"), "POST", `/conversations/${key}/tags`, {
      add: ["one-more"],
      remove: [],
      requestId: requestId(),
    });
    expect(more.status).toBe(400);
    expect(more.body).toMatchObject({
      error: { message: `A conversation can have at most ${MAX_TAGS} tags.` },
    });
  });

  it("keeps notes up to both caps, then refuses the next with a sentence before writing", async () => {
    // 100 notes of 1,000 characters each, ten mentions apiece: both caps reached at once.
    const perNote = MAX_NOTES_TOTAL_LENGTH / MAX_NOTES_PER_CONVERSATION;
    const mentions = MENTIONED.map((m) => `@${m}`).join(" ") + " ";
    const body = (fill = perNote) => mentions + wide(fill - mentions.length);
    for (let i = 0; i < MAX_NOTES_PER_CONVERSATION; i++) {
      const reply = await send(org.token("ana"), "POST", `/conversations/${key}/notes`, {
        body: body(),
        requestId: requestId(),
      });
      expect(reply.status).toBe(200);
    }
    const path = `orgs/${org.org}/conversations/${key}`;
    const before = await adminApp().db.doc(path).get();
    expect(before.get("notes")).toHaveLength(MAX_NOTES_PER_CONVERSATION);

    const next = await send(org.token("ana"), "POST", `/conversations/${key}/notes`, {
      body: "one more",
      requestId: requestId(),
    });
    expect(next.status).toBe(400);
    expect(next.body).toMatchObject({
      error: {
        code: "invalid_request",
        message: `This conversation holds ${MAX_NOTES_PER_CONVERSATION} notes, the most it can; delete a note before adding another.`,
      },
    });
    const after = await adminApp().db.doc(path).get();
    expect(after.updateTime?.isEqual(before.updateTime!)).toBe(true);

    // Deleting makes room for one note of what it held, not a character more; editing still works.
    const notes = before.get("notes") as Array<{ id: string }>;
    const removed = await send(
      org.token("ana"),
      "DELETE",
      `/conversations/${key}/notes/${notes[0]!.id}?requestId=${requestId()}`,
    );
    expect(removed.status).toBe(200);
    const tooLong = await send(org.token("ana"), "POST", `/conversations/${key}/notes`, {
      body: body(perNote + 1),
      requestId: requestId(),
    });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body).toMatchObject({
      error: { message: expect.stringContaining("1,000 are left") as unknown },
    });
    const fits = await send(org.token("ana"), "POST", `/conversations/${key}/notes`, {
      body: body(),
      requestId: requestId(),
    });
    expect(fits.status).toBe(200);
    const edited = await send(org.token("ana"), "PATCH", `/conversations/${key}/notes/${notes[1]!.id}`, {
      body: "shorter now",
      requestId: requestId(),
    });
    expect(edited.status).toBe(200);
  }, 180_000);

  it("stores a document well under Firestore's 1 MiB", async () => {
    const path = `orgs/${org.org}/conversations/${key}`;
    const doc = await adminApp().db.doc(path).get();
    const size = documentSize(path, doc.data() ?? {});
    expect(size).toBeGreaterThan(300_000); // the fill above really filled it
    expect(size).toBeLessThan(FIRESTORE_MAX_DOCUMENT_BYTES * 0.8);
  });
});
