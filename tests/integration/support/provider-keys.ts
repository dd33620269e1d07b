// Google and Microsoft signing keys made by the test, served on a loopback port where the functions
// read them (tests/integration/support/provider-env.json, passed to `firebase emulators:exec` as
// environment variables), so the real verification code runs against real RS256 signatures.
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  createSign,
  generateKeyPairSync,
  type KeyObject,
} from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { join } from "node:path";
import providerEnv from "./provider-env.json";

export const PROVIDER_ENV: Readonly<Record<string, string>> = providerEnv;
export const GOOGLE_AUDIENCE = providerEnv.BATON_GOOGLE_AUDIENCE;
export const MS_AUDIENCE = providerEnv.BATON_MS_AUDIENCE;
/** The Entra tenant of the test tokens; a suite binds it to its org (tenants/{tid}) before use. */
export const MS_TENANT = "11111111-2222-4333-8444-555555555555";

/** A stable GUID per label, standing in for an Entra object or tenant id. */
export function objectIdOf(label: string): string {
  const hex = createHash("sha256").update(label).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
}

export function makeKey(kid: string): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  return { kid, privateKey, publicKey };
}

// git-ignored, beside the emulators' own files.
const KEY_DIR = join(__dirname, "..", "..", "..", ".emulators", "test-provider-keys");

/**
 * The published key `kid`, the same in every suite of a run: the functions cache the certificates
 * and JWKS they fetched (Google's for the response's max-age, jose for 30 s before refetching on an
 * unknown kid), so two suites publishing different keys one after another would see each other's
 * tokens refused. Made once and kept as a PEM file; a new key each time the file is missing.
 */
export function publishedKey(kid: "google" | "microsoft"): SigningKey {
  const file = join(KEY_DIR, `${kid}.pem`);
  if (!existsSync(file)) {
    mkdirSync(KEY_DIR, { recursive: true });
    const { privateKey } = makeKey(kid);
    writeFileSync(file, privateKey.export({ type: "pkcs8", format: "pem" }), { flag: "w" });
  }
  const privateKey = createPrivateKey(readFileSync(file));
  return { kid: `test-${kid}`, privateKey, publicKey: createPublicKey(privateKey) };
}

const base64url = (value: string | Buffer) => Buffer.from(value).toString("base64url");

/** A compact RS256 JWT; iat/exp default to now / an hour from now. */
export function signJwt(key: SigningKey, claims: Record<string, unknown>, kid = key.kid): string {
  const nowS = Math.floor(Date.now() / 1000);
  const header = base64url(JSON.stringify({ alg: "RS256", kid, typ: "JWT" }));
  const payload = base64url(JSON.stringify({ iat: nowS, exp: nowS + 3600, ...claims }));
  const signature = createSign("RSA-SHA256").update(`${header}.${payload}`).sign(key.privateKey);
  return `${header}.${payload}.${base64url(signature)}`;
}

/** Serves Google's PEM map and Microsoft's JWKS for the given keys at the URLs of provider-env.json. */
export async function serveKeys(google: SigningKey[], microsoft: SigningKey[]): Promise<Server> {
  const pem = Object.fromEntries(
    google.map((k) => [k.kid, k.publicKey.export({ type: "spki", format: "pem" }).toString()]),
  );
  const jwks = {
    keys: microsoft.map((k) => ({
      ...k.publicKey.export({ format: "jwk" }),
      kid: k.kid,
      use: "sig",
      alg: "RS256",
    })),
  };
  const url = new URL(providerEnv.BATON_GOOGLE_CERTS_URL);
  const server = createServer((req, res) => {
    const body = req.url === "/google/certs" ? pem : req.url === "/microsoft/keys" ? jwks : null;
    res.writeHead(body === null ? 404 : 200, {
      "content-type": "application/json",
      "cache-control": "public, max-age=300",
    });
    res.end(JSON.stringify(body ?? {}));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(Number(url.port), url.hostname, resolve);
  });
  return server;
}
