// Google and Microsoft signing keys made by the test, served on a loopback port where the functions
// read them (tests/integration/support/provider-env.json, passed to `firebase emulators:exec` as
// environment variables), so the real verification code runs against real RS256 signatures.
import { createSign, generateKeyPairSync, type KeyObject } from "node:crypto";
import { createServer, type Server } from "node:http";
import providerEnv from "./provider-env.json";

export const PROVIDER_ENV: Readonly<Record<string, string>> = providerEnv;
export const GOOGLE_AUDIENCE = providerEnv.BATON_GOOGLE_AUDIENCE;
export const MS_AUDIENCE = providerEnv.BATON_MS_AUDIENCE;
export const MS_TENANT = providerEnv.BATON_MS_TENANTS;

export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
}

export function makeKey(kid: string): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  return { kid, privateKey, publicKey };
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
