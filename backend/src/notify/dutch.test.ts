/**
 * Issue 18: notifications in the reader's language. Dutch renderings of an SLA breach (email, Slack,
 * Teams), a mention email, a follow-up mail and the customer survey (mail and page, "u"), and who
 * reads which language.
 */
import { notice } from "../../test/notify/notice";
import { CSAT_TEXT, page } from "../csat/text";
import { surveyMessage } from "../csat/survey";
import { followUpMessage } from "../followups/notice";
import { mentionMessage } from "../mentions/notify";
import { byLanguage, ENGLISH, speak } from "./language";
import { emailMessage, headline } from "./message";
import { slackPayload } from "./slack";
import { teamsPayload } from "./teams";
import { formatWhen } from "./when";

const nl = speak("nl");

describe("times", () => {
  it("name the weekday in the reader's language, the time in the mailbox's zone", () => {
    const t = Date.UTC(2026, 2, 30, 10, 0);
    expect(formatWhen(nl, t, "Europe/Amsterdam")).toBe("ma 2026-03-30 12:00 (Europe/Amsterdam)");
    expect(formatWhen(ENGLISH, t, "Europe/Amsterdam")).toBe("Mon 2026-03-30 12:00 (Europe/Amsterdam)");
  });
});

describe("an SLA breach in Dutch", () => {
  it("Slack: the headline and the lines under it", () => {
    const payload = slackPayload(notice(), nl) as {
      text: string;
      blocks: { elements?: { text: string }[] }[];
    };
    expect(payload.text).toBe(
      'Eerste reactie: SLA overschreden om ma 2026-03-30 12:00 (Europe/Amsterdam): "Invoice <42> & refund"',
    );
    expect(payload.blocks[1]?.elements?.map((e) => e.text)).toEqual([
      "Opgepakt door: ana@team.example",
      "Gemeld aan: ana@team.example, lena@team.example",
      "Gesprek: c_abc0123456 (inbox support)",
    ]);
    expect(JSON.stringify(payload)).not.toMatch(/breached|Owner|Notified/);
  });

  it("email and Teams say the same, nobody included", () => {
    const mail = emailMessage(notice({ assignee: null, kind: "warned", clock: "resolution" }), nl);
    expect(mail.subject).toBe(
      '[Baton] Oplossing: SLA verloopt binnenkort (ma 2026-03-30 12:00 (Europe/Amsterdam)): "Invoice <42> & refund"',
    );
    expect(mail.text).toContain("Opgepakt door: niemand");
    expect(JSON.stringify(teamsPayload(notice({ kind: "escalated" }), nl))).toContain(
      "Eerste reactie: SLA nog steeds overschreden (sinds ma 2026-03-30 12:00 (Europe/Amsterdam)), geëscaleerd",
    );
  });

  it("English is unchanged", () => {
    expect(headline(notice())).toBe(
      'First response SLA breached at Mon 2026-03-30 12:00 (Europe/Amsterdam): "Invoice <42> & refund"',
    );
  });
});

describe("a mention email", () => {
  it("in Dutch, what people typed escaped in the HTML", () => {
    const m = mentionMessage(nl, "Ana <a>", "Factuur & retour", "https://x.example/t?a=1&b=2");
    expect(m.subject).toBe("Ana <a> noemde je: Factuur & retour");
    expect(m.text).toBe(
      'Ana <a> noemde je in een notitie bij "Factuur & retour".\n\nOpen het gesprek: https://x.example/t?a=1&b=2',
    );
    expect(m.html).toBe(
      '<p>Ana &lt;a&gt; noemde je in een notitie bij ‘Factuur &amp; retour’.</p><p><a href="https://x.example/t?a=1&amp;b=2">Open het gesprek</a></p>',
    );
  });

  it("in English as before", () => {
    const m = mentionMessage(ENGLISH, "Ana", "Refund", "https://x.example");
    expect(m.subject).toBe("Ana mentioned you: Refund");
    expect(m.html).toContain("Ana mentioned you in a note on “Refund”.");
  });
});

describe("a follow-up that came due, in Dutch", () => {
  it("says when and where", () => {
    const conversation = { key: "c_1", mailbox: "support", subject: "" } as Parameters<
      typeof followUpMessage
    >[0];
    const m = followUpMessage(conversation, "snooze", Date.UTC(2026, 2, 31, 7, 0), "Europe/Amsterdam", nl);
    expect(m.subject).toBe(
      '[Baton] Uitstel voorbij (di 2026-03-31 09:00 (Europe/Amsterdam)): "(geen onderwerp)" staat weer in de wachtrij',
    );
  });
});

describe("the customer survey", () => {
  it("mail in Dutch with u", () => {
    const m = surveyMessage("nl", "Uw bestelling", ["https://h/csat?r=1"]);
    expect(m.subject).toBe("Hoe hebben we het gedaan? Uw bestelling");
    expect(m.text).toContain("Hoe tevreden bent u met ons antwoord?");
  });

  it("page in Dutch: lang, title and the thanks", () => {
    const html = page("nl", `<p>${CSAT_TEXT.nl.thanks(4)}</p>`);
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain("<title>Uw mening</title>");
    expect(html).toContain("Dank u wel: u gaf ons een 4 van 5.");
  });

  it("English unchanged", () => {
    expect(CSAT_TEXT.en.subject("Order")).toBe("How did we do? Order");
    expect(CSAT_TEXT.en.thanks(5)).toBe("Thank you: you rated us 5 out of 5.");
  });
});

describe("who reads which language", () => {
  it("their own setting, else the mailbox's, else English; one group per language, English first", () => {
    const own = new Map([
      ["nl@x", "nl" as const],
      ["en@x", "en" as const],
      ["none@x", null],
    ]);
    const groups = (mailbox: "nl" | null) =>
      byLanguage(["nl@x", "en@x", "none@x", "outsider@x"], own, mailbox).map((g) => [
        g.translator.language,
        g.to,
      ]);
    expect(groups(null)).toEqual([
      ["en", ["en@x", "none@x", "outsider@x"]],
      ["nl", ["nl@x"]],
    ]);
    expect(groups("nl")).toEqual([
      ["en", ["en@x"]],
      ["nl", ["nl@x", "none@x", "outsider@x"]],
    ]);
  });
});
