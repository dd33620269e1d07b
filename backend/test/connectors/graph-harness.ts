import { createGraphApi, type GraphApi } from "../../src/connectors/graph/graph-api";
import type { RetryPolicy } from "../../src/connectors/retry";
import type { FakeGraph } from "./fake-graph";

/** The official Graph client, pointed at the fake, with a fixed app-only token. */
export function graphApiFor(fake: FakeGraph, retry: RetryPolicy, now: () => number = Date.now): GraphApi {
  return createGraphApi({
    mailbox: fake.mailbox,
    getToken: () => Promise.resolve("test-app-token"),
    transportOrigin: fake.origin,
    retry,
    now,
  });
}
