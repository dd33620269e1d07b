import { OAuth2Client } from "google-auth-library";
import { createGmailApi, type GmailApi } from "../../src/connectors/gmail/gmail-api";
import type { RetryPolicy } from "../../src/connectors/retry";
import type { FakeGmail } from "./fake-gmail";

/**
 * An OAuth client holding a ready access token: the official client sends it as a bearer token and
 * never calls Google's token endpoint (production uses a delegated JWT instead).
 */
export function staticTokenAuth(): OAuth2Client {
  const client = new OAuth2Client();
  client.setCredentials({ access_token: "test-access-token", expiry_date: Date.now() + 3_600_000 });
  return client;
}

/** Sleeps recorded instead of waited: throttling tests assert the Retry-After was honoured. */
export function recordingRetry(sleeps: number[], maxRetries = 4): RetryPolicy {
  return {
    maxRetries,
    baseDelayMs: 500,
    maxDelayMs: 60_000,
    sleep: (ms) => {
      sleeps.push(ms);
      return Promise.resolve();
    },
  };
}

export function gmailApiFor(fake: FakeGmail, retry: RetryPolicy, now: () => number = Date.now): GmailApi {
  return createGmailApi({
    mailbox: fake.mailbox,
    auth: staticTokenAuth(),
    rootUrl: fake.rootUrl,
    retry,
    now,
  });
}
