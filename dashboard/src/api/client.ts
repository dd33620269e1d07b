/**
 * The dashboard's HTTP client: bearer token on every request, `{error: {code, message}}` turned into
 * the one ApiError (@baton/shared/api) whose message is the sentence to show, and file downloads.
 */
import { ApiError, readErrorEnvelope } from "@baton/shared/api";
import { errorSentence } from "@baton/shared/view";

export { ApiError };

export type Query = Record<string, string | undefined>;

export interface ApiClient {
  get<T>(path: string, query?: Query): Promise<T>;
  put<T>(path: string, body: unknown): Promise<T>;
  post<T>(path: string, body: unknown): Promise<T>;
  download(path: string, query?: Query): Promise<{ filename: string; blob: Blob }>;
}

type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

export function urlOf(base: string, path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query))
    if (value !== undefined && value !== "") params.set(name, value);
  const search = params.toString();
  return `${base.replace(/\/+$/, "")}${path}${search === "" ? "" : `?${search}`}`;
}

/** The ApiError a failed response stands for; a body that is not our envelope still reads well. */
export async function errorOf(response: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON (a proxy's error page): fall through to the status line.
  }
  const envelope = readErrorEnvelope(body);
  if (envelope !== null)
    return new ApiError(envelope.code, envelope.message, response.status, envelope.details);
  return new ApiError(
    "http_error",
    `The server answered ${response.status} ${response.statusText}.`,
    response.status,
  );
}

export function createApiClient(
  base: string,
  token: () => Promise<string | null>,
  fetchImpl: Fetch = fetch,
): ApiClient {
  async function send(method: string, path: string, query?: Query, body?: unknown): Promise<Response> {
    const bearer = await token();
    if (bearer === null)
      throw new ApiError("unauthenticated", errorSentence({ code: "unauthenticated" }), 401);
    let response: Response;
    try {
      response = await fetchImpl(urlOf(base, path, query), {
        method,
        headers: {
          Authorization: `Bearer ${bearer}`,
          ...(body === undefined ? {} : { "Content-Type": "application/json" }),
        },
        body: body === undefined ? null : JSON.stringify(body),
      });
    } catch {
      throw new ApiError("network", errorSentence({ code: "network" }), 0);
    }
    if (!response.ok) throw await errorOf(response);
    return response;
  }
  return {
    async get<T>(path: string, query?: Query) {
      return (await (await send("GET", path, query)).json()) as T;
    },
    async put<T>(path: string, body: unknown) {
      return (await (await send("PUT", path, undefined, body)).json()) as T;
    },
    async post<T>(path: string, body: unknown) {
      return (await (await send("POST", path, undefined, body)).json()) as T;
    },
    async download(path: string, query?: Query) {
      const response = await send("GET", path, query);
      const type = response.headers.get("Content-Type") ?? "";
      const disposition = /filename="?([^";]+)"?/.exec(
        response.headers.get("Content-Disposition") ?? "",
      )?.[1];
      // The API may send the file itself, or (before its adapter learns files) JSON carrying it.
      if (!type.includes("application/json")) {
        return { filename: disposition ?? "baton-export.csv", blob: await response.blob() };
      }
      const json = (await response.json()) as { filename?: string; text?: string; contentType?: string };
      return {
        filename: json.filename ?? "baton-export.csv",
        blob: new Blob([json.text ?? ""], { type: json.contentType ?? "text/csv" }),
      };
    },
  };
}
