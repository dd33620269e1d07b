/**
 * Issue 18: a Gmail user whose Gmail speaks Dutch (userLocale "nl-NL") gets the homepage and the
 * conversation card in Dutch, with none of the English card sentences left. The served view's own
 * sentences (status labels, the owner line) are the view area's and are checked there.
 */
import type { QueueItem } from "@baton/shared";
import { CATALOGUES } from "@baton/shared/i18n/all";
import { queueDeadlineText } from "@baton/shared/view";
import { readerOf, translatorOf } from "../app/reader";
import { gmailEvent } from "../test-support/apps-script-standin";
import { mon, SCENARIOS, ZONE } from "../test-support/scenarios";
import type { CardJson } from "./card-json";
import { asOfText, buildContextualCard } from "./contextual-card";
import { buildHomepageCard, groupByMailbox } from "./homepage-card";
import { notesPageCard, notePages } from "./notes-card";
import { toCardJson } from "./to-json";

const dutch = readerOf(gmailEvent({ userLocale: "nl-NL" }));

/** Every string a reader sees on a card: titles, headers, labels, texts, hints, buttons, items. */
function visibleTexts(card: CardJson): string[] {
  const texts: string[] = [];
  const walk = (value: unknown, key: string) => {
    if (typeof value === "string") {
      if (
        ["title", "subtitle", "header", "label", "topLabel", "bottomLabel", "text", "hintText"].includes(key)
      )
        texts.push(value.replace(/<[^>]+>/g, ""));
      return;
    }
    if (Array.isArray(value)) {
      for (const item of value) walk(item, key);
    } else if (value !== null && typeof value === "object")
      for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  walk(card, "");
  return texts;
}

/** English card sentences and labels a Dutch card must not show (the literal parts of each message). */
const ENGLISH: string[] = Object.entries(CATALOGUES.en.gmail)
  .filter(([key]) => key !== "appName" && key !== "sla" && key !== "status" && key !== "tags")
  .flatMap(([, message]) => message.split(/\{[^{}]*\}|[{}#]|\b(?:one|other|plural|=0)\b/))
  .map((part) => part.trim().replace(/^[·:,.() ]+|[·:,.() ]+$/g, ""))
  // A word of four letters or more, or several words: "and" alone would match any English name.
  .filter((part) => /\p{L}{4}|\p{L}\s\p{L}/u.test(part));

/**
 * The English card words left on a card. Words the served view itself carries (its status and
 * priority labels, still English until the view area speaks Dutch) are the view's, not the card's.
 */
function englishLeft(card: CardJson, served: unknown = {}): string[] {
  const texts = visibleTexts(card);
  const fromView = JSON.stringify(served);
  return ENGLISH.filter(
    (sentence) =>
      !fromView.includes(sentence) &&
      texts.some((text) => text === sentence || text.includes(`${sentence} `)),
  );
}

function item(patch: Partial<QueueItem>): QueueItem {
  return {
    key: "c_1",
    mailbox: "support@demo.baton.test",
    subject: "Waar blijft mijn pakket?",
    status: "open",
    priority: "high",
    assignee: null,
    tags: [],
    messageCount: 1,
    lastInboundAt: mon(9),
    updatedAt: mon(9),
    nextDeadline: mon(10),
    nextDeadlineClock: "first_response",
    tone: "warning",
    ...patch,
  };
}

describe("Gmail cards for a Dutch Gmail", () => {
  it("pick Dutch from userLocale, and the member's own setting over it", () => {
    expect(dutch.tr.language).toBe("nl");
    expect(dutch.tr.locale).toBe("nl-NL");
    expect(translatorOf(gmailEvent({ userLocale: "nl-NL" }), "en").language).toBe("en");
    expect(translatorOf(gmailEvent({ userLocale: "en-US" }), "nl").language).toBe("nl");
    expect(translatorOf(gmailEvent({ userLocale: "fr-FR" })).language).toBe("en");
  });

  it("the homepage says Dutch and no English card sentence", () => {
    const now = mon(9, 18);
    const card = toCardJson(
      buildHomepageCard(
        {
          myWork: [item({ key: "c_2", assignee: "ana@demo.baton.test", nextDeadline: null, tone: "ok" })],
          unassigned: groupByMailbox(Array.from({ length: 12 }, (_, i) => item({ key: `c_u${i}` }))),
          unreadMentions: new Set(["c_2"]),
        },
        {
          tr: dutch.tr,
          deadlineText: (i) => queueDeadlineText(i, now, ZONE),
          asOfText: asOfText(now, ZONE, dutch.tr),
          away: { line: null },
        },
      ),
    );
    const texts = visibleTexts(card);
    expect(texts).toEqual(
      expect.arrayContaining([
        "Mijn werk",
        "Aan jou toegewezen of waarin je genoemd wordt: 1",
        "Noemt jou · Hoog",
        "Geen deadline actief",
        "Niet toegewezen: 12 · 12 bijna of al over tijd",
        "Beschikbaarheid",
        "Afwezig zetten",
        "Vernieuwen",
        "Stand van 09:18",
      ]),
    );
    expect(texts.some((text) => /^en nog \d+$/.test(text))).toBe(true);
    expect(englishLeft(card)).toEqual([]);
  });

  it.each(Object.keys(SCENARIOS) as Array<keyof typeof SCENARIOS>)(
    "the %s conversation card says Dutch and no English card sentence",
    (name) => {
      const view = SCENARIOS[name]();
      const card = toCardJson(buildContextualCard(view, dutch));
      const texts = visibleTexts(card);
      expect(texts).toEqual(expect.arrayContaining(["Eigenaar", "Vernieuwen", "Prioriteit", "Tags"]));
      expect(texts.some((text) => text.startsWith("Notities ("))).toBe(true);
      expect(englishLeft(card, view)).toEqual([]);
    },
  );

  it("the All notes card pages in Dutch", () => {
    const view = SCENARIOS.mine();
    const card = toCardJson(notesPageCard(view, notePages(view.notes, dutch.tr), 0, dutch.tr));
    expect(visibleTexts(card).some((text) => /^Pagina 1 van \d+, nieuwste eerst$/.test(text))).toBe(true);
    expect(englishLeft(card)).toEqual([]);
  });
});
