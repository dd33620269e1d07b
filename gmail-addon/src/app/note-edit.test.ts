import { EN } from "../test-support/readers";
/**
 * Note edit and delete on the card (issue 17): the Edit button only where the view's flags allow
 * (decide's rules, written by the backend), the note's card pushed with its text in the field, Save
 * and Delete calling PATCH/DELETE and returning to the conversation card (popCard, then updateCard),
 * and a refusal said on the conversation card.
 */
import type { SidebarView } from "@baton/shared";
import { buildContextualCard } from "../cards/contextual-card";
import { buildNoteEditCard } from "../cards/note-edit-card";
import { toCardJson } from "../cards/to-json";
import type { CardWidget } from "../cards/model";
import {
  createAppsScriptStandIn,
  gmailEvent,
  installStandIn,
  type CannedAnswer,
} from "../test-support/apps-script-standin";
import { SCENARIOS, ZONE } from "../test-support/scenarios";
import { deleteNote, openNote, saveNote } from "./note-edit";

const view = SCENARIOS.mine();
const note = view.notes[0]!;

function withBackend<T>(run: () => T, answer: (method: string, path: string) => CannedAnswer) {
  const standIn = createAppsScriptStandIn({ backend: ({ method, path }) => answer(method, path) });
  const restore = installStandIn(standIn);
  try {
    return { result: run(), attempts: standIn.fetchAttempts };
  } finally {
    restore();
  }
}

const noteRow = (card: ReturnType<typeof buildContextualCard>): CardWidget | undefined =>
  card.sections
    .flatMap((s) => s.widgets)
    .find((w) => w.kind === "decoratedText" && w.text.startsWith("Order paid"));

const ok = (v: SidebarView): CannedAnswer => ({ status: 200, body: { view: v } });

describe("note edit and delete on the card", () => {
  it("offers Edit on a note the view says I may edit, and nothing on one I may not touch", () => {
    const mine = noteRow(buildContextualCard(view, { timeZone: ZONE, tr: EN }));
    expect(mine).toMatchObject({ button: { text: "Edit", action: { functionName: "onOpenNote" } } });
    const locked: SidebarView = { ...view, notes: [{ ...note, editable: false, deletable: false }] };
    expect(noteRow(buildContextualCard(locked, { timeZone: ZONE, tr: EN }))).not.toHaveProperty("button");
    // A lead may delete someone else's note but not edit it: the button says what it does.
    const leads: SidebarView = { ...view, notes: [{ ...note, editable: false, deletable: true }] };
    expect(noteRow(buildContextualCard(leads, { timeZone: ZONE, tr: EN }))).toMatchObject({
      button: { text: "Delete" },
    });
  });

  it("pushes the note's card with its text in the field, Save and Delete note", () => {
    const { result } = withBackend(
      () => openNote(gmailEvent({ parameters: { key: view.key, id: note.id } })),
      () => ok(view),
    );
    expect(result.push).toBe(true);
    const json = toCardJson(result.card);
    expect(json.name).toBe("baton-note");
    expect(json.sections[0]!.widgets[0]).toMatchObject({ textInput: { name: "noteBody", value: note.body } });
    expect(json.sections[0]!.widgets[1]).toMatchObject({
      buttonList: { buttons: [{ text: "Save" }, { text: "Delete note" }] },
    });
  });

  it("a note too long for the card's edit field is shown cut, with Delete only", () => {
    const long = { ...note, body: "“".repeat(9_000) };
    const card = toCardJson(buildNoteEditCard(view, long, EN));
    expect(JSON.stringify(card)).not.toContain("textInput");
    expect(JSON.stringify(card)).toContain("too long to edit on a Gmail card");
    expect(new TextEncoder().encode(JSON.stringify(card)).length).toBeLessThan(32 * 1024);
  });

  it("Save sends PATCH with the field's text and returns to the conversation card", () => {
    const { result, attempts } = withBackend(
      () =>
        saveNote(
          gmailEvent({ parameters: { key: view.key, id: note.id }, formInputs: { noteBody: " Refunded. " } }),
        ),
      () => ok(view),
    );
    expect(attempts.map((a) => `${a.method} ${new URL(a.url).pathname.split("/v1")[1]}`)).toEqual([
      `PATCH /conversations/${view.key}/notes/${note.id}`,
    ]);
    expect(JSON.parse(attempts[0]!.payload ?? "{}")).toMatchObject({ body: "Refunded." });
    expect(result).toMatchObject({ back: true, notification: "Note saved." });
    expect(result.card.name).toBe("baton-conversation");
  });

  it("Delete sends DELETE with its request id in the query", () => {
    const { result, attempts } = withBackend(
      () => deleteNote(gmailEvent({ parameters: { key: view.key, id: note.id } })),
      () => ok(view),
    );
    expect(attempts).toHaveLength(1);
    expect(attempts[0]!.method).toBe("DELETE");
    expect(new URL(attempts[0]!.url).searchParams.get("requestId")).toMatch(/\S/);
    expect(result).toMatchObject({ back: true, notification: "Note deleted." });
  });

  it("a refused delete (someone else's note, no delete_any_note) is said on the conversation card", () => {
    const { result } = withBackend(
      () => deleteNote(gmailEvent({ parameters: { key: view.key, id: note.id } })),
      (method) =>
        method === "DELETE"
          ? {
              status: 403,
              body: { error: { code: "forbidden", message: "Only a lead can delete someone else's note." } },
            }
          : ok(view),
    );
    expect(result).toMatchObject({ back: true, notification: "Only a lead can delete someone else's note." });
    expect(result.card.name).toBe("baton-conversation");
  });
});
