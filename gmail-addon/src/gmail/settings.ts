/**
 * Where the backend is. Script properties win (set per deployment in the Apps Script project
 * settings); the build-time defaults come from esbuild `define` (see build.mjs), so a dev push talks
 * to the dev backend without any manual step.
 */
declare const __BATON_API_BASE_URL__: string;

export const API_BASE_URL_PROPERTY = "BATON_API_BASE_URL";

export interface Settings {
  apiBaseUrl: string;
}

function buildDefault(): string {
  // Outside a bundle (unit tests) the define is absent; the local emulator is the sensible default.
  return typeof __BATON_API_BASE_URL__ === "string"
    ? __BATON_API_BASE_URL__
    : "http://127.0.0.1:5001/demo-baton/us-central1/api/v1";
}

export function readSettings(): Settings {
  const configured = PropertiesService.getScriptProperties().getProperty(API_BASE_URL_PROPERTY);
  const apiBaseUrl = configured !== null && configured.trim() !== "" ? configured.trim() : buildDefault();
  return { apiBaseUrl: apiBaseUrl.replace(/\/+$/, "") };
}
