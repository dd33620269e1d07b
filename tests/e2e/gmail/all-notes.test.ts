/**
 * A conversation with more notes than the Gmail card shows, end to end: the real bundle in a vm with
 * the Apps Script stand-in (which holds cards to Google's limits) against the backend on the
 * emulator. The card keeps its newest notes, an "N more notes" row and the Add note controls; All
 * notes pushes a card with every note in full.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { get } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import vm from "node:vm";
import type { CardJson, WidgetJson } from "../../../gmail-addon/src/cards/card-json";
import { MAIN_CARD_NOTES } from "../../../gmail-addon/src/cards/limits";
import {
  createAppsScriptStandIn,
  gmailEvent,
  type StandInThread,
} from "../../../gmail-addon/src/test-support/apps-script-standin";
import { cardLimitProblems } from "../../../gmail-addon/src/test-support/card-limits";
import { createTeam, signIn, type Team } from "./local-stack";

const root = join(__dirname, "..", "..", "..");
const NOTES = MAIN_CARD_NOTES + 3;
/** Long enough to be cut on the card; NOTES of them stay under the notes budget. Trimmed, as the API keeps notes. */
const noteText = (i: number): string => `Note ${i}: ${"refund & <chargeback> details ".repeat(100).trim()}`;

/**
 * The API base from the emulator hub, asked over node:http rather than fetch: the hub does not keep
 * connections alive, and a pooled fetch socket left by this suite made the next suite in the same
 * (runInBand) process fail with "other side closed" on its own hub request.
 */
function apiBase(): Promise<string> {
  const hub = process.env["FIREBASE_EMULATOR_HUB"] ?? "";
  return new Promise((resolve, reject) => {
    get(
      { host: hub.split(":")[0], port: Number(hub.split(":")[1]), path: "/emulators", agent: false },
      (res) => {
        let body = "";
        res.on("data", (chunk: Buffer) => (body += chunk.toString()));
        res.on("end", () => {
          const functions = (JSON.parse(body) as { functions?: { host: string; port: number } }).functions;
          if (functions === undefined) reject(new Error("the functions emulator is not running"));
          else resolve(`http://${functions.host}:${functions.port}/demo-baton/us-central1/api/v1`);
        });
      },
    ).on("error", reject);
  });
}

let outdir: string;
let bundle: string;
let team: Team;
let thread: StandInThread;

beforeAll(async () => {
  const base = await apiBase();
  outdir = mkdtempSync(join(tmpdir(), "baton-gmail-notes-"));
  execFileSync(process.execPath, [join(root, "gmail-addon", "build.mjs")], {
    env: { ...process.env, BATON_OUTDIR: outdir, BATON_API_BASE_URL: base },
    stdio: "pipe",
  });
  bundle = readFileSync(join(outdir, "Code.js"), "utf8");
  team = await createTeam();
  thread = {
    id: "gmail-thread-notes",
    messages: [
      {
        id: "gmail-notes-1",
        headers: { "Message-ID": `<notes.${Date.now()}@customer.test>` },
        from: "Carla Customer <carla@customer.test>",
        to: `Support <${team.mailbox}>`,
        subject: "Chargeback on order #2001",
        date: new Date(Date.now() - 5 * 60_000),
      },
    ],
  };
});

afterAll(() => {
  rmSync(outdir, { recursive: true, force: true });
});

type Navigation = { updateCard?: CardJson; pushCard?: CardJson };

async function addonFor(email: string) {
  const token = await signIn(email);
  const standIn = createAppsScriptStandIn({ threads: [thread], identityToken: () => token });
  const context = vm.createContext({ ...standIn.globals, console }) as Record<string, unknown>;
  vm.runInContext(bundle, context, { filename: "Code.js" });
  const run = (name: string, parameters: Record<string, string>, formInputs: Record<string, string> = {}) => {
    const fn = context[name] as (e: unknown) => { printJson(): string };
    return JSON.parse(
      fn(gmailEvent({ messageId: "gmail-notes-1", threadId: thread.id, parameters, formInputs })).printJson(),
    ) as unknown;
  };
  const navigation = (response: unknown): Navigation =>
    (response as { renderActions: { action: { navigations: Navigation[] } } }).renderActions.action
      .navigations[0] ?? {};
  return {
    open: () => run("onGmailMessage", {}) as CardJson,
    addNote: (key: string, note: string) => navigation(run("onAddNote", { key }, { note })),
    showNotes: (parameters: Record<string, string>) => navigation(run("onShowNotes", parameters)),
  };
}

const widgetsOf = (card: CardJson): WidgetJson[] => card.sections.flatMap((s) => s.widgets);
const decorated = (card: CardJson) =>
  widgetsOf(card).flatMap((w) => ("decoratedText" in w ? [w.decoratedText] : []));
const keyOf = (card: CardJson): string =>
  widgetsOf(card)
    .flatMap((w) => ("buttonList" in w ? w.buttonList.buttons : []))[0]!
    .onClick.action.parameters.find((p) => p.key === "key")!.value;

describe("a Gmail conversation with more notes than its card shows", () => {
  it("keeps the newest notes, N more, and the Add note controls; All notes has every note in full", async () => {
    const ana = await addonFor(team.members.ana.email);
    const key = keyOf(ana.open());
    let card: CardJson | undefined;
    for (let i = 1; i <= NOTES; i++) card = ana.addNote(key, noteText(i)).updateCard;
    expect(card).toBeDefined();
    const main = card!;
    expect(cardLimitProblems(main)).toEqual([]);
    expect(main.sections.map((s) => s.header)).toContain(`Notes (${NOTES})`);
    const texts = decorated(main).map((d) => d.text);
    expect(texts.filter((t) => t.startsWith("Note ")).map((t) => t.split(":")[0])).toEqual(
      Array.from({ length: MAIN_CARD_NOTES }, (_, i) => `Note ${NOTES - i}`),
    );
    expect(texts.every((t) => !t.startsWith("Note ") || t.endsWith("…"))).toBe(true);
    expect(texts).toContain(`<font color="#5f6368">${NOTES - MAIN_CARD_NOTES} more notes</font>`);
    expect(widgetsOf(main).some((w) => "textInput" in w && w.textInput.name === "note")).toBe(true);

    const pushed = ana.showNotes({ key, page: "0", push: "1" });
    expect(pushed.updateCard).toBeUndefined();
    const all = pushed.pushCard!;
    expect(all.name).toBe("baton-notes");
    expect(cardLimitProblems(all)).toEqual([]);
    // Older pages replace the notes card in place; together they hold every note, newest first.
    const full = decorated(all).map((d) => d.text);
    for (let page = 1; JSON.stringify(all).includes('"Older"') && page < NOTES; page++) {
      const older = ana.showNotes({ key, page: String(page) });
      expect(older.pushCard).toBeUndefined();
      expect(cardLimitProblems(older.updateCard!)).toEqual([]);
      full.push(...decorated(older.updateCard!).map((d) => d.text));
      if (!JSON.stringify(older.updateCard).includes('"Older"')) break;
    }
    const escaped = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    expect(full).toEqual(Array.from({ length: NOTES }, (_, i) => escaped(noteText(NOTES - i))));
  });
});
