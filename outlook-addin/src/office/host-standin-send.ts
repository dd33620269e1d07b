/**
 * The send side of the Outlook stand-in (workbench and tests only, never shipped): a reply in compose
 * mode, Office.actions.associate and the OnMessageSend event, Office.context.roamingSettings, and
 * OfficeRuntime as Outlook on the web has it (auth, no storage: Microsoft documents
 * OfficeRuntime.storage for Outlook only in classic Windows' event runtime).
 */

type Callback<T> = (result: {
  status: "succeeded" | "failed";
  value: T;
  error?: { message: string; name?: string; code?: number };
}) => void;

/** The reply being sent. */
export interface StandinCompose {
  conversationId: string;
  subject: string;
  /** Absent: sent from the signed-in user. */
  from?: string;
  to: string[];
  cc?: string[];
  /** The body's format (body.getTypeAsync); default "html", as Outlook on the web writes replies. */
  bodyType?: "html" | "text";
  /** The draft's body before anything is inserted (the quoted thread under the cursor). */
  body?: string;
  /** What getComposeTypeAsync (Mailbox 1.10) answers; absent: "reply". */
  composeType?: "reply" | "forward" | "newMail";
}

/** One setSelectedDataAsync call as the stand-in received it, for tests to read. */
export interface StandinInsertion {
  data: string;
  /** The coercionType passed ("text" when none was, as Outlook assumes). */
  coercionType: string;
}

/** The compose item's body, and what was inserted into it. */
export interface StandinComposeBody {
  type: "html" | "text";
  content: string;
  insertions: StandinInsertion[];
}

/** Where roaming settings live between runtimes: Exchange in Outlook, a test's map or localStorage here. */
export interface RoamingPersistence {
  load(): Record<string, unknown>;
  save(values: Record<string, unknown>): void;
}

export interface StandinSendOptions {
  compose?: StandinCompose;
  /** What OfficeRuntime.auth.getAccessToken returns; absent, it fails as SSO does in the workbench. */
  accessToken?: string;
  roaming?: RoamingPersistence;
}

const later = (run: () => void) => {
  // Office calls back asynchronously; so does the stand-in, to catch code that assumes otherwise.
  setTimeout(run, 0);
};

const getter =
  <T>(value: T) =>
  (callback: Callback<T>) => {
    later(() => {
      callback({ status: "succeeded", value });
    });
  };

const recipient = (emailAddress: string) => ({ emailAddress, displayName: emailAddress.split("@")[0] ?? "" });

/**
 * Body (Mailbox 1.2/1.3) as documented: getTypeAsync answers Office.CoercionType.Html or Text;
 * setSelectedDataAsync(data, [options], [callback]) inserts at the cursor (here: the top, where a new
 * reply's cursor is), assumes Text without a coercionType, and fails with DataExceedsMaximumSize past
 * 1,000,000 characters. getAsync(coercionType, [options], callback) reads it back.
 */
function standinBody(state: StandinComposeBody) {
  return {
    getTypeAsync(optionsOrCallback: unknown, maybeCallback?: Callback<string>) {
      const callback = (typeof optionsOrCallback === "function" ? optionsOrCallback : maybeCallback) as
        Callback<string> | undefined;
      later(() => callback?.({ status: "succeeded", value: state.type }));
    },
    setSelectedDataAsync(data: unknown, optionsOrCallback?: unknown, maybeCallback?: Callback<undefined>) {
      const options = (typeof optionsOrCallback === "object" ? optionsOrCallback : {}) as {
        coercionType?: string;
      } | null;
      const callback = (typeof optionsOrCallback === "function" ? optionsOrCallback : maybeCallback) as
        Callback<undefined> | undefined;
      later(() => {
        if (typeof data !== "string" || data.length > 1_000_000) {
          callback?.({
            status: "failed",
            value: undefined,
            error: {
              message: "The data exceeds the maximum size.",
              name: "DataExceedsMaximumSize",
              code: 1000,
            },
          });
          return;
        }
        const coercionType = options?.coercionType ?? "text";
        state.insertions.push({ data, coercionType });
        state.content = data + state.content;
        callback?.({ status: "succeeded", value: undefined });
      });
    },
    getAsync(_coercionType: string, optionsOrCallback: unknown, maybeCallback?: Callback<string>) {
      const callback = (typeof optionsOrCallback === "function" ? optionsOrCallback : maybeCallback) as
        Callback<string> | undefined;
      later(() => callback?.({ status: "succeeded", value: state.content }));
    },
  };
}

export function composeItem(
  compose: StandinCompose,
  user: { emailAddress: string },
  body: StandinComposeBody = composeBodyOf(compose),
): Record<string, unknown> {
  return {
    itemType: "message",
    conversationId: compose.conversationId,
    subject: { getAsync: getter(compose.subject) },
    from: { getAsync: getter(recipient(compose.from ?? user.emailAddress)) },
    to: { getAsync: getter(compose.to.map(recipient)) },
    cc: { getAsync: getter((compose.cc ?? []).map(recipient)) },
    body: standinBody(body),
    getComposeTypeAsync: (optionsOrCallback: unknown, maybeCallback?: Callback<unknown>) => {
      const callback = (typeof optionsOrCallback === "function" ? optionsOrCallback : maybeCallback) as
        Callback<unknown> | undefined;
      const value = { composeType: compose.composeType ?? "reply", coercionType: body.type };
      later(() => callback?.({ status: "succeeded", value }));
    },
  };
}

export function composeBodyOf(compose: StandinCompose): StandinComposeBody {
  return { type: compose.bodyType ?? "html", content: compose.body ?? "", insertions: [] };
}

function memoryPersistence(): RoamingPersistence {
  let saved: Record<string, unknown> = {};
  return {
    load: () => ({ ...saved }),
    save: (values) => {
      saved = { ...values };
    },
  };
}

/** Loaded once when the runtime starts, as Outlook does; saveAsync writes them all back. */
export function standinRoamingSettings(persistence: RoamingPersistence = memoryPersistence()) {
  const values = new Map(Object.entries(persistence.load()));
  return {
    get: (name: string): unknown => values.get(name),
    set: (name: string, value: unknown) => {
      values.set(name, value);
    },
    remove: (name: string) => {
      values.delete(name);
    },
    saveAsync: (callback?: Callback<undefined>) => {
      later(() => {
        persistence.save(Object.fromEntries(values));
        callback?.({ status: "succeeded", value: undefined });
      });
    },
  };
}

/** Office.actions.associate, and firing the OnMessageSend handler as Outlook does on Send. */
export function standinSendEvents() {
  const handlers = new Map<string, (event: unknown) => void>();
  return {
    actions: {
      associate: (name: string, handler: (event: unknown) => void) => {
        handlers.set(name, handler);
      },
    },
    /** Resolves with the options the handler passed to event.completed. */
    send: (name = "onMessageSendHandler"): Promise<unknown> =>
      new Promise((resolve, reject) => {
        const handler = handlers.get(name);
        if (handler === undefined) {
          reject(new Error(`No handler is associated with ${name}.`));
          return;
        }
        handler({ type: "olkMessageSend", completed: resolve });
      }),
  };
}

export function standinOfficeRuntime(accessToken: string | undefined) {
  return {
    auth: {
      getAccessToken: (): Promise<string> =>
        accessToken === undefined
          ? // 13012: "The add-in is running on a platform that doesn't support getAccessToken".
            Promise.reject(
              Object.assign(new Error("SSO is not supported in the workbench."), { code: 13012 }),
            )
          : Promise.resolve(accessToken),
    },
  };
}
