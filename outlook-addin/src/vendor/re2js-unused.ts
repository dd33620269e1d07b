/**
 * Build-time replacement for `re2js`, which @firebase/firestore 12 imports only to evaluate regex
 * expressions of Pipeline queries on the client. The pane never runs pipelines; the real library
 * costs ~46 KB gzipped of the 150 KB budget. Anything that does reach it fails loudly.
 */
export const RE2JS = {
  compile(): never {
    throw new Error("Baton's task pane leaves out re2js: Firestore pipeline regexes are not supported here.");
  },
};
