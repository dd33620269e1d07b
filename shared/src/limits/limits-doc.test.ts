import { readFileSync } from "node:fs";
import { join } from "node:path";
import { BUSINESS_TIME_LIMITS } from "./business-time";
import { CONNECTOR_LIMITS } from "./connectors";
import { CONVERSATION_LIMITS } from "./conversations";
import { FOLLOW_UP_LIMITS } from "./followups";
import { GMAIL_CARD_LIMITS } from "./gmail-cards";
import { LIMITS } from "./index";
import { INTERNAL_LIMITS } from "./internal";
import { JOB_LIMITS } from "./jobs";
import { LIMIT_AREAS } from "./limit";
import { METRICS_LIMITS } from "./metrics";
import { NOTIFICATION_LIMITS } from "./notifications";
import { OBSERVING_LIMITS } from "./observing";
import { OUTLOOK_PANE_LIMITS } from "./outlook-pane";
import { formatLimitValue, renderLimitsMarkdown } from "./render-markdown";
import { REQUEST_LIMITS } from "./requests";
import { ROUTING_LIMITS } from "./routing";
import { SETTINGS_LIMITS } from "./settings";
import { SETUP_LIMITS } from "./setup";
import { TEMPLATE_LIMITS } from "./templates";

const PARTS = [
  REQUEST_LIMITS,
  CONVERSATION_LIMITS,
  FOLLOW_UP_LIMITS,
  OBSERVING_LIMITS,
  SETTINGS_LIMITS,
  SETUP_LIMITS,
  ROUTING_LIMITS,
  TEMPLATE_LIMITS,
  NOTIFICATION_LIMITS,
  CONNECTOR_LIMITS,
  METRICS_LIMITS,
  JOB_LIMITS,
  GMAIL_CARD_LIMITS,
  OUTLOOK_PANE_LIMITS,
  BUSINESS_TIME_LIMITS,
  INTERNAL_LIMITS,
];

describe("docs/limits.md", () => {
  it("is what the catalogue renders", () => {
    const onDisk = readFileSync(join(__dirname, "..", "..", "..", "docs", "limits.md"), "utf8");
    const rendered = renderLimitsMarkdown(LIMITS);
    if (onDisk !== rendered) {
      throw new Error("docs/limits.md is out of date with shared/src/limits: run `npm run limits:doc`.");
    }
  });

  it("lists every limit once, under its area", () => {
    const page = renderLimitsMarkdown(LIMITS);
    for (const name of Object.keys(LIMITS)) {
      expect(page.split(`| \`${name}\`: `)).toHaveLength(2);
    }
    const areas = new Set(Object.values(LIMITS).map((limit) => limit.area));
    for (const area of areas) expect(page).toContain(`\n## ${area}\n`);
  });
});

describe("the limits catalogue", () => {
  it("has a positive finite value and non-empty texts in every entry", () => {
    for (const [name, limit] of Object.entries(LIMITS)) {
      const problem =
        !Number.isFinite(limit.value) || limit.value <= 0
          ? "value"
          : [limit.unit, limit.what, limit.why, limit.reached].some((text) => text.trim() === "")
            ? "text"
            : !(LIMIT_AREAS as readonly string[]).includes(limit.area)
              ? "area"
              : null;
      expect({ name, problem }).toEqual({ name, problem: null });
    }
  });

  it("loses no entry when the area files are merged (no name used twice)", () => {
    const total = PARTS.reduce((sum, part) => sum + Object.keys(part).length, 0);
    expect(Object.keys(LIMITS)).toHaveLength(total);
  });

  it("shows durations in a readable unit beside their milliseconds", () => {
    expect(formatLimitValue(LIMITS.timelineDetail)).toBe("7 days (604,800,000 ms)");
    expect(formatLimitValue(LIMITS.jobLease)).toBe("90 seconds (90,000 ms)");
    expect(formatLimitValue(LIMITS.noteLength)).toBe("10,000 characters");
  });
});
