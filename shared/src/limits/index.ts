/**
 * Every limit of Baton in one catalogue: the code reads its values from here and docs/limits.md is
 * rendered from it (`npm run limits:doc`), so a value is written once in the repository.
 */
import { BUSINESS_TIME_LIMITS } from "./business-time";
import { CONNECTOR_LIMITS } from "./connectors";
import { CONVERSATION_LIMITS } from "./conversations";
import { FOLLOW_UP_LIMITS } from "./followups";
import { GMAIL_CARD_LIMITS } from "./gmail-cards";
import { INTERNAL_LIMITS } from "./internal";
import { JOB_LIMITS } from "./jobs";
import type { Limit } from "./limit";
import { METRICS_LIMITS } from "./metrics";
import { NOTIFICATION_LIMITS } from "./notifications";
import { OBSERVING_LIMITS } from "./observing";
import { OUTLOOK_PANE_LIMITS } from "./outlook-pane";
import { REQUEST_LIMITS } from "./requests";
import { ROUTING_LIMITS } from "./routing";
import { SETTINGS_LIMITS } from "./settings";
import { SETUP_LIMITS } from "./setup";
import { TEMPLATE_LIMITS } from "./templates";

export const LIMITS = /* @__PURE__ */ (() => ({
  ...REQUEST_LIMITS,
  ...CONVERSATION_LIMITS,
  ...FOLLOW_UP_LIMITS,
  ...OBSERVING_LIMITS,
  ...SETTINGS_LIMITS,
  ...SETUP_LIMITS,
  ...ROUTING_LIMITS,
  ...TEMPLATE_LIMITS,
  ...NOTIFICATION_LIMITS,
  ...CONNECTOR_LIMITS,
  ...METRICS_LIMITS,
  ...JOB_LIMITS,
  ...GMAIL_CARD_LIMITS,
  ...OUTLOOK_PANE_LIMITS,
  ...BUSINESS_TIME_LIMITS,
  ...INTERNAL_LIMITS,
}))() satisfies Record<string, Limit>;

export type LimitName = keyof typeof LIMITS;

// Modules read their values from the area objects, so a bundle takes only the areas (and texts) it
// uses; LIMITS, the whole catalogue, is for the page and the tests (and /* @__PURE__ */ lets
// bundlers drop it when unused).
export {
  BUSINESS_TIME_LIMITS,
  CONNECTOR_LIMITS,
  CONVERSATION_LIMITS,
  FOLLOW_UP_LIMITS,
  GMAIL_CARD_LIMITS,
  INTERNAL_LIMITS,
  JOB_LIMITS,
  METRICS_LIMITS,
  NOTIFICATION_LIMITS,
  OBSERVING_LIMITS,
  OUTLOOK_PANE_LIMITS,
  REQUEST_LIMITS,
  ROUTING_LIMITS,
  SETTINGS_LIMITS,
  SETUP_LIMITS,
  TEMPLATE_LIMITS,
};

export { LIMIT_AREAS, type Limit, type LimitArea } from "./limit";
export { renderLimitsMarkdown } from "./render-markdown";
