import { checkWebhookUrl } from "./webhook-url";

const EMULATOR = { allowLoopback: true };

describe("checkWebhookUrl", () => {
  it("accepts public https hosts, and Slack and Teams on their own hosts", () => {
    expect(checkWebhookUrl("https://ops.example.com/hook?token=abc", "webhook")).toBeNull();
    expect(checkWebhookUrl("https://hooks.example.com:8443/hook", "webhook")).toBeNull();
    expect(checkWebhookUrl("https://hooks.slack.com/services/T000/B000/XXXX", "slack")).toBeNull();
    expect(
      checkWebhookUrl("https://contoso.webhook.office.com/webhookb2/abc/IncomingWebhook/x/y", "teams"),
    ).toBeNull();
    expect(
      checkWebhookUrl(
        "https://prod-12.westeurope.logic.azure.com:443/workflows/abc/triggers/manual/paths/invoke",
        "teams",
      ),
    ).toBeNull();
    expect(
      checkWebhookUrl(
        "https://942ead.4a.environment.api.powerplatform.com:443/powerautomate/automations/direct/workflows/b9/triggers/manual/paths/invoke?sig=x",
        "teams",
      ),
    ).toBeNull();
  });

  it.each([
    ["http://169.254.169.254/computeMetadata/v1/", /https:\/\//],
    ["https://169.254.169.254/latest/meta-data/", /link-local/],
    ["https://10.0.0.1/", /private/],
    ["https://192.168.0.10:8080/", /private/],
    ["https://100.64.1.1/", /CGNAT/],
    ["https://localhost/", /not a public internet host/],
    ["https://app.localhost/", /not a public internet host/],
    ["https://metadata.google.internal/computeMetadata/v1/", /not a public internet host/],
    ["https://metadata/", /not a public internet host/],
    ["https://[::1]/", /loopback/],
    ["https://[::ffff:169.254.169.254]/", /link-local/],
    ["https://[fd00::1]/", /unique-local/],
    ["https://[fe80::1]/", /link-local/],
    // WHATWG URL reads decimal, hex and octal IPv4 forms as the address they spell.
    ["https://2852039166/", /169\.254\.169\.254, a link-local/],
    ["http://2852039166/", /https:\/\//],
    ["https://0x7f.1/", /127\.0\.0\.1, a loopback/],
    ["https://0177.0.0.1/", /loopback/],
    ["https://0xa9fea9fe/", /link-local/],
    ["https://0/", /unspecified/],
    ["https://user:pass@example.com/", /user name or password/],
    ["ftp://example.com/", /https:\/\//],
    ["not a url", /not a valid URL/],
  ])("refuses %s with a sentence", (url, sentence) => {
    expect(checkWebhookUrl(url, "webhook")).toMatch(sentence);
  });

  it("keeps Slack and Teams on their own hosts", () => {
    expect(checkWebhookUrl("https://hooks.slack.test/services/T/B/X", "slack")).toMatch(/hooks\.slack\.com/);
    expect(checkWebhookUrl("https://hooks.slack.com.evil.example/services", "slack")).toMatch(
      /hooks\.slack\.com/,
    );
    expect(checkWebhookUrl("https://hooks.slack.com:8443/services", "slack")).toMatch(/default https port/);
    expect(checkWebhookUrl("https://webhook.office.com.evil.example/x", "teams")).toMatch(
      /Teams incoming webhook/,
    );
    expect(checkWebhookUrl("https://evil-logic.azure.com/x", "teams")).toMatch(/Teams/);
  });

  it("lets loopback through only under the emulator policy, and nothing else private", () => {
    expect(checkWebhookUrl("http://127.0.0.1:4000/hook", "webhook")).toMatch(/https:\/\//);
    expect(checkWebhookUrl("http://127.0.0.1:4000/hook", "webhook", EMULATOR)).toBeNull();
    expect(checkWebhookUrl("http://[::1]:4000/hook", "webhook", EMULATOR)).toBeNull();
    expect(checkWebhookUrl("http://10.0.0.1/hook", "webhook", EMULATOR)).toMatch(/https:\/\//);
    expect(checkWebhookUrl("https://169.254.169.254/", "webhook", EMULATOR)).toMatch(/link-local/);
  });
});
