/**
 * The few runtime values the always-loaded part of the dashboard needs from @baton/shared, imported
 * from their own files: importing the package index would pull the API's zod schemas (~450 KB) into
 * the first load, since esbuild assigns a module to chunks by reachability, not by use. Types still
 * come from "@baton/shared"; the settings chunk imports the package as usual.
 */
export { CLOCK_KINDS } from "../../shared/src/conversation/types";
export { METRIC_DEFINITIONS } from "../../shared/src/metrics/definitions";
