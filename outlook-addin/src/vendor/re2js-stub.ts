/**
 * Build-time replacement for `re2js`, which @firebase/firestore 12 imports only to evaluate regex
 * expressions of Pipeline queries on the client. The pane never runs pipelines; the real library
 * costs ~46 KB gzipped of the 150 KB budget (measured: the pane is 148.7 KB gzipped with this stub,
 * 193.5 KB without). @baton/shared's redaction runs on re2js too, but the pane never redacts (the
 * backend does, when a note is saved): tree shaking leaves it out. Anything that does reach this
 * stub fails loudly.
 */
export const RE2JS = {
  compile(): never {
    throw new Error("Baton's task pane leaves out re2js: Firestore pipeline regexes are not supported here.");
  },
};
