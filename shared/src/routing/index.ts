// Public surface of routing/ (issue 16): rules, strategies, availability and their explanations.
export * from "./types";
