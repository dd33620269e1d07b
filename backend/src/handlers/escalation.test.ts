import { channelsView, mergeWebhookSecrets } from "./escalation";

describe("channelsView", () => {
  it("shows which channels are set and their hosts, never URLs' paths or secrets", () => {
    const view = channelsView({
      slack: { url: "https://hooks.slack.test/services/T1/B2/tokenpart" },
      teams: null,
      webhooks: [{ id: "ops", url: "https://ops.test/hook?key=abc", secret: "0123456789abcdef-secret" }],
    });
    expect(view).toEqual({
      slack: { configured: true, host: "hooks.slack.test" },
      teams: null,
      webhooks: [{ id: "ops", host: "ops.test", hasSecret: true }],
    });
    const text = JSON.stringify(view);
    for (const leak of ["tokenpart", "key=abc", "secret"]) expect(text).not.toContain(leak);
  });
});

describe("mergeWebhookSecrets", () => {
  const stored = [{ id: "ops", url: "https://old.test/", secret: "stored-secret-0123456789" }];

  it("keeps the stored secret of a webhook sent without one, and takes a new one when sent", () => {
    expect(mergeWebhookSecrets([{ id: "ops", url: "https://new.test/" }], stored)).toEqual([
      { id: "ops", url: "https://new.test/", secret: "stored-secret-0123456789" },
    ]);
    expect(
      mergeWebhookSecrets(
        [{ id: "ops", url: "https://new.test/", secret: "fresh-secret-0123456789" }],
        stored,
      ),
    ).toEqual([{ id: "ops", url: "https://new.test/", secret: "fresh-secret-0123456789" }]);
  });

  it("refuses a new webhook without a secret, and two webhooks with one id", () => {
    expect(mergeWebhookSecrets([{ id: "fresh", url: "https://x.test/" }], stored)).toMatchObject({
      code: "invalid_request",
      details: { field: "webhooks.0.secret" },
    });
    const twice = mergeWebhookSecrets(
      [
        { id: "ops", url: "https://a.test/" },
        { id: "ops", url: "https://b.test/" },
      ],
      stored,
    );
    expect(twice).toMatchObject({ code: "invalid_request", message: 'Two webhooks are called "ops".' });
  });
});
