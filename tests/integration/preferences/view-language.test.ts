// Issue 18: the conversation's view the API returns (the Gmail card shows it as it comes, the pane
// paints it first) is said in the reader's language: their own setting, else their client's
// Accept-Language, else English; one reader's choice never changes another's view.
import { createTestOrg, makeThread, observe, type TestOrg } from "../support/fixtures";
import { call } from "../support/stack";

interface ViewBody {
  view: { ownerLine: string };
}

let org: TestOrg;
let key: string;
beforeAll(async () => {
  org = await createTestOrg("view-language", { ana: "agent", ben: "agent" });
  const { messages } = makeThread(org.domain, `carla@customer-${org.org}.test`, 1);
  key = (await observe(org, "ana", messages)).conversation.key;
});

const viewFor = async (member: string, headers: Record<string, string> = {}) =>
  (
    await call<ViewBody>(org.token(member), "GET", `/conversations/${encodeURIComponent(key)}`, undefined, {
      headers,
    })
  ).body.view;

describe("the API's view in the reader's language", () => {
  it("is English by default, and Dutch for a client that asks for it", async () => {
    expect((await viewFor("ben")).ownerLine).toBe("Unclaimed");
    expect((await viewFor("ben", { "accept-language": "nl-NL,nl;q=0.9" })).ownerLine).toBe(
      "Nog niet opgepakt",
    );
  });

  it("follows the member's own language over their client's, for them alone", async () => {
    expect((await call(org.token("ana"), "PUT", "/me/language", { language: "nl" })).status).toBe(200);
    expect((await viewFor("ana", { "accept-language": "en-US" })).ownerLine).toBe("Nog niet opgepakt");
    expect((await viewFor("ben")).ownerLine).toBe("Unclaimed");
  });
});
