/**
 * The dashboard's HTTP client: bearer token on every request, `{error: {code, message}}` turned into
 * an ApiError whose message is the sentence to show, and file downloads (the CSV export).
 */
export class ApiError extends Error {
  readonly code: string;
  readonly status: number;
  /** The offending field for validation errors ("policy.tiers.low.firstResponseMinutes"), if known. */
  readonly field: string | null;

  constructor(code: string, message: string, status: number, field: string | null = null) {
    super(message);
    this.name = "ApiError";
    this.code = code;
    this.status = status;
    this.field = field;
  }
}

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

function fieldOf(details: unknown): string | null {
  if (typeof details !== "object" || details === null) return null;
  const d = details as Record<string, unknown>;
  const value = d.path ?? d.field;
  return typeof value === "string" ? value : null;
}

/** The ApiError a failed response stands for; a body that is not our envelope still reads well. */
export async function errorOf(response: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON (a proxy's error page): fall through to the status line.
  }
  const error = (body as { error?: { code?: unknown; message?: unknown; details?: unknown } } | null)?.error;
  if (error !== undefined && typeof error.code === "string" && typeof error.message === "string") {
    return new ApiError(error.code, error.message, response.status, fieldOf(error.details));
  }
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
    if (bearer === null) throw new ApiError("unauthenticated", "You are signed out; sign in again.", 401);
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
      throw new ApiError("network", "Baton's server can't be reached; check the connection and retry.", 0);
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
