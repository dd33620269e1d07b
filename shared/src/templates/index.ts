// Templates (canned replies, issue 17): pure rendering, date phrases, search and CSAT credit. No I/O, no clock.
export * from "./variables";
export * from "./facts";
export * from "./render";
export * from "./date-phrase";
export * from "./search";
export * from "./first-name";
export * from "./conversation-ref";
export * from "./escape-html";
export * from "./csat";
