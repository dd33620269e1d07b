// A local stand-in for Microsoft's identity platform, for the SSO-fallback sign-in test: an HTTPS
// OpenID provider (MSAL refuses a non-https authority) with a certificate made here, serving discovery,
// /authorize (a "Continue" page that redirects back with a code and the echoed state), /token (CORS;
// the PKCE verifier is checked against the challenge) and a JWKS. Its tokens are signed with the key
// the emulated functions trust (provider-keys.ts publishedKey("microsoft")):
// - the id_token satisfies MSAL (issuer = this authority, aud = client id, the request's nonce);
// - the access token is for Baton's API, as Entra issues it: issuer login.microsoftonline.com/{tid}/v2.0,
//   aud = BATON_MS_AUDIENCE, tid/oid/preferred_username, which signin.html sends to /auth/exchange.
import { execFileSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:https";
import type { IncomingMessage, ServerResponse } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { signJwt, type SigningKey } from "../../../integration/support/provider-keys";

export interface IdentityProviderOptions {
  key: SigningKey;
  /** The Entra tenant (GUID) the access token carries; the test binds it to its org. */
  tenant: string;
  /** The signed-in user: Entra object id and UPN. */
  user: { objectId: string; upn: string; name: string };
  /** The access token's audience (BATON_MS_AUDIENCE). */
  audience: string;
}

export interface IdentityProvider {
  /** The authority MSAL is configured with: https://127.0.0.1:<port>/tenant. */
  authority: string;
  /** host:port, for MSAL's knownAuthorities. */
  host: string;
  /** How many authorization codes were redeemed with a matching PKCE verifier. */
  redeemed(): number;
  close(): Promise<void>;
}

/** A self-signed certificate for 127.0.0.1, made with openssl for this run only. */
function certificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), "baton-idp-"));
  try {
    execFileSync(
      "openssl",
      [
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-days",
        "1",
        "-subj",
        "/CN=127.0.0.1",
        "-addext",
        "subjectAltName=IP:127.0.0.1",
        "-keyout",
        join(dir, "key.pem"),
        "-out",
        join(dir, "cert.pem"),
      ],
      { stdio: "ignore" },
    );
    return { key: readFileSync(join(dir, "key.pem")), cert: readFileSync(join(dir, "cert.pem")) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface PendingCode {
  clientId: string;
  redirectUri: string;
  challenge: string;
  nonce: string | null;
  scope: string;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => {
      resolve(body);
    });
    request.on("error", reject);
  });
}

export async function startIdentityProvider(options: IdentityProviderOptions): Promise<IdentityProvider> {
  const codes = new Map<string, PendingCode>();
  let redeemed = 0;
  let authority = "";
  const cors = { "access-control-allow-origin": "*", "access-control-allow-headers": "*" };
  const json = (response: ServerResponse, status: number, body: unknown) => {
    response.writeHead(status, { ...cors, "content-type": "application/json", "cache-control": "no-store" });
    response.end(JSON.stringify(body));
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? "/", authority);
    if (request.method === "OPTIONS") {
      response.writeHead(204, { ...cors, "access-control-allow-methods": "GET, POST" });
      response.end();
      return;
    }
    switch (url.pathname) {
      case "/tenant/.well-known/openid-configuration":
        json(response, 200, {
          issuer: authority,
          authorization_endpoint: `${authority}/authorize`,
          token_endpoint: `${authority}/token`,
          jwks_uri: `${authority}/keys`,
          end_session_endpoint: `${authority}/logout`,
          response_types_supported: ["code"],
          response_modes_supported: ["query", "fragment"],
          code_challenge_methods_supported: ["S256"],
          id_token_signing_alg_values_supported: ["RS256"],
        });
        return;
      case "/tenant/keys":
        json(response, 200, {
          keys: [
            {
              ...options.key.publicKey.export({ format: "jwk" }),
              kid: options.key.kid,
              use: "sig",
              alg: "RS256",
            },
          ],
        });
        return;
      case "/tenant/authorize": {
        // Like Microsoft's account picker: the user confirms, then the browser goes back with a code.
        const approve = new URL(url);
        approve.pathname = "/tenant/approve";
        response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
        response.end(
          `<!doctype html><html lang="en"><title>Sign in</title><main><h1>Stand-in identity provider</h1>` +
            `<a href="${escapeHtml(approve.href)}">Continue as ${escapeHtml(options.user.upn)}</a></main></html>`,
        );
        return;
      }
      case "/tenant/approve": {
        const q = url.searchParams;
        const redirectUri = q.get("redirect_uri") ?? "";
        if (
          q.get("response_type") !== "code" ||
          q.get("code_challenge_method") !== "S256" ||
          redirectUri === ""
        ) {
          json(response, 400, { error: "invalid_request", error_description: "code + PKCE S256 only" });
          return;
        }
        const code = randomBytes(16).toString("hex");
        codes.set(code, {
          clientId: q.get("client_id") ?? "",
          redirectUri,
          challenge: q.get("code_challenge") ?? "",
          nonce: q.get("nonce"),
          scope: q.get("scope") ?? "",
        });
        const answer = new URLSearchParams({ code, state: q.get("state") ?? "" });
        const separator = q.get("response_mode") === "query" ? "?" : "#";
        response.writeHead(302, { location: `${redirectUri}${separator}${answer.toString()}` });
        response.end();
        return;
      }
      case "/tenant/token": {
        const form = new URLSearchParams(await readBody(request));
        const pending = codes.get(form.get("code") ?? "");
        codes.delete(form.get("code") ?? "");
        const verifier = form.get("code_verifier") ?? "";
        const challenge = createHash("sha256").update(verifier).digest("base64url");
        if (
          pending === undefined ||
          form.get("grant_type") !== "authorization_code" ||
          form.get("client_id") !== pending.clientId ||
          form.get("redirect_uri") !== pending.redirectUri ||
          challenge !== pending.challenge
        ) {
          json(response, 400, {
            error: "invalid_grant",
            error_description: "code, client, redirect or PKCE verifier mismatch",
          });
          return;
        }
        redeemed += 1;
        const { user, tenant } = options;
        const idToken = signJwt(options.key, {
          iss: authority,
          aud: pending.clientId,
          sub: user.objectId,
          oid: user.objectId,
          tid: tenant,
          preferred_username: user.upn,
          name: user.name,
          ...(pending.nonce === null ? {} : { nonce: pending.nonce }),
        });
        const accessToken = signJwt(options.key, {
          iss: `https://login.microsoftonline.com/${tenant}/v2.0`,
          aud: options.audience,
          tid: tenant,
          oid: user.objectId,
          sub: user.objectId,
          preferred_username: user.upn,
          scp: "access_as_user",
          ver: "2.0",
        });
        json(response, 200, {
          token_type: "Bearer",
          scope: pending.scope,
          expires_in: 3600,
          ext_expires_in: 3600,
          access_token: accessToken,
          id_token: idToken,
        });
        return;
      }
      default:
        json(response, 404, { error: "not_found" });
    }
  };

  const server: Server = createServer(certificate(), (request, response) => {
    handle(request, response).catch((error: unknown) => {
      json(response, 500, { error: "server_error", error_description: String(error) });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const address = server.address();
  const port = typeof address === "object" && address !== null ? address.port : 0;
  authority = `https://127.0.0.1:${port}/tenant`;
  return {
    authority,
    host: `127.0.0.1:${port}`,
    redeemed: () => redeemed,
    close: () =>
      new Promise((resolve) =>
        server.close(() => {
          resolve();
        }),
      ),
  };
}
