// Deliveries against real HTTP receivers on loopback; sleeps are instant, the clock is fixed.
import { dispatchNotice, type NotifyDeps } from "./dispatch";
import { speak } from "./language";
import { fetchPost } from "./post-json";
import { verifyWebhookSignature } from "./signature";
import { notice } from "../../test/notify/notice";
import { startReceiver, type Receiver } from "../../test/notify/receiver";
import type { DeliveryResult, SlaNotice } from "./types";

const NOW = Date.UTC(2026, 2, 30, 10, 0, 2);
const SECRET = "whsec_loopback";

function deps(): NotifyDeps & { emails: SlaNotice[]; dead: DeliveryResult[]; slept: number[] } {
  const emails: SlaNotice[] = [];
  const dead: DeliveryResult[] = [];
  const slept: number[] = [];
  return {
    emails,
    dead,
    slept,
    post: fetchPost,
    now: () => NOW,
    sleep: (ms) => (slept.push(ms), Promise.resolve()),
    random: () => 1,
    queueEmail: (n) => (emails.push(n), Promise.resolve()),
    recordDeadLetter: (_n, result) => (dead.push(result), Promise.resolve()),
    retry: { attempts: 4, baseDelayMs: 100, maxDelayMs: 1000 },
    // The receivers listen on loopback, which only the emulator's policy allows.
    targetPolicy: { allowLoopback: true },
  };
}

const receivers: Receiver[] = [];
async function receiver(statuses: number[]): Promise<Receiver> {
  const r = await startReceiver(statuses);
  receivers.push(r);
  return r;
}
afterEach(async () => {
  await Promise.all(receivers.splice(0).map((r) => r.close()));
});

describe("dispatchNotice", () => {
  it("posts a signed webhook the receiver can verify", async () => {
    const hook = await receiver([200]);
    const d = deps();
    const results = await dispatchNotice(d, notice({ channels: ["webhook"] }), {
      slack: null,
      teams: null,
      webhooks: [{ id: "crm", url: hook.url, secret: SECRET }],
    });
    expect(results).toEqual([{ channel: "webhook", target: "crm", ok: true, attempts: 1, error: null }]);
    const [request] = hook.received;
    expect(request?.headers["baton-event-id"]).toBe(notice().eventId);
    const check = verifyWebhookSignature(
      SECRET,
      request?.headers["baton-signature"] as string,
      request?.body ?? "",
      NOW,
    );
    expect(check).toEqual({ ok: true, timestamp: Math.floor(NOW / 1000) });
    expect(JSON.parse(request?.body ?? "{}")).toMatchObject({ id: notice().eventId, type: "sla.breached" });
  });

  it("retries with backoff when the receiver fails twice, then succeeds", async () => {
    const hook = await receiver([500, 503, 200]);
    const d = deps();
    const [result] = await dispatchNotice(d, notice({ channels: ["webhook"] }), {
      slack: null,
      teams: null,
      webhooks: [{ id: "crm", url: hook.url, secret: SECRET }],
    });
    expect(result).toMatchObject({ ok: true, attempts: 3 });
    expect(hook.received).toHaveLength(3);
    // random() = 1: the full cap each time, 100 then 200.
    expect(d.slept).toEqual([100, 200]);
    expect(d.dead).toEqual([]);
    // Every attempt carries a valid signature.
    for (const r of hook.received) {
      expect(verifyWebhookSignature(SECRET, r.headers["baton-signature"] as string, r.body, NOW).ok).toBe(
        true,
      );
    }
  });

  it("leaves a dead letter after the last failed try, and the other channels still deliver", async () => {
    const broken = await receiver([500]);
    const slack = await receiver([200]);
    const teams = await receiver([200]);
    const d = deps();
    const results = await dispatchNotice(d, notice(), {
      slack: { url: slack.url },
      teams: { url: teams.url },
      webhooks: [{ id: "crm", url: broken.url, secret: SECRET }],
    });
    expect(broken.received).toHaveLength(4);
    expect(d.dead).toEqual([
      { channel: "webhook", target: "crm", ok: false, attempts: 4, error: "HTTP 500" },
    ]);
    expect(
      results
        .filter((r) => r.ok)
        .map((r) => r.channel)
        .sort(),
    ).toEqual(["email", "slack", "teams"]);
    expect(d.emails).toHaveLength(1);
    expect(JSON.parse(slack.received[0]?.body ?? "{}")).toMatchObject({
      text: expect.stringContaining("First response SLA breached") as unknown,
      blocks: [{ type: "section", text: { type: "mrkdwn" } }, { type: "context" }],
    });
    expect(JSON.parse(teams.received[0]?.body ?? "{}")).toMatchObject({
      type: "message",
      attachments: [
        { contentType: "application/vnd.microsoft.card.adaptive", content: { type: "AdaptiveCard" } },
      ],
    });
  });

  it("writes the team's channels in the mailbox's language, and in English when it cannot be read", async () => {
    const slack = await receiver([200]);
    const teams = await receiver([200]);
    const targets = { slack: { url: slack.url }, teams: { url: teams.url }, webhooks: [] };
    const dutch = { ...deps(), channelTranslator: () => Promise.resolve(speak("nl")) };
    await dispatchNotice(dutch, notice({ channels: ["slack", "teams"] }), targets);
    const said = JSON.parse(slack.received[0]?.body ?? "{}") as { text: string };
    expect(said.text).toBe(
      'Eerste reactie: SLA overschreden om ma 2026-03-30 12:00 (Europe/Amsterdam): "Invoice <42> & refund"',
    );
    expect(teams.received[0]?.body).toContain("Gemeld aan: ana@team.example, lena@team.example");
    const unreadable = { ...deps(), channelTranslator: () => Promise.reject(new Error("offline")) };
    await dispatchNotice(unreadable, notice({ channels: ["slack"] }), targets);
    expect(slack.received[1]?.body).toContain("First response SLA breached");
  });

  it("gives up at once on a 4xx that retrying cannot fix", async () => {
    const gone = await receiver([404]);
    const d = deps();
    const [result] = await dispatchNotice(d, notice({ channels: ["slack"] }), {
      slack: { url: gone.url },
      teams: null,
      webhooks: [],
    });
    expect(result).toMatchObject({ ok: false, attempts: 1, error: "HTTP 404" });
    expect(d.dead).toHaveLength(1);
  });

  it("does not wait for a failing channel before the others finish", async () => {
    const d = deps();
    let releaseEmail: () => void = () => undefined;
    d.queueEmail = () => new Promise<void>((resolve) => (releaseEmail = resolve));
    const slack = await receiver([200]);
    const pending = dispatchNotice(d, notice({ channels: ["email", "slack"] }), {
      slack: { url: slack.url },
      teams: null,
      webhooks: [],
    });
    // Slack is delivered while the email write is still hanging.
    for (let i = 0; i < 100 && slack.received.length === 0; i += 1)
      await new Promise((r) => setTimeout(r, 10));
    expect(slack.received).toHaveLength(1);
    releaseEmail();
    expect((await pending).every((r) => r.ok)).toBe(true);
  });

  it("sends no email without recipients, and only the channels the action asks for", async () => {
    const slack = await receiver([200]);
    const d = deps();
    const results = await dispatchNotice(d, notice({ recipients: [], channels: ["email", "teams"] }), {
      slack: { url: slack.url },
      teams: null,
      webhooks: [],
    });
    expect(results).toEqual([]);
    expect(slack.received).toEqual([]);
  });

  it("refuses private, metadata and foreign-host targets as permanent dead letters, posting nothing", async () => {
    const d = { ...deps(), targetPolicy: { allowLoopback: false } };
    const posted: string[] = [];
    d.post = (url) => (posted.push(url), Promise.resolve(200));
    const results = await dispatchNotice(d, notice({ channels: ["slack", "teams", "webhook"] }), {
      slack: { url: "https://hooks.slack.test/services/T/B/X" },
      teams: { url: "https://10.0.0.1/webhookb2/x" },
      webhooks: [
        { id: "metadata", url: "http://169.254.169.254/computeMetadata/v1/", secret: SECRET },
        { id: "decimal", url: "https://2852039166/latest/meta-data/", secret: SECRET },
      ],
    });
    expect(posted).toEqual([]);
    expect(results.map((r) => [r.target, r.ok, r.attempts])).toEqual([
      ["slack", false, 1],
      ["teams", false, 1],
      ["metadata", false, 1],
      ["decimal", false, 1],
    ]);
    expect(results.map((r) => r.error)).toEqual([
      expect.stringMatching(/must be a Slack incoming webhook on https:\/\/hooks\.slack\.com/),
      expect.stringMatching(/10\.0\.0\.1, a private address/),
      expect.stringMatching(/must start with https:\/\//),
      expect.stringMatching(/169\.254\.169\.254, a link-local address/),
    ]);
    expect(d.dead.map((r) => r.target)).toEqual(["slack", "teams", "metadata", "decimal"]);
    expect(d.slept).toEqual([]);
  });

  it("refuses a loopback receiver outside the emulator, before any connection", async () => {
    const hook = await receiver([200]);
    const d = { ...deps(), targetPolicy: { allowLoopback: false } };
    const [result] = await dispatchNotice(d, notice({ channels: ["webhook"] }), {
      slack: null,
      teams: null,
      webhooks: [{ id: "crm", url: hook.url, secret: SECRET }],
    });
    expect(result).toMatchObject({ ok: false, attempts: 1 });
    expect(result?.error).toMatch(/must start with https:\/\//);
    expect(hook.received).toEqual([]);
  });

  it("does not follow a redirect, and does not retry it", async () => {
    const moved = await receiver([302]);
    const d = deps();
    const [result] = await dispatchNotice(d, notice({ channels: ["webhook"] }), {
      slack: null,
      teams: null,
      webhooks: [{ id: "crm", url: moved.url, secret: SECRET }],
    });
    expect(result).toMatchObject({ ok: false, attempts: 1, error: "HTTP 302: redirects are not followed" });
    expect(moved.received).toHaveLength(1);
  });
});
