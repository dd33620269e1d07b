import type { Limit } from "./limit";
import { MINUTE_MS } from "../time/units";

/** The Outlook add-in's send check and what the task pane remembers for it. */
export const OUTLOOK_PANE_LIMITS = {
  sendCheckBudget: {
    value: 3000,
    unit: "ms",
    area: "Outlook pane",
    what: "Time the send handler's check may take",
    why: "Outlook alerts the user when an OnMessageSend handler runs longer than five seconds, so the check gives up well inside that.",
    reached:
      "The send goes ahead unchecked (Baton being slow must never stop mail); the pane later says `Your last send wasn't checked for a conflict: Baton did not answer within 3 seconds.`",
  },
  sendRecordBudget: {
    value: 1000,
    unit: "ms",
    area: "Outlook pane",
    what: "Time the send handler spends recording why a check gave up",
    why: "Check and record together finish within about 4 s, under Outlook's five-second alert.",
    reached: "Nothing visible: the send goes ahead; the pane's notice may be missing.",
  },
  rememberedThreads: {
    value: 20,
    unit: "threads",
    area: "Outlook pane",
    what: "Threads the task pane remembers for the send handler",
    why: "Roaming settings hold 32 KB in all; twenty entries of ~350 characters stay far below it.",
    reached:
      "Nothing visible: a reply to an older thread joins its conversation through Exchange's conversationId alone.",
  },
  recentReply: {
    value: 10 * MINUTE_MS,
    unit: "ms",
    area: "Outlook pane",
    what: "How recent a teammate's reply makes Outlook ask before another reply goes out",
    why: "A reply this soon after a teammate's is likely the double reply Baton exists to prevent.",
    reached: "An Outlook Smart Alert: `<teammate> already replied <N min ago> — send anyway?`",
  },
} satisfies Record<string, Limit>;
