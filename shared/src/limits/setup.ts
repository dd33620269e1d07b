import type { Limit } from "./limit";
import { HOUR_MS } from "../time/units";

/** What the first-run setup and the member import accept (issue 15). */
export const SETUP_LIMITS = {
  setupCodeLength: {
    value: 64,
    unit: "characters",
    area: "Settings",
    what: "The one-time setup code typed into the dashboard's first run",
    why: "The deploy prints a 20-character code; anything much longer is not one, and is refused before it is hashed.",
    reached: "400 invalid_request: `code: must have at most 64 characters`",
  },
  setupCodeAttempts: {
    value: 10,
    unit: "per hour",
    area: "Settings",
    what: "Wrong setup codes a deployment accepts before it refuses every attempt for the rest of the hour",
    why: "The code is the only secret between a fresh deployment and whoever finds its dashboard first: guessing must be slower than the admin.",
    reached:
      "429 rate_limited: `Too many wrong setup codes: try again after <time>, with the code the deploy printed.`",
  },
  setupCodeWindow: {
    value: HOUR_MS,
    unit: "ms",
    area: "Settings",
    what: "The window the wrong setup codes are counted in",
    why: "An hour lets an admin who mistyped a few times go on the same day while keeping guessing hopeless.",
    reached: "Nothing visible: the count starts again an hour after the first wrong code.",
  },
  orgNameLength: {
    value: 100,
    unit: "characters",
    area: "Settings",
    what: "An organisation's display name",
    why: "The name is shown on one line in the dashboard's header and the install page.",
    reached: "400 invalid_request: `orgName: must have at most 100 characters`",
  },
  memberImportBatch: {
    value: 100,
    unit: "rows",
    area: "Settings",
    what: "Members in one POST /members/import request",
    why: "One request writes them in one batch within a few seconds; the dashboard sends a longer CSV in batches and shows the progress.",
    reached: "400 invalid_request: `members: must have at most 100 items`",
  },
  memberCsvRows: {
    value: 5000,
    unit: "rows",
    area: "Settings",
    what: "Rows in a CSV of members pasted into the dashboard",
    why: "Larger than any team Baton is for; a bigger paste is a wrong file, refused before any request is sent.",
    reached:
      "The dashboard says `This CSV has more than 5000 rows; split it, or check it is the right file.`",
  },
} as const satisfies Record<string, Limit>;
