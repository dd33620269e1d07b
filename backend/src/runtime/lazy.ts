/**
 * A module (or anything built from one) loaded on first call and kept for the instance's life.
 * The functions entry defines every trigger eagerly (deploy-time discovery must see them all, with
 * their options) but loads what a trigger runs only when it first runs: an instance started for one
 * function never pays for another's clients (Gmail, Graph, MSAL, date-holidays). esbuild turns
 * `import()` of a bundled module into a deferred initialiser, so the bundle stays one file.
 */
export function lazy<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    if (loading !== undefined) return loading;
    const current = load();
    loading = current;
    // A failed load is not kept: the next invocation tries again rather than failing forever.
    current.catch(() => {
      if (loading === current) loading = undefined;
    });
    return current;
  };
}
