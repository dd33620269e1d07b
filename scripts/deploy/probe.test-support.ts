import type { ProjectProbe } from "./probe";

/** A project as firebase-tools would answer for it: visible, on Blaze, with one web app, unless told. */
export function fakeProject(
  overrides: {
    projects?: string[];
    billing?: boolean | null;
    webConfig?: Record<string, string> | null;
  } = {},
): ProjectProbe & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    visibleProjects: () => {
      calls.push("visibleProjects");
      return Promise.resolve(overrides.projects ?? ["acme-baton"]);
    },
    billingEnabled: (project) => {
      calls.push(`billingEnabled ${project}`);
      return Promise.resolve(overrides.billing === undefined ? true : overrides.billing);
    },
    webAppConfig: (project) => {
      calls.push(`webAppConfig ${project}`);
      return Promise.resolve(
        overrides.webConfig === undefined
          ? { apiKey: "AIza-fake", authDomain: `${project}.firebaseapp.com`, projectId: project }
          : overrides.webConfig,
      );
    },
  };
}
