import { batchesOf, parseMemberCsv, splitCsv, tooManyRowsSentence } from "./member-csv";

describe("splitCsv", () => {
  it("reads quoted fields with commas, doubled quotes and newlines, and keeps each record's first line", () => {
    const records = splitCsv(
      'a@x.test,"Lima, Ana",agent\r\nb@x.test,"Say ""hi""\nthere",lead\n\nc@x.test,C,viewer',
    );
    expect(records).toEqual([
      { line: 1, fields: ["a@x.test", "Lima, Ana", "agent"] },
      { line: 2, fields: ["b@x.test", 'Say "hi"\nthere', "lead"] },
      { line: 5, fields: ["c@x.test", "C", "viewer"] },
    ]);
  });

  it("skips blank and whitespace-only lines", () => {
    expect(splitCsv("\n   \n\n")).toEqual([]);
  });
});

describe("parseMemberCsv", () => {
  it("reads rows with or without a header, any case of role, trimmed and lower-cased addresses", () => {
    const withHeader = parseMemberCsv("Email,Name,Role\n Ana@X.test , Ana Lima , Agent\n");
    expect(withHeader).toEqual({
      rows: [{ line: 2, email: "ana@x.test", name: "Ana Lima", role: "agent" }],
      problems: [],
      refusal: null,
    });
    expect(parseMemberCsv("ana@x.test,Ana,admin").rows).toEqual([
      { line: 1, email: "ana@x.test", name: "Ana", role: "admin" },
    ]);
  });

  it("refuses each bad line with a sentence naming it, and keeps the good ones", () => {
    const result = parseMemberCsv(
      [
        "email,name,role",
        "ana@x.test,Ana,agent",
        "not-an-address,Bo,agent",
        "cy@x.test,Cy,boss",
        "di@x.test,,lead",
        "ed@x.test,Ed",
        "ANA@x.test,Ana again,lead",
      ].join("\n"),
    );
    expect(result.rows.map((r) => r.email)).toEqual(["ana@x.test"]);
    expect(result.problems).toEqual([
      { line: 3, message: 'Line 3: "not-an-address" is not an email address.' },
      { line: 4, message: 'Line 4: "boss" is not a role (admin, lead, agent or viewer).' },
      { line: 5, message: "Line 5: name must not be empty." },
      { line: 6, message: "Line 6: expected 3 fields (email, name, role), found 2." },
      {
        line: 7,
        message: "Line 7: ana@x.test is already on line 2; only that line is imported.",
      },
    ]);
  });

  it("refuses a paste over the row limit as a whole, before any row is offered", () => {
    const text = ["a@x.test,A,agent", "b@x.test,B,agent", "c@x.test,C,agent"].join("\n");
    expect(parseMemberCsv(text, 2)).toEqual({ rows: [], problems: [], refusal: tooManyRowsSentence(2) });
    expect(parseMemberCsv(text, 3).rows).toHaveLength(3);
    expect(tooManyRowsSentence()).toBe(
      "This CSV has more than 5000 rows; split it, or check it is the right file.",
    );
  });

  it("ignores a byte-order mark before the header", () => {
    expect(parseMemberCsv("\uFEFFemail,name,role\na@x.test,A,viewer").rows).toHaveLength(1);
  });
});

describe("batchesOf", () => {
  it("cuts rows into requests of the batch size, in order", () => {
    expect(batchesOf([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(batchesOf(Array.from({ length: 250 }, (_, i) => i)).map((b) => b.length)).toEqual([100, 100, 50]);
    expect(batchesOf([], 2)).toEqual([]);
  });
});
