import { EN } from "../test-support/readers";
import { SCENARIOS } from "../test-support/scenarios";
import type { ButtonJson, CardJson, WidgetJson } from "./card-json";
import { buildContextualCard } from "./contextual-card";
import { buildErrorCard } from "./error-card";
import { gmailDeadlineText } from "@baton/shared/view";
import { toCardJson } from "./to-json";

const AMSTERDAM = { timeZone: "Europe/Amsterdam", tr: EN };
const NEW_YORK = { timeZone: "America/New_York", tr: EN };
const hhmm = (t: number, timeZone: string) =>
  new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(
    t,
  );

function cardOf(name: keyof typeof SCENARIOS): CardJson {
  return toCardJson(buildContextualCard(SCENARIOS[name](), { timeZone: "Europe/Amsterdam", tr: EN }));
}

function widgets(card: CardJson): WidgetJson[] {
  return card.sections.flatMap((section) => section.widgets);
}

function buttons(card: CardJson): ButtonJson[] {
  return widgets(card).flatMap((w) => ("buttonList" in w ? w.buttonList.buttons : []));
}

function texts(card: CardJson): string[] {
  return widgets(card).flatMap((w) =>
    "decoratedText" in w ? [w.decoratedText.text] : "textParagraph" in w ? [w.textParagraph.text] : [],
  );
}

function dropdown(card: CardJson, name: string) {
  return widgets(card).flatMap((w) =>
    "selectionInput" in w && w.selectionInput.name === name ? [w.selectionInput] : [],
  )[0];
}

describe("contextual card", () => {
  it("says why routing gave the owner and tags, muted under the owner line, counting past three", () => {
    const reasons = [
      "Assigned to Ana by round-robin (Ben away, Chen at capacity)",
      "Tagged billing by rule 'Invoices'",
      "Moved to billing@ by rule 'Invoices'",
      "Priority set to high by rule 'Invoices'",
      "Tagged invoice by rule 'Invoices'",
    ];
    const card = toCardJson(buildContextualCard({ ...SCENARIOS.unclaimed(), reasons }, AMSTERDAM));
    const shown = texts(card);
    const owner = shown.indexOf("<b>Unclaimed</b>");
    expect(shown.slice(owner + 1, owner + 5)).toEqual([
      '<font color="#5f6368">Assigned to Ana by round-robin (Ben away, Chen at capacity)</font>',
      `<font color="#5f6368">Tagged billing by rule 'Invoices'</font>`,
      `<font color="#5f6368">Moved to billing@ by rule 'Invoices'</font>`,
      '<font color="#5f6368">and 2 more routing reasons</font>',
    ]);
    expect(texts(cardOf("unclaimed")).join("\n")).not.toContain("routing");
  });

  it("says the view's follow-up sentence as the pane does, with Clear for whoever may change the status", () => {
    const due = { ...SCENARIOS.unclaimed(), followUp: "Follow-up due" };
    const line = (card: CardJson) =>
      widgets(card).flatMap((w) =>
        "decoratedText" in w && w.decoratedText.topLabel === "Follow-up" ? [w.decoratedText] : [],
      )[0];
    const shown = line(toCardJson(buildContextualCard(due, AMSTERDAM)));
    expect(shown?.text).toBe("Follow-up due");
    expect(shown?.button?.onClick.action.function).toBe("onClearFollowUp");
    const readOnly = { ...due, buttons: { ...due.buttons, status: due.buttons.status.slice(0, 1) } };
    expect(line(toCardJson(buildContextualCard(readOnly, AMSTERDAM)))?.button).toBeUndefined();
    expect(line(cardOf("unclaimed"))).toBeUndefined();
  });

  it.each(Object.keys(SCENARIOS) as Array<keyof typeof SCENARIOS>)("%s: matches its snapshot", (name) => {
    expect(cardOf(name)).toMatchSnapshot();
  });

  it("unclaimed: Claim is the filled primary action, with the owner line and the deadline as a time", () => {
    const card = cardOf("unclaimed");
    expect(
      buttons(card)
        .slice(0, 2)
        .map((b) => [b.text, b.type]),
    ).toEqual([
      ["Claim", "FILLED"],
      ["Refresh", "OUTLINED"],
    ]);
    expect(buttons(card)[0]!.onClick.action).toEqual({
      function: "onClaim",
      parameters: [{ key: "key", value: "c_0123456789abcdef" }],
    });
    expect(texts(card)).toContain("<b>Unclaimed</b>");
    expect(texts(card)).toContain('<font color="#188038">Reply by 10:00 — 42 min left</font>');
  });

  it("mine: offers Release instead of Claim and shows the note escaped", () => {
    const card = cardOf("mine");
    expect(buttons(card).map((b) => b.text)).toEqual([
      "Release",
      "Refresh",
      "Snooze",
      "Next business morning",
      "Remind me",
      "Next business morning",
      "Update tags",
      "Add note",
    ]);
    expect(texts(card)).toContain("<b>You, since 09:05</b>");
    expect(texts(card)).toContain(
      "Order paid twice &lt;see Stripe&gt; &amp; refund due. @ben@demo.baton.test FYI",
    );
    expect(texts(card)).toContain("billing, refund");
  });

  it("someone else's: no Claim or Release, and who is replying right now, in amber", () => {
    const card = cardOf("someoneElses");
    expect(buttons(card).map((b) => b.text)).not.toContain("Claim");
    expect(buttons(card).map((b) => b.text)).not.toContain("Release");
    expect(texts(card)).toContain('<font color="#b06000">Ben is replying</font>');
  });

  it("paused: the clocks say why they are paused, in grey", () => {
    expect(texts(cardOf("paused"))).toContain('<font color="#5f6368">Paused — waiting on customer</font>');
    expect(dropdown(cardOf("paused"), "status")?.items.find((i) => i.selected)?.value).toBe("pending");
  });

  it("breached: the breach is red and bold; the lead can reassign to a teammate, nobody preselected", () => {
    const card = cardOf("breached");
    expect(texts(card)).toContain('<font color="#d93025"><b>Breached 25 min ago</b></font>');
    const assign = dropdown(card, "assignee");
    expect(assign?.items.map((i) => i.value)).toEqual([
      "",
      ...SCENARIOS.breached().buttons.assignees.map((a) => a.email),
    ]);
    expect(assign?.items.filter((i) => i.selected).map((i) => i.text)).toEqual(["Choose a teammate"]);
    expect(buttons(card).map((b) => b.text)).toContain("Assign");
  });

  it("lists each teammate once and preselects the current owner, never the reader by position", () => {
    const view = SCENARIOS.breached();
    const [first, second] = view.buttons.assignees;
    const twice = {
      ...view,
      ownerEmail: second!.email,
      buttons: {
        ...view.buttons,
        assignees: [first!, { ...first!, email: first!.email.toUpperCase() }, second!, second!],
      },
    };
    const assign = dropdown(toCardJson(buildContextualCard(twice, AMSTERDAM)), "assignee");
    expect(assign?.items.map((i) => i.value)).toEqual([first!.email, second!.email]);
    expect(assign?.items.filter((i) => i.selected).map((i) => i.value)).toEqual([second!.email]);
  });

  it("says when its countdowns were true, in the reader's zone, beside Refresh", () => {
    const view = SCENARIOS.unclaimed();
    expect(texts(toCardJson(buildContextualCard(view, AMSTERDAM)))).toContain(
      `<font color="#5f6368">As of ${hhmm(view.asOf, "Europe/Amsterdam")}</font>`,
    );
    expect(texts(toCardJson(buildContextualCard(view, NEW_YORK)))).toContain(
      `<font color="#5f6368">As of ${hhmm(view.asOf, "America/New_York")}</font>`,
    );
    expect(buttons(cardOf("unclaimed")).map((b) => b.text)).toContain("Refresh");
  });

  it("writes deadlines on the mailbox's clock with the reader's beside it, in the pane's words", () => {
    const view = SCENARIOS.unclaimed();
    const clock = view.clocks[0]!;
    const line = (reader: { timeZone: string; tr: typeof EN }) =>
      widgets(toCardJson(buildContextualCard(view, reader))).flatMap((w) =>
        "decoratedText" in w && w.decoratedText.topLabel === clock.label ? [w.decoratedText.text] : [],
      )[0];
    expect(line(AMSTERDAM)).toContain(gmailDeadlineText(clock, view.asOf, "Europe/Amsterdam"));
    const both = { mailboxZone: view.timeZone, readerZone: "America/New_York" };
    expect(line(NEW_YORK)).toContain(gmailDeadlineText(clock, view.asOf, both));
    expect(line(NEW_YORK)).toMatch(/\d\d:\d\d Amsterdam · \d\d:\d\d your time — /);
    expect(line(NEW_YORK)).not.toEqual(line(AMSTERDAM));
  });

  it("words the owner line on the reader's clock beside the mailbox's, like the pane", () => {
    const view = SCENARIOS.someoneElses();
    expect(view.ownerSince).toEqual(expect.any(Number));
    const owner = (reader: { timeZone: string; tr: typeof EN }) =>
      widgets(toCardJson(buildContextualCard(view, reader))).flatMap((w) =>
        "decoratedText" in w && w.decoratedText.topLabel === "Owner" ? [w.decoratedText.text] : [],
      )[0];
    expect(owner(AMSTERDAM)).toContain(view.ownerLine);
    expect(owner(NEW_YORK)).toMatch(/, since .*\d\d:\d\d Amsterdam · .*\d\d:\d\d your time/);
  });

  it("offers Snoozed like the pane, with a Snooze until picker and a Snooze button", () => {
    const card = cardOf("unclaimed");
    const picker = widgets(card).flatMap((w) => ("dateTimePicker" in w ? [w.dateTimePicker] : []));
    expect(picker).toEqual([
      { name: "snoozeUntil", label: "Snooze until (your time)", type: "DATE_AND_TIME" },
      { name: "followUpBy", label: "Remind me if no reply by (your time)", type: "DATE_AND_TIME" },
    ]);
    expect(buttons(card).find((b) => b.text === "Snooze")?.onClick.action.function).toBe("onSnooze");
  });

  it("offers a follow-up and next-business-morning quick actions for snooze and the reminder", () => {
    const card = cardOf("unclaimed");
    const view = SCENARIOS.unclaimed();
    const morning = buttons(card).filter((b) => b.text === "Next business morning");
    expect(morning.map((b) => b.onClick.action)).toEqual([
      { function: "onSnoozeMorning", parameters: [{ key: "key", value: view.key }] },
      {
        function: "onFollowUp",
        parameters: [
          { key: "key", value: view.key },
          { key: "when", value: "morning" },
        ],
      },
    ]);
    expect(buttons(card).find((b) => b.text === "Remind me")?.onClick.action.function).toBe("onFollowUp");
  });

  it("status and priority dropdowns call back on change, with every status the pane offers", () => {
    const card = cardOf("unclaimed");
    expect(dropdown(card, "status")?.items.map((i) => i.value)).toEqual([
      "open",
      "pending",
      "snoozed",
      "resolved",
    ]);
    expect(dropdown(card, "status")?.onChangeAction?.function).toBe("onSetStatus");
    expect(dropdown(card, "priority")?.items.find((i) => i.selected)?.value).toBe("high");
    expect(dropdown(card, "priority")?.onChangeAction?.function).toBe("onSetPriority");
  });
});

describe("error card", () => {
  it.each(["unreachable", "unauthenticated", "not_member", "forbidden"])(
    "%s: a sentence and Retry",
    (code) => {
      const card = toCardJson(buildErrorCard({ code }, { kind: "contextual", key: "c_1" }, EN));
      expect(card).toMatchSnapshot();
      expect(buttons(card)).toEqual([
        {
          text: "Retry",
          type: "FILLED",
          onClick: {
            action: {
              function: "onRefresh",
              parameters: [
                { key: "card", value: "contextual" },
                { key: "key", value: "c_1" },
              ],
            },
          },
        },
      ]);
    },
  );

  it("falls back to the API's own message for codes it has no sentence for", () => {
    const card = toCardJson(
      buildErrorCard(
        { code: "invalid_transition", message: "It is already resolved." },
        { kind: "homepage" },
        EN,
      ),
    );
    expect(texts(card)).toEqual(['<font color="#d93025">It is already resolved.</font>']);
  });
});
