// Test support: real RS256 keys and tokens made in-process, so every verification path runs for real.
import {
  exportJWK,
  exportSPKI,
  generateKeyPair,
  SignJWT,
  type JWK,
  type JWTPayload,
  type KeyLike,
} from "jose";

export interface TestKey {
  kid: string;
  privateKey: KeyLike;
  /** SPKI PEM, the form Google's PEM certificate endpoint is read as. */
  pem: string;
  jwk: JWK;
}

export async function makeTestKey(kid: string): Promise<TestKey> {
  const { privateKey, publicKey } = await generateKeyPair("RS256", { extractable: true });
  const jwk = { ...(await exportJWK(publicKey)), kid, alg: "RS256", use: "sig" };
  return { kid, privateKey, pem: await exportSPKI(publicKey), jwk };
}

/** Signs `claims` with `key`; iat defaults to now and exp to an hour later unless given. */
export async function signTestToken(
  key: TestKey,
  claims: JWTPayload,
  kid: string = key.kid,
): Promise<string> {
  const nowS = Math.floor(Date.now() / 1000);
  return new SignJWT({ iat: nowS, exp: nowS + 3600, ...claims })
    .setProtectedHeader({ alg: "RS256", kid, typ: "JWT" })
    .sign(key.privateKey);
}

/** The same token with one character of the signature changed. */
export function tamper(token: string): string {
  const last = token.at(-2) === "A" ? "B" : "A";
  return `${token.slice(0, -2)}${last}${token.slice(-1)}`;
}
