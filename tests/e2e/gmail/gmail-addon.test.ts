/**
 * The Gmail add-on end to end: the real bundle (as pushed to Apps Script) runs in a vm with the
 * Apps Script stand-in, whose UrlFetchApp makes real HTTP calls to the backend on the Functions
 * emulator. Covers observe on open (one fetch per render), a private thread that sends nothing,
 * claim, a lost claim race, a note, a status change, a reply sent from Gmail stopping the
 * first-reply clock, the homepage and an error.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import vm from "node:vm";
import type { ActionResponseJson, CardJson, WidgetJson } from "../../../gmail-addon/src/cards/card-json";
import {
  countGmailCalls,
  createAppsScriptStandIn,
  gmailEvent,
  type StandInThread,
} from "../../../gmail-addon/src/test-support/apps-script-standin";
import { apiBaseUrl, createTeam, signIn, type Team } from "./local-stack";

const root = join(__dirname, "..", "..", "..");
let outdir: string;
let bundle: string;
let team: Team;
let thread: StandInThread;
/** Ana's own mail, which none of the team's mailboxes is on. */
let personal: StandInThread;

beforeAll(async () => {
  const base = await apiBaseUrl();
  outdir = mkdtempSync(join(tmpdir(), "baton-gmail-e2e-"));
  execFileSync(process.execPath, [join(root, "gmail-addon", "build.mjs")], {
    env: { ...process.env, BATON_OUTDIR: outdir, BATON_API_BASE_URL: base },
    stdio: "pipe",
  });
  bundle = readFileSync(join(outdir, "Code.js"), "utf8");
  team = await createTeam();
  const sentAt = new Date(Date.now() - 10 * 60_000);
  thread = {
    id: "gmail-thread-1",
    messages: [
      {
        id: "gmail-msg-1",
        headers: { "Message-ID": `<order-1042.${Date.now()}@customer.test>` },
        from: "Carla Customer <carla@customer.test>",
        to: `Support <${team.mailbox}>`,
        subject: "Refund for order #1042",
        date: sentAt,
      },
    ],
  };
});

beforeAll(() => {
  personal = {
    id: "gmail-thread-personal",
    messages: [
      {
        id: "gmail-personal-1",
        headers: {
          "Message-ID": `<dinner.${Date.now()}@family.test>`,
          "Delivered-To": team.members.ana.email,
        },
        from: "Dad <dad@family.test>",
        to: team.members.ana.email,
        subject: "Dinner on Sunday?",
        date: new Date(),
      },
    ],
  };
});

afterAll(() => {
  rmSync(outdir, { recursive: true, force: true });
});

/** One user's Gmail with the add-on installed: the bundle in its own global scope. */
async function addonFor(email: string) {
  const token = await signIn(email);
  const standIn = createAppsScriptStandIn({ threads: [thread, personal], identityToken: () => token });
  const context = vm.createContext({ ...standIn.globals, console }) as Record<string, unknown>;
  vm.runInContext(bundle, context, { filename: "Code.js" });
  const run = (name: string, event: GoogleAppsScript.Addons.EventObject): unknown => {
    const fn = context[name];
    if (typeof fn !== "function") throw new Error(`${name} is not a global function`);
    return JSON.parse((fn as (e: unknown) => { printJson(): string })(event).printJson());
  };
  return {
    standIn,
    open: () =>
      run("onGmailMessage", gmailEvent({ messageId: "gmail-msg-1", threadId: thread.id })) as CardJson,
    openPersonal: () =>
      run("onGmailMessage", gmailEvent({ messageId: "gmail-personal-1", threadId: personal.id })) as CardJson,
    home: () => run("onHomepage", gmailEvent({})) as CardJson,
    click: (name: string, key: string, formInputs: Record<string, string> = {}) =>
      run(
        name,
        gmailEvent({ messageId: "gmail-msg-1", parameters: { key }, formInputs }),
      ) as ActionResponseJson,
  };
}

const widgetsOf = (card: CardJson): WidgetJson[] => card.sections.flatMap((s) => s.widgets);
const textsOf = (card: CardJson): string[] =>
  widgetsOf(card).flatMap((w) =>
    "decoratedText" in w ? [w.decoratedText.text] : "textParagraph" in w ? [w.textParagraph.text] : [],
  );
const buttonsOf = (card: CardJson): string[] =>
  widgetsOf(card).flatMap((w) => ("buttonList" in w ? w.buttonList.buttons.map((b) => b.text) : []));
const keyOf = (card: CardJson): string => {
  for (const w of widgetsOf(card)) {
    if ("buttonList" in w) {
      const key = w.buttonList.buttons[0]?.onClick.action.parameters.find((p) => p.key === "key")?.value;
      if (key !== undefined) return key;
    }
  }
  throw new Error("no conversation key on the card");
};
const cardOf = (response: ActionResponseJson): CardJson =>
  response.renderActions.action.navigations[0]!.updateCard;
const toastOf = (response: ActionResponseJson): string | undefined =>
  response.renderActions.action.notification?.text;
const clockText = (card: CardJson, label: string): string | undefined =>
  widgetsOf(card).flatMap((w) =>
    "decoratedText" in w && w.decoratedText.topLabel === label ? [w.decoratedText.text] : [],
  )[0];

describe("Gmail add-on against the local backend", () => {
  let key: string;

  it("observes the open thread and shows it unclaimed, with one fetch per render once mailboxes are known", async () => {
    const ana = await addonFor(team.members.ana.email);
    const first = ana.open();
    expect(first.name).toBe("baton-conversation");
    expect(first.header.title).toBe("Refund for order #1042");
    expect(textsOf(first)).toContain("<b>Unclaimed</b>");
    expect(buttonsOf(first)).toContain("Claim");
    expect(clockText(first, "First reply")).toMatch(/Reply by .*\d\d:\d\d.* — \d+ (d|h|min)\b/);
    // First open ever: GET /me once to learn the team's mailboxes, then the observe.
    expect(
      ana.standIn.fetchLog.map((f) => `${f.method} ${f.status} ${new URL(f.url).pathname.split("/v1")[1]}`),
    ).toEqual(["GET 200 /me", "POST 200 /conversations/observe"]);
    ana.standIn.fetchLog.length = 0;
    ana.standIn.gmailCalls.clear();
    const again = ana.open();
    key = keyOf(again);
    expect(key).toMatch(/^c_/);
    // Nothing new on the thread: the conversation by its key, after reading one header.
    expect(ana.standIn.fetchLog.map((f) => new URL(f.url).pathname.split("/v1")[1])).toEqual([
      `/conversations/${key}`,
    ]);
    expect(countGmailCalls(ana.standIn.gmailCalls)).toBe(4);
  });

  it("sends nothing about a thread none of the team's mailboxes is on", async () => {
    const ana = await addonFor(team.members.ana.email);
    const card = ana.openPersonal();
    expect(card.name).toBe("baton-not-team");
    expect(card.header.title).toBe("Not a team thread");
    // Only GET /me, which carries nothing about the thread; no observe with its headers.
    expect(
      ana.standIn.fetchAttempts.map((a) => `${a.method} ${new URL(a.url).pathname.split("/v1")[1]}`),
    ).toEqual(["GET /me"]);
    expect(ana.standIn.fetchAttempts.some((a) => (a.payload ?? "").includes("family.test"))).toBe(false);
    ana.standIn.fetchAttempts.length = 0;
    expect(ana.openPersonal().name).toBe("baton-not-team");
    expect(ana.standIn.fetchAttempts).toEqual([]);
  });

  it("claims, and a teammate's stale Claim loses the race with who won and when", async () => {
    const ana = await addonFor(team.members.ana.email);
    const ben = await addonFor(team.members.ben.email);
    const benCard = ben.open(); // Ben sees it unclaimed too ...
    expect(buttonsOf(benCard)).toContain("Claim");

    const claimed = ana.click("onClaim", key);
    expect(toastOf(claimed)).toBe("Claimed. It's yours.");
    expect(textsOf(cardOf(claimed)).some((t) => t.startsWith("<b>You, since "))).toBe(true);
    expect(buttonsOf(cardOf(claimed))).toContain("Release");

    ben.standIn.fetchLog.length = 0;
    const lost = ben.click("onClaim", key); // ... and clicks Claim after Ana did.
    expect(toastOf(lost)).toMatch(/^Ana claimed this \d+ s ago\.$/);
    expect(textsOf(cardOf(lost)).some((t) => t.startsWith("<b>Ana, since "))).toBe(true);
    expect(buttonsOf(cardOf(lost))).not.toContain("Claim");
    expect(ben.standIn.fetchLog.map((f) => f.status)).toEqual([409, 200]);
  });

  it("adds a note, escaped on the card", async () => {
    const ana = await addonFor(team.members.ana.email);
    const response = ana.click("onAddNote", key, {
      note: `Paid twice <see Stripe> — @${team.members.ben.email}`,
    });
    expect(toastOf(response)).toBe("Note added.");
    expect(textsOf(cardOf(response))).toContain(`Paid twice &lt;see Stripe&gt; — @${team.members.ben.email}`);
    expect(cardOf(response).sections.map((s) => s.header)).toContain("Notes (1)");
  });

  it("changes the status to waiting on customer, which pauses the clocks", async () => {
    const ana = await addonFor(team.members.ana.email);
    const response = ana.click("onSetStatus", key, { status: "pending" });
    expect(toastOf(response)).toBe("Status changed.");
    expect(cardOf(response).header.subtitle).toContain("Waiting on customer");
    expect(clockText(cardOf(response), "First reply")).toContain("Paused — waiting on customer");
    const reopened = ana.click("onSetStatus", key, { status: "open" });
    expect(clockText(cardOf(reopened), "First reply")).toMatch(/Reply by/);
  });

  it("reports a reply sent from Gmail on the next open, which meets the first-reply clock", async () => {
    thread.messages.push({
      id: "gmail-msg-2",
      headers: {
        "Message-ID": `<reply.${Date.now()}@gmail-e2e.test>`,
        "In-Reply-To": thread.messages[0]!.headers["Message-ID"]!,
        References: thread.messages[0]!.headers["Message-ID"]!,
      },
      from: `Support <${team.mailbox}>`,
      to: "carla@customer.test",
      subject: "Re: Refund for order #1042",
      date: new Date(),
    });
    const ana = await addonFor(team.members.ana.email);
    const card = cardOf(ana.click("onRefresh", key));
    expect(keyOf(card)).toBe(key);
    expect(clockText(card, "First reply")).toMatch(/^<font color="#188038">Met/);
  });

  it("lists the claimed conversation under My work on the homepage, one click from its card", async () => {
    const ana = await addonFor(team.members.ana.email);
    const home = ana.home();
    expect(home.name).toBe("baton-home");
    expect(home.sections[0]?.header).toBe("My work");
    expect(textsOf(home)).toContain("<b>Assigned to you or mentioning you: 1</b>");
    expect(JSON.stringify(home.sections[0])).toContain('"function":"onOpenConversation"');
  });

  it("shows an error card with Retry to someone who is not in the team", async () => {
    const stranger = await addonFor(team.outsider);
    const card = stranger.open();
    expect(card.name).toBe("baton-error");
    expect(textsOf(card)[0]).toContain("not a member");
    expect(buttonsOf(card)).toEqual(["Retry"]);
  });
});
