/**
 * Every sentence once (shared/src/view): the Outlook pane and the Gmail card render the same view of
 * the same conversation, and a reader of either sees the same words for the same fact — owner line,
 * presence, clock states that do not tick (paused, breached), status, errors and the lost claim race.
 * (A running clock ticks in the pane and reads as a due time on the card, by design; both write
 * their durations with shared's one formatter, see countdown-text.test.ts.) The Gmail card's own
 * lost-race toast is checked the same way in gmail-addon/src/app/lost-race.test.ts.
 */
import { errorSentence, type SidebarView } from "@baton/shared/view";
import { renderToString } from "preact-render-to-string";
import type { CardJson, WidgetJson } from "../../../../gmail-addon/src/cards/card-json";
import { buildContextualCard } from "../../../../gmail-addon/src/cards/contextual-card";
import { buildErrorCard } from "../../../../gmail-addon/src/cards/error-card";
import { toCardJson } from "../../../../gmail-addon/src/cards/to-json";
import { EN } from "../../../../gmail-addon/src/test-support/readers";
import { MEMBERS, SCENARIOS, ZONE, mon } from "../../../../gmail-addon/src/test-support/scenarios";
import { tickText } from "../compute-view";
import { claimRaceMessage } from "../race";
import type { NoticeValue } from "./Notice";
import { Pane } from "./Pane";

const decode = (text: string) =>
  text
    .replace(/<br>/g, "\n")
    .replace(/<[^>]+>/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");

function outlookText(view: SidebarView, notice: NoticeValue | null = null): string {
  const html = renderToString(
    <Pane
      view={view}
      members={MEMBERS}
      nowMs={view.asOf}
      tickText={tickText(ZONE)}
      busy={false}
      notice={notice}
      onCommand={() => undefined}
    />,
  );
  return decode(html);
}

function cardTexts(card: CardJson): string {
  const widgets: WidgetJson[] = card.sections.flatMap((section) => section.widgets);
  const texts = widgets.flatMap((w) =>
    "decoratedText" in w
      ? [w.decoratedText.topLabel ?? "", w.decoratedText.text, w.decoratedText.bottomLabel ?? ""]
      : "textParagraph" in w
        ? [w.textParagraph.text]
        : [],
  );
  return decode([card.header.subtitle ?? "", ...texts].join(" | "));
}

// A reader on the mailbox's clock: both surfaces then write every time the same way.
const gmailText = (view: SidebarView) =>
  cardTexts(toCardJson(buildContextualCard(view, { timeZone: view.timeZone, tr: EN })));

/** The sentences a reader of this view reads that do not depend on whether the surface ticks. */
function sentencesOf(view: SidebarView): string[] {
  const still = view.clocks.filter((clock) => clock.state !== "running" || clock.tone === "breached");
  return [
    view.ownerLine,
    view.statusLabel,
    ...(view.presenceLine === null ? [] : [view.presenceLine]),
    ...still.map((clock) => clock.text),
  ];
}

describe("the same view reads the same in Outlook and Gmail", () => {
  it.each(["unclaimed", "mine", "someoneElses", "paused", "breached"] as const)("%s", (name) => {
    const view = SCENARIOS[name]();
    const outlook = outlookText(view);
    const gmail = gmailText(view);
    for (const sentence of sentencesOf(view)) {
      expect(outlook).toContain(sentence);
      expect(gmail).toContain(sentence);
    }
  });

  it("pins the words of the owner line, presence and the clocks that do not tick", () => {
    expect(sentencesOf(SCENARIOS.unclaimed())).toContain("Unclaimed");
    expect(sentencesOf(SCENARIOS.mine())[0]).toBe("You, since 09:05");
    expect(sentencesOf(SCENARIOS.someoneElses())).toEqual(
      expect.arrayContaining(["Ben, since 09:05", "Ben is replying"]),
    );
    expect(sentencesOf(SCENARIOS.paused())).toContain("Paused — waiting on customer");
    expect(sentencesOf(SCENARIOS.breached()).some((s) => /^Breached (\d+ (d|h|min) ?)+ago$/.test(s))).toBe(
      true,
    );
  });

  it("shows the customer's rating in both (issue 17), and no line without one", () => {
    const rated = { ...SCENARIOS.mine(), csatLine: "Customer rated 4/5: “Quick, thanks”" };
    expect(outlookText(rated)).toContain("Customer rated 4/5: “Quick, thanks”");
    expect(gmailText(rated)).toContain("Customer rated 4/5: “Quick, thanks”");
    expect(outlookText(SCENARIOS.mine())).not.toContain("Customer rated");
    expect(gmailText(SCENARIOS.mine())).not.toContain("Customer rated");
  });

  it("shows the same error sentence", () => {
    const sentence = errorSentence({ code: "forbidden" });
    const view = SCENARIOS.unclaimed();
    expect(outlookText(view, { kind: "error", text: sentence })).toContain(sentence);
    expect(
      cardTexts(toCardJson(buildErrorCard({ code: "forbidden" }, { kind: "contextual" }, EN))),
    ).toContain(sentence);
  });

  it("words a lost claim race as the Gmail toast does", () => {
    const text = claimRaceMessage(
      { owner: "ben@demo.baton.test", since: mon(9, 5) - 2_000 },
      MEMBERS,
      mon(9, 5),
    );
    expect(text).toBe("Ben claimed this 2 s ago.");
    expect(outlookText(SCENARIOS.someoneElses(), { kind: "info", text })).toContain(text);
  });
});
