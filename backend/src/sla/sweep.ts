import type { Query, QueryDocumentSnapshot } from "firebase-admin/firestore";
import { paths } from "../store/paths";
import { slaPaths } from "./paths";
import { deliverHeld, redeliverStranded } from "./outbox";
import { channelTargetsLoader, newSettingsCache, runSlaStep, type SlaRunDeps } from "./step";

export interface SweepOptions {
  /** Documents per query page. */
  pageSize?: number;
  /** Steps run at once (each is one transaction). */
  concurrency?: number;
  /** Stop after this many conversations; the rest are the next sweep's (it runs every minute). */
  maxConversations?: number;
  /** One org only (per-org query; tests and per-tenant runs). Default: every org, collection group. */
  org?: string;
}

export interface SweepReport {
  /** Documents the due-queries returned: the sweep's cost, proportional to what is due. */
  docsRead: number;
  conversations: number;
  actions: number;
  /** Notices a crashed runner left undelivered, delivered by this sweep. */
  redelivered: number;
  /** Notices held for members' quiet hours whose working hours have started, delivered by this sweep. */
  held: number;
  failures: number;
  durationMs: number;
}

interface Due {
  org: string;
  key: string;
}

/** Pages through `query` (already ordered), collecting due conversations until `limit`. */
async function collect(
  query: Query,
  pageSize: number,
  limit: number,
  toDue: (doc: QueryDocumentSnapshot) => Due | null,
  into: Map<string, Due>,
): Promise<number> {
  let read = 0;
  let last: QueryDocumentSnapshot | undefined;
  for (;;) {
    const page = await (last === undefined ? query : query.startAfter(last)).limit(pageSize).get();
    read += page.size;
    for (const doc of page.docs) {
      const due = toDue(doc);
      if (due !== null) into.set(`${due.org}/${due.key}`, due);
    }
    last = page.docs[page.docs.length - 1];
    if (page.size < pageSize || into.size >= limit || last === undefined) return read;
  }
}

/** conversations live at orgs/{org}/conversations/{key}: the org is the grandparent's id. */
function conversationOf(doc: QueryDocumentSnapshot): Due | null {
  const org = doc.ref.parent.parent?.id;
  return org === undefined ? null : { org, key: doc.id };
}

function timerOf(doc: QueryDocumentSnapshot): Due | null {
  const org: unknown = doc.get("org");
  const key: unknown = doc.get("key");
  return typeof org === "string" && typeof key === "string" ? { org, key } : null;
}

/**
 * The safety net behind the tasks: every conversation whose `sla.nextCheckAt <= now` (across orgs, a
 * collection-group query on the single-field index of sla.nextCheckAt, ascending, paged) and every
 * escalation timer that is due gets one SLA step. The work is proportional to what is due: the
 * queries read only due documents, and each step reads one conversation with its log.
 */
export async function runSlaSweep(
  deps: SlaRunDeps,
  nowMs: number,
  options: SweepOptions = {},
): Promise<SweepReport> {
  const started = Date.now();
  const pageSize = options.pageSize ?? 300;
  const limit = options.maxConversations ?? 5_000;
  const { db } = deps;
  const due = new Map<string, Due>();
  const scope =
    options.org === undefined ? db.collectionGroup("conversations") : paths.conversations(db, options.org);
  const conversations = scope.where("sla.nextCheckAt", "<=", nowMs).orderBy("sla.nextCheckAt");
  let docsRead = await collect(conversations, pageSize, limit, conversationOf, due);
  const allTimers = slaPaths.timers(db);
  const timers = (options.org === undefined ? allTimers : allTimers.where("org", "==", options.org))
    .where("at", "<=", nowMs)
    .orderBy("at");
  docsRead += await collect(timers, pageSize, limit, timerOf, due);

  const run: SlaRunDeps = { ...deps, cache: deps.cache ?? newSettingsCache() };
  const queue = [...due.values()].slice(0, limit);
  let actions = 0;
  let failures = 0;
  const worker = async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) {
      try {
        const step = await runSlaStep(run, item.org, item.key, nowMs);
        actions += step.recorded.length;
      } catch (error) {
        failures += 1;
        deps.log?.("SLA step failed", { org: item.org, key: item.key, error: String(error) });
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 8 }, worker));
  let redelivered = 0;
  try {
    const only = options.org === undefined ? {} : { org: options.org };
    redelivered = await redeliverStranded(db, run.notify, nowMs, channelTargetsLoader(run), only);
  } catch (error) {
    failures += 1;
    deps.log?.("stranded SLA notices could not be redelivered", { error: String(error) });
  }
  let held = 0;
  try {
    const only = options.org === undefined ? {} : { org: options.org };
    held = await deliverHeld(db, run.notify, nowMs, channelTargetsLoader(run), only);
  } catch (error) {
    failures += 1;
    deps.log?.("held SLA notices could not be delivered", { error: String(error) });
  }
  return {
    docsRead,
    conversations: due.size,
    actions,
    redelivered,
    held,
    failures,
    durationMs: Date.now() - started,
  };
}
