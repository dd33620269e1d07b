// CSAT end to end on the emulators (issue 17): resolve -> one survey mail document -> the link's page
// records the answer -> a second click changes it; expired and forged links get a clear page and
// change nothing; resolving twice in one cycle sends one survey.
import { createHmac } from "node:crypto";
import type { ConversationResponse } from "@baton/shared";
import { createTestOrg, makeThread, observe, requestId, type TestOrg } from "../support/fixtures";
import { adminApp, apiBase, call } from "../support/stack";
import providerEnv from "../support/provider-env.json";

const db = () => adminApp().db;
const SECRET = providerEnv.BATON_CSAT_SECRET;

/** The csat function beside the api one: .../us-central1/csat. */
async function csatUrl(query: string): Promise<string> {
  return `${(await apiBase()).replace(/\/api\/v1$/, "/csat")}?${query}`;
}

async function status(o: TestOrg, key: string, to: string): Promise<void> {
  const reply = await call<ConversationResponse>(o.token("ana"), "POST", `/conversations/${key}/status`, {
    status: to,
    requestId: requestId(),
  });
  expect(reply.status).toBe(200);
}

async function surveys(org: string) {
  const snap = await db()
    .collection("mail")
    .where("__name__", ">=", `${org}.csat.`)
    .where("__name__", "<", `${org}.csat.\uf8ff`)
    .get();
  return snap.docs.map((d) => ({
    to: d.get("to") as string[],
    text: String(d.get("message.text")),
    subject: String(d.get("message.subject")),
  }));
}

/** A link as the survey would sign it, for the expired case (the test shares the emulator's secret). */
function sign(parts: unknown[], secret = SECRET): string {
  const payload = Buffer.from(JSON.stringify(parts)).toString("base64url");
  return `${payload}.${createHmac("sha256", secret).update(payload).digest("base64url")}`;
}

test("resolve sends one Dutch survey per cycle; a click records, a second click changes; expired and forged links are refused with a page", async () => {
  const o = await createTestOrg("csat", { ana: "agent" });
  await db()
    .doc(`orgs/${o.org}/mailboxes/support`)
    .update({ csat: { enabled: true, language: "nl" } });
  const { messages } = makeThread(o.domain, "klant@customer.test", 1);
  const key = (await observe(o, "ana", messages)).conversation.key;

  await status(o, key, "resolved");
  let mail = await surveys(o.org);
  expect(mail).toHaveLength(1);
  expect(mail[0]!.to).toEqual(["klant@customer.test"]);
  expect(mail[0]!.subject).toContain("Hoe hebben we het gedaan?");
  const links = [...mail[0]!.text.matchAll(/https:\/\/\S+\/csat\?(\S+)/g)].map((m) => m[1]!);
  expect(links).toHaveLength(5);

  // Reopened and resolved again with no new customer message: the same cycle, no second survey.
  await status(o, key, "open");
  await status(o, key, "resolved");
  expect(await surveys(o.org)).toHaveLength(1);

  // The customer clicks 4: a Dutch page, the answer stored for this cycle.
  const four = await fetch(await csatUrl(links[3]!));
  expect(four.status).toBe(200);
  expect(four.headers.get("content-type")).toContain("text/html");
  expect(await four.text()).toContain("u gaf ons een 4 van 5");
  const answers = async () =>
    (await db().collection(`orgs/${o.org}/conversations/${key}/csat`).get()).docs.map((d) => d.data());
  expect(await answers()).toEqual([expect.objectContaining({ rating: 4 })]);

  // A second click changes the answer, never adds one; a comment joins it.
  expect((await fetch(await csatUrl(links[1]!))).status).toBe(200);
  const token = new URLSearchParams(links[1]).get("t")!;
  const commented = await fetch(await csatUrl(""), {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ t: token, r: "2", comment: "Snel, maar onvolledig" }).toString(),
  });
  expect(commented.status).toBe(200);
  expect(await answers()).toEqual([expect.objectContaining({ rating: 2, comment: "Snel, maar onvolledig" })]);

  // Attack: change the rated conversation inside the token, keeping the old signature. Refused with a page.
  const [payload, mac] = token.split(".");
  const parts = JSON.parse(Buffer.from(payload!, "base64url").toString()) as unknown[];
  const other = Buffer.from(
    JSON.stringify([parts[0], "someone-else", parts[2], parts[3], parts[4]]),
  ).toString("base64url");
  const forged = await fetch(await csatUrl(`t=${other}.${mac}&r=1`));
  expect(forged.status).toBe(403);
  expect(forged.headers.get("content-type")).toContain("text/html");
  expect(await forged.text()).toContain("not valid");
  // Attack: a token signed with another secret.
  const wrongKey = await fetch(
    await csatUrl(`t=${sign([o.org, key, parts[2], Date.now() + 60_000, "en"], "guess")}&r=1`),
  );
  expect(wrongKey.status).toBe(403);

  // An expired link (correctly signed) answers that the survey has closed, and stores nothing.
  const expired = await fetch(await csatUrl(`t=${sign([o.org, key, parts[2], Date.now() - 1, "en"])}&r=5`));
  expect(expired.status).toBe(410);
  expect(await expired.text()).toContain("survey has closed");
  expect(await answers()).toEqual([expect.objectContaining({ rating: 2 })]);

  // The control: the same link, unexpired, would have mattered.
  const fresh = await fetch(
    await csatUrl(`t=${sign([o.org, key, parts[2], Date.now() + 60_000, "en"])}&r=5`),
  );
  expect(fresh.status).toBe(200);
  expect(await answers()).toEqual([expect.objectContaining({ rating: 5 })]);

  // A new customer message starts a new cycle: resolving it sends a second survey.
  const next = makeThread(o.domain, "klant@customer.test", 1);
  await observe(o, "ana", [
    {
      ...next.messages[0]!,
      inReplyTo: messages[0]!.messageId,
      references: messages[0]!.messageId,
      subject: `Re: ${messages[0]!.subject}`,
    },
  ]);
  await status(o, key, "resolved");
  mail = await surveys(o.org);
  expect(mail).toHaveLength(2);
});

test("a mailbox without CSAT sends no survey", async () => {
  const o = await createTestOrg("csat-off", { ana: "agent" });
  const { messages } = makeThread(o.domain, "klant@customer.test", 1);
  const key = (await observe(o, "ana", messages)).conversation.key;
  await status(o, key, "resolved");
  expect(await surveys(o.org)).toHaveLength(0);
});
