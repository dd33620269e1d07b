// Deterministic, realistic Message-IDs and platform thread ids: the same thread gets the same ids on
// every run (so re-seeding is idempotent), and each mail system's ids look like the real thing.
import { createHash } from "node:crypto";

export type Mailer = "gmail" | "outlook" | "mta";

function digest(seed: string): Buffer {
  return createHash("sha256").update(seed).digest();
}

/** Gmail: `<CA` + base64-ish token + `@mail.gmail.com>`. */
function gmailId(seed: string): string {
  const token = digest(seed).toString("base64").replace(/\//g, "_").replace(/=+$/, "");
  return `<CA${token.slice(0, 22)}+${token.slice(22, 38)}@mail.gmail.com>`;
}

/** Exchange Online: `<SERVERNAME + hex@SERVERNAME.region.prod.outlook.com>`. */
function outlookId(seed: string): string {
  const bytes = digest(seed);
  const server = `AM${(bytes[0] ?? 0) % 10}PR0${(bytes[1] ?? 0) % 10}MB${(bytes.readUInt16BE(2) % 9000) + 1000}`;
  return `<${server}${bytes.toString("hex").slice(8, 32).toUpperCase()}@${server}.eurprd0${(bytes[4] ?? 0) % 8}.prod.outlook.com>`;
}

/** A company's own mail server (here a JavaMail app): `<n.n.JavaMail.user@host>`. */
function mtaId(seed: string, domain: string): string {
  const bytes = digest(seed);
  return `<${bytes.readUInt32BE(0)}.${bytes.readUInt32BE(4)}.JavaMail.mailer@mail.${domain}>`;
}

export function messageIdFor(mailer: Mailer, seed: string, domain: string): string {
  if (mailer === "gmail") return gmailId(seed);
  if (mailer === "outlook") return outlookId(seed);
  return mtaId(seed, domain);
}

/** Gmail thread ids are 16 hex digits; Exchange conversation ids are base64 of a GUID-ish blob. */
export function platformThreadIdFor(platform: "gmail" | "outlook", seed: string): string {
  const bytes = digest(`thread:${seed}`);
  if (platform === "gmail") return `1${bytes.toString("hex").slice(0, 15)}`;
  return `AAQkAGI2${bytes.toString("base64").replace(/\//g, "-").replace(/\+/g, "_").slice(0, 40)}=`;
}
