import { DEFAULT_SLA_POLICY } from "../sla/policy";
import { AMS, ams, inbound, outbound, status } from "../../test/sla/fixtures";
import { CSV_COLUMNS, csvCell, toCsv } from "./csv";
import { conversationFacts } from "./facts";

describe("CSV export", () => {
  it("quotes commas, quotes and newlines (RFC 4180)", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell('say "hi", then\nleave')).toBe('"say ""hi"", then\nleave"');
  });

  it("defuses cells a spreadsheet would run as formulas", () => {
    expect(csvCell("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvCell("-1+2")).toBe("'-1+2");
  });

  it("lists one row per conversation with the facts behind the numbers", () => {
    // Monday 16:00 → Tuesday 10:00 is 2 business hours (120 min) and 18 wall hours (1080 min).
    const facts = conversationFacts(
      [
        inbound(ams("2026-03-30 16:00")),
        outbound(ams("2026-03-31 10:00")),
        status(ams("2026-03-31 11:00"), "open", "resolved"),
      ],
      DEFAULT_SLA_POLICY,
      AMS,
    );
    const csv = toCsv([{ key: "k1", mailboxId: "support", subject: "Refund, please", facts }]);
    const [header, row, end] = csv.split("\r\n");
    expect(header).toBe(CSV_COLUMNS.join(","));
    expect(end).toBe("");
    const cells = (row ?? "").replace('"Refund, please"', "Refund").split(",");
    const at = (name: (typeof CSV_COLUMNS)[number]) => cells[CSV_COLUMNS.indexOf(name)];
    expect(at("status")).toBe("resolved");
    expect(at("first_response_business_min")).toBe("120.0");
    expect(at("first_response_wall_min")).toBe("1080.0");
    expect(at("resolution_business_min")).toBe("180.0");
    expect(at("first_response_sla")).toBe("met");
    expect(at("first_reply_by")).toBe("ana@team.example");
  });
});
