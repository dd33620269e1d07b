/**
 * Apps Script's PropertiesService store (script or user properties) kept in memory: the Node stand-in
 * and the workbench's browser stand-in share it. Browser-safe: no Node imports.
 */
export function createProperties(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial));
  return {
    getProperty: (key: string) => values.get(key) ?? null,
    setProperty(key: string, value: unknown) {
      // Apps Script stores every property value as a string.
      values.set(key, String(value));
      return this;
    },
    deleteProperty(key: string) {
      values.delete(key);
      return this;
    },
    getProperties: () => Object.fromEntries(values),
  };
}
