/**
 * Issue 17 "Done when": the Gmail compose card returns the insert response. The real bundle (as
 * pushed to Apps Script) runs in a vm over the Apps Script stand-in against the backend on the
 * emulators: Ana opens the customer's message (the add-on reports the thread), opens Baton beside
 * her reply (the compose trigger: `replying` reported, her personal template listed), chooses it
 * (rendered for this conversation) and presses Insert: the answer is an UpdateDraftActionResponse
 * whose body is the rendered HTML with the customer's first name filled and no "{{" left.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import vm from "node:vm";
import type { CardJson, DraftUpdateJson, WidgetJson } from "../../../gmail-addon/src/cards/card-json";
import {
  createAppsScriptStandIn,
  gmailEvent,
} from "../../../gmail-addon/src/test-support/apps-script-standin";
import { apiBaseUrl, createTeam, signIn, type Team } from "./local-stack";

const root = join(__dirname, "..", "..", "..");
let outdir: string;
let bundle: string;
let base: string;
let team: Team;

beforeAll(async () => {
  base = await apiBaseUrl();
  outdir = mkdtempSync(join(tmpdir(), "baton-gmail-compose-"));
  execFileSync(process.execPath, [join(root, "gmail-addon", "build.mjs")], {
    env: { ...process.env, BATON_OUTDIR: outdir, BATON_API_BASE_URL: base },
    stdio: "pipe",
  });
  bundle = readFileSync(join(outdir, "Code.js"), "utf8");
  team = await createTeam();
});

afterAll(() => {
  rmSync(outdir, { recursive: true, force: true });
});

const widgetsOf = (card: CardJson): WidgetJson[] => card.sections.flatMap((s) => s.widgets);

it("inserts a template into a Gmail reply: the compose card answers with the rendered body", async () => {
  const token = await signIn(team.members.ana.email);
  const created = await fetch(`${base}/templates`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({
      scope: "personal",
      name: "Refund on its way",
      shortcut: "refund",
      body: "Hi {{customer.firstName}},\n\nYour refund is on its way.\n\n{{agent.name}}",
    }),
  });
  expect(created.status).toBe(200);
  const templateId = ((await created.json()) as { id: string }).id;

  const thread = {
    id: "gmail-compose-thread",
    messages: [
      {
        id: "gmail-compose-msg",
        headers: { "Message-ID": `<refund.${Date.now()}@customer.test>` },
        from: "Carla Customer <carla@customer.test>",
        to: `Support <${team.mailbox}>`,
        subject: "Where is my refund?",
        date: new Date(Date.now() - 5 * 60_000),
      },
    ],
  };
  const standIn = createAppsScriptStandIn({
    threads: [thread],
    identityToken: () => token,
    userEmail: team.members.ana.email,
  });
  const context = vm.createContext({ ...standIn.globals, console }) as Record<string, unknown>;
  vm.runInContext(bundle, context, { filename: "Code.js" });
  const run = (name: string, event: GoogleAppsScript.Addons.EventObject): unknown =>
    JSON.parse((context[name] as (e: unknown) => { printJson(): string })(event).printJson());

  // Ana reads the message: the add-on reports the thread and remembers its conversation.
  const opened = run(
    "onGmailMessage",
    gmailEvent({ messageId: thread.messages[0]!.id, threadId: thread.id }),
  );
  expect((opened as CardJson).name).toBe("baton-conversation");

  // She replies and opens Baton beside the draft: `replying` goes out, her template is listed.
  standIn.fetchLog.length = 0;
  const compose = run("onGmailCompose", gmailEvent({ messageId: "", threadId: thread.id })) as CardJson;
  expect(compose.name).toBe("baton-compose");
  expect(
    standIn.fetchLog.map((f) => `${f.method} ${f.status} ${new URL(f.url).pathname.split("/v1")[1]}`),
  ).toEqual(expect.arrayContaining([expect.stringMatching(/^POST 200 \/conversations\/c_[^/]+\/presence$/)]));
  const row = widgetsOf(compose).find(
    (w) => "decoratedText" in w && w.decoratedText.text === "Refund on its way",
  ) as {
    decoratedText: {
      button: {
        onClick: { action: { function: string; parameters: Array<{ key: string; value: string }> } };
      };
    };
  };
  expect(row).toBeDefined();
  const choose = row.decoratedText.button.onClick.action;
  const params = Object.fromEntries(choose.parameters.map((p) => [p.key, p.value]));
  expect(params["id"]).toBe(templateId);

  // Choose: rendered for the conversation; nothing missing, since the thread named Carla.
  const chosen = run(
    choose.function,
    gmailEvent({ messageId: "", threadId: thread.id, parameters: params }),
  ) as { renderActions: { action: { navigations: Array<{ updateCard: CardJson }> } } };
  const chosenCard = chosen.renderActions.action.navigations[0]!.updateCard;
  expect(JSON.stringify(chosenCard)).not.toContain("Not filled");
  expect(JSON.stringify(chosenCard)).toContain("Hi Carla,");

  // Insert: the UpdateDraftActionResponse with the rendered HTML, editable, at the cursor.
  const inserted = run(
    "onInsertTemplate",
    gmailEvent({ messageId: "", threadId: thread.id, parameters: { key: params["key"]!, id: templateId } }),
  ) as DraftUpdateJson;
  const update = inserted.hostAppAction.gmailAction.updateDraftActionMarkup.updateBody;
  expect(update.type).toBe("IN_PLACE_INSERT");
  expect(update.insertContents).toHaveLength(1);
  expect(update.insertContents[0]!.contentType).toBe("MUTABLE_HTML");
  expect(update.insertContents[0]!.content).toContain("Hi Carla,");
  expect(update.insertContents[0]!.content).toContain("Your refund is on its way.");
  expect(update.insertContents[0]!.content).toContain("Ana");
  expect(update.insertContents[0]!.content).not.toContain("{{");
});
