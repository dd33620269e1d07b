import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import {
  answerGraphNotification,
  decodeGmailPush,
  GRAPH_SUBSCRIPTION_MS,
  hashSecret,
  MAX_GRAPH_NOTIFICATIONS,
  renewPush,
} from "./push";
import { newConnectorState, type ConnectorState } from "./state";
import { FakeGmail } from "../../test/connectors/fake-gmail";
import { FakeGraph } from "../../test/connectors/fake-graph";
import { gmailApiFor, recordingRetry } from "../../test/connectors/gmail-harness";
import { graphApiFor } from "../../test/connectors/graph-harness";
import { memoryRuntime, type MemoryRuntime } from "../../test/connectors/memory-runtime";
import { MAILBOX } from "../../test/connectors/scenario";

const HOUR = 3_600_000;
let graph: FakeGraph;
let endpoint: Server;
let endpointUrl: string;
let rt: MemoryRuntime;

/** The notification endpoint as deployed: the handshake and clientState logic of answerGraphNotification. */
function startEndpoint(): Promise<void> {
  endpoint = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    void answerGraphNotification(Object.fromEntries(url.searchParams), undefined, (id) =>
      rt.store.findSubscription(id),
    ).then((answer) => {
      res.writeHead(answer.status, { "content-type": answer.contentType }).end(answer.body);
    });
  });
  return new Promise((resolve) => {
    endpoint.listen(0, "127.0.0.1", () => {
      endpointUrl = `http://127.0.0.1:${(endpoint.address() as AddressInfo).port}/connectorsGraphNotify`;
      resolve();
    });
  });
}

beforeEach(async () => {
  graph = new FakeGraph(MAILBOX);
  await graph.start();
  await startEndpoint();
  rt = memoryRuntime({ graph: () => graphApiFor(graph, recordingRetry([]), () => rt.clock.now) }, Date.now());
  graph.now = () => rt.clock.now;
  await rt.store.put(
    newConnectorState(
      "demo",
      "support",
      MAILBOX,
      "microsoft",
      { notificationUrl: endpointUrl },
      rt.clock.now,
    ),
  );
});

afterEach(async () => {
  await graph.stop();
  await new Promise((resolve) => endpoint.close(resolve));
});

const state = async (): Promise<ConnectorState> => (await rt.store.get("demo", "support"))!;

test("Graph subscriptions are created per folder after the validation handshake; only a hash of the secret is kept", async () => {
  const push = await renewPush(rt, await state());

  expect(push.graphSubscriptions?.map((s) => s.folder)).toEqual(["inbox", "sentitems"]);
  expect([...graph.subscriptions.values()].map((s) => s.resource)).toEqual([
    `users/${MAILBOX}/mailFolders('inbox')/messages`,
    `users/${MAILBOX}/mailFolders('sentitems')/messages`,
  ]);
  for (const stored of push.graphSubscriptions ?? []) {
    const created = graph.subscriptions.get(stored.id)!;
    expect(stored.clientStateHash).toBe(hashSecret(created.clientState));
    expect(JSON.stringify(await state())).not.toContain(created.clientState);
  }
});

test("a notification endpoint that does not echo the validation token gets no subscription", async () => {
  await rt.store.patch("demo", "support", {
    options: { ...(await state()).options, notificationUrl: "http://127.0.0.1:9/nothing-listens" },
  });
  await expect(renewPush(rt, await state())).rejects.toMatchObject({ status: 400 });
  expect(graph.subscriptions.size).toBe(0);
});

test("subscriptions are left alone while far from expiry, renewed near it, re-created when gone", async () => {
  const first = await renewPush(rt, await state());
  const ids = first.graphSubscriptions!.map((s) => s.id);

  rt.clock.now += HOUR;
  const untouched = await renewPush(rt, await state());
  expect(untouched.graphSubscriptions).toEqual(first.graphSubscriptions);
  expect(graph.http.log.filter((l) => l.startsWith("PATCH"))).toHaveLength(0);

  rt.clock.now += GRAPH_SUBSCRIPTION_MS - 30 * HOUR; // inside the 36-hour renewal window
  const renewed = await renewPush(rt, await state());
  expect(renewed.graphSubscriptions!.map((s) => s.id)).toEqual(ids);
  expect(renewed.graphSubscriptions![0]!.expiresAt).toBe(rt.clock.now + GRAPH_SUBSCRIPTION_MS);
  expect(graph.http.log.filter((l) => l.startsWith("PATCH"))).toHaveLength(2);

  graph.subscriptions.delete(ids[0]!); // expired on Graph's side
  rt.clock.now += GRAPH_SUBSCRIPTION_MS - 30 * HOUR;
  const recreated = await renewPush(rt, await state());
  expect(recreated.graphSubscriptions![0]!.id).not.toBe(ids[0]);
  expect(recreated.graphSubscriptions![1]!.id).toBe(ids[1]);
});

test("notifications sync their mailbox once, and only with the right clientState", async () => {
  await renewPush(rt, await state());
  const [inbox, sent] = [...graph.subscriptions.values()];
  const find = (id: string) => rt.store.findSubscription(id);
  const body = {
    value: [
      { subscriptionId: inbox!.id, clientState: inbox!.clientState, changeType: "created" },
      { subscriptionId: sent!.id, clientState: sent!.clientState, changeType: "created" },
      { subscriptionId: inbox!.id, clientState: "forged", changeType: "created" },
      { subscriptionId: "unknown", clientState: inbox!.clientState, changeType: "created" },
    ],
  };

  const answer = await answerGraphNotification({}, body, find);

  expect(answer.status).toBe(202);
  expect(answer.toSync).toEqual([{ org: "demo", mailboxId: "support" }]);
  expect(answer.rejected).toBe(2);
  expect(await answerGraphNotification({ validationToken: "abc 123" }, undefined, find)).toMatchObject({
    status: 200,
    contentType: "text/plain",
    body: "abc 123",
  });
  expect((await answerGraphNotification({}, { nope: 1 }, find)).status).toBe(400);
});

test("an unauthenticated notification reads no connector: one keyed subscription read, then nothing", async () => {
  await renewPush(rt, await state());
  const [inbox] = [...graph.subscriptions.values()];
  const reads = {
    get: jest.spyOn(rt.store, "get"),
    list: jest.spyOn(rt.store, "list"),
    findByAddress: jest.spyOn(rt.store, "findByAddress"),
    findSubscription: jest.spyOn(rt.store, "findSubscription"),
  };
  const find = (id: string) => rt.store.findSubscription(id);
  const forged = {
    value: Array.from({ length: 50 }, () => ({ subscriptionId: inbox!.id, clientState: "guess" })).concat([
      { subscriptionId: "../../orgs/demo", clientState: "x" },
      { subscriptionId: "00000000-0000-0000-0000-000000000000", clientState: "x" },
    ]),
  };

  const answer = await answerGraphNotification({}, forged, find);

  expect(answer).toMatchObject({ status: 202, toSync: [], rejected: 52 });
  // The 50 guesses share one lookup; the path-like id never becomes a document read.
  expect(reads.findSubscription.mock.calls).toEqual([[inbox!.id], ["00000000-0000-0000-0000-000000000000"]]);
  expect(reads.get).not.toHaveBeenCalled();
  expect(reads.list).not.toHaveBeenCalled();
  expect(reads.findByAddress).not.toHaveBeenCalled();

  reads.findSubscription.mockClear();
  await answerGraphNotification({ validationToken: "t" }, forged, find);
  expect(reads.findSubscription).not.toHaveBeenCalled();

  const flood = { value: Array.from({ length: MAX_GRAPH_NOTIFICATIONS + 1 }, () => forged.value[0]) };
  expect((await answerGraphNotification({}, flood, find)).status).toBe(413);
  expect(reads.findSubscription).not.toHaveBeenCalled();
});

test("the subscription index follows renewals: re-created subscriptions replace the gone ones", async () => {
  const first = await renewPush(rt, await state());
  const ids = first.graphSubscriptions!.map((s) => s.id);
  expect([...rt.store.subscriptions.keys()].sort()).toEqual([...ids].sort());
  expect(rt.store.subscriptions.get(ids[0]!)).toEqual({
    id: ids[0],
    org: "demo",
    mailboxId: "support",
    clientStateHash: first.graphSubscriptions![0]!.clientStateHash,
  });

  graph.subscriptions.delete(ids[0]!);
  rt.clock.now += GRAPH_SUBSCRIPTION_MS - 30 * HOUR;
  const recreated = await renewPush(rt, await state());
  const now = recreated.graphSubscriptions!.map((s) => s.id);
  expect([...rt.store.subscriptions.keys()].sort()).toEqual([...now].sort());
  expect(rt.store.subscriptions.has(ids[0]!)).toBe(false);
});

test("Gmail: watch is renewed with the configured topic; the push payload decodes", async () => {
  const gmail = new FakeGmail(MAILBOX);
  await gmail.start();
  try {
    const g = memoryRuntime({ gmail: () => gmailApiFor(gmail, recordingRetry([])) }, Date.now());
    await g.store.put(
      newConnectorState(
        "demo",
        "support",
        MAILBOX,
        "google",
        { pubsubTopic: "projects/p/topics/baton" },
        g.clock.now,
      ),
    );
    const push = await renewPush(g, (await g.store.get("demo", "support"))!);
    expect(gmail.watches).toEqual(["projects/p/topics/baton"]);
    expect(push.gmailWatchExpiresAt).toBeGreaterThan(g.clock.now);
  } finally {
    await gmail.stop();
  }
  const data = Buffer.from(
    JSON.stringify({ emailAddress: "Support@Demo.Baton.Test", historyId: 9876 }),
  ).toString("base64");
  expect(decodeGmailPush(data)).toEqual({ emailAddress: "support@demo.baton.test", historyId: "9876" });
  expect(decodeGmailPush(Buffer.from("not json").toString("base64"))).toBeNull();
  expect(decodeGmailPush(undefined)).toBeNull();
});
