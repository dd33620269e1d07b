import type { Template } from "@baton/shared/api";
import {
  csatLine,
  emptyForm,
  previewOf,
  sampleFacts,
  toCreateRequest,
  toForm,
  toUpdateRequest,
  usageLine,
} from "./template-form";

const NOW = Date.UTC(2026, 10, 23, 10, 0);

describe("template form", () => {
  it("turns the tags line into a list and names the mailbox only for mailbox templates", () => {
    const form = {
      ...emptyForm("mailbox"),
      name: "Delay",
      shortcut: "delay",
      tags: "billing, vip  late",
      body: "Hi",
    };
    expect(toUpdateRequest(form).tags).toEqual(["billing", "vip", "late"]);
    expect(toCreateRequest(form, "support")).toMatchObject({ scope: "mailbox", mailbox: "support" });
    expect(toCreateRequest({ ...form, scope: "personal" }, "support")).not.toHaveProperty("mailbox");
  });

  it("round-trips a stored template", () => {
    const template = {
      id: "t1",
      scope: "personal",
      name: "N",
      shortcut: "n",
      language: "nl",
      tags: ["a", "b"],
      body: "B",
    } as Template;
    expect(toUpdateRequest(toForm(template))).toEqual({
      name: "N",
      shortcut: "n",
      language: "nl",
      tags: ["a", "b"],
      body: "B",
    });
  });

  it("previews against the sample conversation and warns of a typo'd variable", () => {
    const facts = sampleFacts("Ben de Vries", "Support", NOW, "Europe/Amsterdam");
    const out = previewOf(
      {
        ...emptyForm("mailbox"),
        language: "nl",
        body: "Beste {{customer.firstName}}, vóór {{sla.firstResponseDue}}. {{agent.nmae}}",
      },
      facts,
    );
    // 10:00Z + 2h = 12:00Z = 13:00 in Amsterdam (CET).
    expect(out.text).toBe("Beste Ana, vóór maandag 23 november om 13:00. ");
    expect(out.missing).toEqual(["agent.nmae"]);
  });

  it("writes a template's average CSAT as the metrics do, a dash before the first answer", () => {
    expect(csatLine({ csat: null })).toBe("—");
    expect(csatLine({ csat: { count: 1, average: 4 } })).toBe("4.0 / 5 · 1 answer");
    expect(csatLine({ csat: { count: 2, average: 3.5 } })).toBe("3.5 / 5 · 2 answers");
  });

  it("says how much a template is used", () => {
    expect(usageLine({ useCount: 0, lastUsedAt: null }, NOW)).toBe("Never used");
    expect(usageLine({ useCount: 1, lastUsedAt: NOW - 1000 }, NOW)).toBe("Used once, last today");
    expect(usageLine({ useCount: 12, lastUsedAt: NOW - 3 * 86_400_000 }, NOW)).toBe(
      "Used 12 times, last 3 days ago",
    );
  });
});
