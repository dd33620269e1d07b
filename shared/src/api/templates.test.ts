import { parseRequest } from "./parse-request";
import {
  createTemplateRequestSchema,
  listTemplatesQuerySchema,
  renderTemplateRequestSchema,
  templateUsedRequestSchema,
  updateTemplateRequestSchema,
} from "./templates";

const fields = { name: "Refund", shortcut: "refund", body: "Hi {{customer.firstName}}" };

describe("template schemas", () => {
  it("fills defaults and normalises the shortcut and tags", () => {
    const parsed = parseRequest(createTemplateRequestSchema, {
      scope: "mailbox",
      mailbox: " Support@X.test ",
      ...fields,
      shortcut: " /Refund-NL ",
      tags: ["VIP", "vip", "billing"],
    });
    expect(parsed).toEqual({
      ok: true,
      value: {
        scope: "mailbox",
        mailbox: "support@x.test",
        name: "Refund",
        shortcut: "refund-nl",
        language: "en",
        tags: ["vip", "billing"],
        body: "Hi {{customer.firstName}}",
      },
    });
  });

  it("needs a mailbox for a mailbox template and refuses one for a personal template", () => {
    const noMailbox = parseRequest(createTemplateRequestSchema, { scope: "mailbox", ...fields });
    expect(noMailbox).toMatchObject({
      ok: false,
      error: { message: "mailbox: a mailbox template needs its mailbox" },
    });
    const personal = parseRequest(createTemplateRequestSchema, {
      scope: "personal",
      mailbox: "m@x.test",
      ...fields,
    });
    expect(personal.ok).toBe(false);
  });

  it("refuses a shortcut with spaces, a language other than en/nl and unknown fields", () => {
    expect(parseRequest(updateTemplateRequestSchema, { ...fields, shortcut: "re fund" }).ok).toBe(false);
    expect(parseRequest(updateTemplateRequestSchema, { ...fields, language: "de" }).ok).toBe(false);
    // Scope and owner are fixed at creation: PUT cannot move a personal template into a mailbox.
    expect(parseRequest(updateTemplateRequestSchema, { ...fields, scope: "mailbox" }).ok).toBe(false);
  });

  it("reads the list query's limit from a string and bounds it", () => {
    expect(parseRequest(listTemplatesQuerySchema, { limit: "5", q: "ref" })).toEqual({
      ok: true,
      value: { limit: 5, q: "ref" },
    });
    expect(parseRequest(listTemplatesQuerySchema, {})).toEqual({ ok: true, value: { limit: 20 } });
    expect(parseRequest(listTemplatesQuerySchema, { limit: "0" }).ok).toBe(false);
  });

  it("needs a conversation key to render and a request id to count a use", () => {
    expect(parseRequest(renderTemplateRequestSchema, {}).ok).toBe(false);
    expect(parseRequest(renderTemplateRequestSchema, { conversationKey: "c_0123456789ab" }).ok).toBe(true);
    expect(parseRequest(templateUsedRequestSchema, { conversationKey: "c_0123456789ab" }).ok).toBe(false);
    expect(parseRequest(templateUsedRequestSchema, { requestId: "insert-0001" }).ok).toBe(true);
  });
});

describe("render request", () => {
  it("keeps the display name and drops the address of a From header", () => {
    const parsed = parseRequest(renderTemplateRequestSchema, {
      conversationKey: "c_0123456789ab",
      customerName: "Ana Lima <ana@x.test>",
    });
    expect(parsed).toMatchObject({ ok: true, value: { customerName: "Ana Lima" } });
  });
});
