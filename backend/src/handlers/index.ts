import { deadLetterHandlers } from "../connectors/dead-letter-handlers";
import type { Handlers } from "../http/app";
import { adminHandlers } from "./admin";
import { conversationHandlers } from "./conversations";
import type { ServerDeps } from "./deps";
import { escalationHandlers } from "./escalation";
import { exchangeHandler } from "./exchange";
import { followupsHandlers } from "../followups/handlers";
import { exportCsvHandler, metricsHandler, rebuildMetricsHandler } from "../metrics/handlers";
import { getJobHandler, listJobsHandler } from "../jobs/handlers";
import { meHandler } from "./me";
import { mentionsHandlers } from "../mentions/handlers";
import { observeHandler } from "./observe";
import { orgIdentityHandlers } from "./org-identity";
import { orgSettingsHandlers } from "./org-settings";
import { preferencesHandlers } from "./preferences";
import { queueHandler } from "./queue";
import { routingHandlers } from "./routing";
import { setupHandlers } from "../setup/handlers";
import { templatesHandlers } from "../templates/handlers";

/** One handler per route of the contract (shared/api/routes.ts) plus the backend's extras. */
export function createHandlers(deps: ServerDeps): Handlers {
  return {
    health: () => Promise.resolve({ ok: true }),
    observe: observeHandler(deps),
    ...conversationHandlers(deps),
    queue: queueHandler(deps),
    ...adminHandlers(deps),
    ...escalationHandlers(deps),
    ...orgSettingsHandlers(deps),
    ...orgIdentityHandlers(deps),
    authExchange: exchangeHandler(deps),
    me: meHandler(deps),
    metrics: metricsHandler(deps.db),
    exportCsv: exportCsvHandler(deps.db),
    rebuildMetrics: rebuildMetricsHandler(deps.db),
    ...deadLetterHandlers(deps.db),
    listJobs: listJobsHandler(deps.db),
    getJob: getJobHandler(deps.db),
    ...setupHandlers(deps),
    ...templatesHandlers(deps),
    ...routingHandlers(deps),
    ...preferencesHandlers(deps),
    ...mentionsHandlers(deps),
    ...followupsHandlers(deps),
  };
}
