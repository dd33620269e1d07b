import type { Limit } from "./limit";
import { DAY_MS } from "../time/units";

/** The business-time engine's range and the SLA explain timeline's shape. */
export const BUSINESS_TIME_LIMITS = {
  instantRange: {
    value: 8.64e15,
    unit: "ms either side of 1970",
    area: "Business time",
    what: "Instants business time is computed for (the range of a JavaScript Date, about 271,821 BC to 275,760 AD)",
    why: "The zone database and every date formatter stop there, and past it block arithmetic loses its milliseconds.",
    reached:
      "Nothing visible: message times are bounded long before (see Observing mail); past it the engine throws a RangeError.",
  },
  timelineDetail: {
    value: 7 * DAY_MS,
    unit: "ms",
    area: "Business time",
    what: "Detail kept day by day at each end of a running stretch in GET /conversations/{key}/sla",
    why: "A week is what a lead scrolls through to see how a clock was spent; beyond it the days repeat and only the total is news.",
    reached:
      "The timeline summarises the rest as `ran N business days, first - last` with the exact time used.",
  },
  timelineBreachDetail: {
    value: DAY_MS,
    unit: "ms",
    area: "Business time",
    what: "Detail kept either side of the instant a target was used up",
    why: "So the breach reads exactly, however long the stretch around it.",
    reached: "Nothing visible: the breach day is always listed in full.",
  },
  timelineMinSummary: {
    value: 2 * DAY_MS,
    unit: "ms",
    area: "Business time",
    what: "Shortest gap between detail windows that is summarised",
    why: "A shorter gap reads better listed than as `ran 1 business day`.",
    reached: "Nothing visible.",
  },
  timelineSnap: {
    value: 7 * DAY_MS,
    unit: "ms",
    area: "Business time",
    what: "How far a detail window's edge looks for the edge of the business interval it would cut",
    why: "A week holds a closing on any calendar but a 24/7 one; past it the window cuts mid-interval, which only splits one entry in two.",
    reached: "Nothing visible.",
  },
} satisfies Record<string, Limit>;
