/**
 * appsscript.json validated offline against SchemaStore's Apps Script manifest schema (the
 * repository's copy in manifests/schemas/, with its source in manifests/schemas/SOURCES.md), and the
 * scopes checked against the settings that need them.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv, { type ErrorObject } from "ajv";
import addFormats from "ajv-formats";

const root = join(__dirname, "..", "..");
const schema = JSON.parse(
  readFileSync(join(root, "manifests", "schemas", "appsscript.schemastore.json"), "utf8"),
) as object;
const manifest = JSON.parse(readFileSync(join(__dirname, "..", "appsscript.json"), "utf8")) as {
  oauthScopes: string[];
  addOns: {
    common: { useLocaleFromApp?: boolean };
    gmail: {
      composeTrigger?: { selectActions: Array<{ text: string; runFunction: string }>; draftAccess?: string };
    };
  };
};

/** Why the add-on asks for each scope: a scope without a reason here fails the test below. */
const SCOPE_REASONS: Record<string, string> = {
  "https://www.googleapis.com/auth/gmail.addons.execute": "runs as a Gmail add-on at all",
  "https://www.googleapis.com/auth/gmail.addons.current.message.readonly":
    "reads the open message's headers to report the thread (observe)",
  "https://www.googleapis.com/auth/gmail.addons.current.message.metadata":
    "composeTrigger draftAccess METADATA: the reply draft's thread id, to report `replying` on the right conversation",
  "https://www.googleapis.com/auth/gmail.addons.current.action.compose":
    "the compose card's Insert: an UpdateDraftActionResponse puts the rendered template into the open draft",
  "https://www.googleapis.com/auth/script.external_request": "UrlFetchApp calls to Baton's API",
  "https://www.googleapis.com/auth/script.locale": "the reader's time zone (useLocaleFromApp)",
  openid: "ScriptApp.getIdentityToken(), which the backend verifies",
  "https://www.googleapis.com/auth/userinfo.email": "the identity token carries the user's email",
};

function validate(value: unknown): ErrorObject[] {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const check = ajv.compile(schema);
  check(value);
  return check.errors ?? [];
}

/**
 * The schema's two known false alarms (manifests/schemas/SOURCES.md): it wants every scope to be a
 * URI, though Google's manifest reference lists `openid`, and whitelist entries to be host names,
 * though Apps Script matches https URL prefixes ending in "/".
 */
function isKnownFalseAlarm(error: ErrorObject, value: { oauthScopes?: unknown }): boolean {
  if (error.keyword !== "format") return false;
  if (error.instancePath.startsWith("/urlFetchWhitelist/")) return true;
  const index = /^\/oauthScopes\/(\d+)$/.exec(error.instancePath)?.[1];
  return index !== undefined && (value.oauthScopes as string[])[Number(index)] === "openid";
}

describe("appsscript.json", () => {
  it("validates against the Apps Script manifest schema (but for its two known false alarms)", () => {
    const errors = validate(manifest).filter((e) => !isKnownFalseAlarm(e, manifest));
    expect(errors).toEqual([]);
  });

  it("would be caught by the schema with a wrong type or a bad URL", () => {
    const broken = {
      ...manifest,
      addOns: {
        ...manifest.addOns,
        common: { ...manifest.addOns.common, useLocaleFromApp: "yes", logoUrl: "not a url" },
      },
    };
    const errors = validate(broken).filter((e) => !isKnownFalseAlarm(e, broken));
    expect(errors.map((e) => e.instancePath).sort()).toEqual([
      "/addOns/common/logoUrl",
      "/addOns/common/useLocaleFromApp",
    ]);
  });

  it("asks for script.locale because it uses the locale from Gmail (else no time zone arrives)", () => {
    expect(manifest.addOns.common.useLocaleFromApp).toBe(true);
    expect(manifest.oauthScopes).toContain("https://www.googleapis.com/auth/script.locale");
  });

  it("says why it asks for every scope it asks for", () => {
    expect(manifest.oauthScopes.filter((scope) => SCOPE_REASONS[scope] === undefined)).toEqual([]);
  });

  it("opens a compose card from the draft (onGmailCompose), reading only the draft's metadata", () => {
    const compose = manifest.addOns.gmail.composeTrigger;
    expect(compose?.selectActions.map((a) => a.runFunction)).toEqual(["onGmailCompose"]);
    // METADATA (the recipients and the replied thread), never the draft's body: nothing more is read.
    expect(compose?.draftAccess).toBe("METADATA");
    expect(manifest.oauthScopes).toContain(
      "https://www.googleapis.com/auth/gmail.addons.current.action.compose",
    );
  });

  it("asks for no restricted Gmail scope (those need a third-party security assessment)", () => {
    const restricted = [
      "https://mail.google.com/",
      "https://www.googleapis.com/auth/gmail.readonly",
      "https://www.googleapis.com/auth/gmail.metadata",
      "https://www.googleapis.com/auth/gmail.modify",
      "https://www.googleapis.com/auth/gmail.compose",
      "https://www.googleapis.com/auth/gmail.insert",
      "https://www.googleapis.com/auth/gmail.settings.basic",
    ];
    expect(manifest.oauthScopes.filter((scope) => restricted.includes(scope))).toEqual([]);
  });
});
