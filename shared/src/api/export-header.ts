/**
 * The export's response header naming the next page's `cursor` (absent on the last page). A module
 * of its own, without zod: the dashboard's first load reads it, and api/metrics.ts (whose schemas
 * carry zod) re-exports it for everyone else.
 */
export const EXPORT_NEXT_HEADER = "Baton-Export-Next";
