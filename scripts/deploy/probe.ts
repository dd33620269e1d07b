// What the deploy asks the real project, behind one small interface so the whole command runs in a
// test against a fake project (run.test.ts) and --dry-run never touches the network.

export interface ProjectProbe {
  /** Ids of the projects the signed-in firebase-tools account can see; throws when it is not signed in. */
  visibleProjects(): Promise<string[]>;
  /** Whether the project has billing (the Blaze plan); null when the account may not read it. */
  billingEnabled(project: string): Promise<boolean | null>;
  /** The project's one Firebase web app config, or null when it has none. */
  webAppConfig(project: string): Promise<Record<string, string> | null>;
}

/** The project checks, as sentences (problems stop the deploy; notes are said in the summary). */
export async function checkProject(
  probe: ProjectProbe,
  project: string,
): Promise<{ problems: string[]; notes: string[] }> {
  let projects: string[];
  try {
    projects = await probe.visibleProjects();
  } catch (error) {
    return {
      problems: [
        `firebase-tools could not list your projects (${(error as Error).message.split("\n")[0]}); run \`npx firebase login\` and try again.`,
      ],
      notes: [],
    };
  }
  if (!projects.includes(project))
    return {
      problems: [
        `firebase-tools cannot see project "${project}"; sign in with an account that owns it (\`npx firebase login:add\`), or add Firebase to it in the Firebase console.`,
      ],
      notes: [],
    };
  const billing = await probe.billingEnabled(project);
  if (billing === false)
    return {
      problems: [
        `project "${project}" is not on the Blaze plan, which Cloud Functions need; upgrade it in Firebase console > Usage and billing > Details & settings.`,
      ],
      notes: [],
    };
  const notes =
    billing === null
      ? [
          `the Blaze plan of "${project}" was not checked (this account may not read its billing); firebase deploy refuses functions without it.`,
        ]
      : [];
  return { problems: [], notes };
}

/** Turns firebase-tools' exported helpers into a probe; loaded only outside --dry-run. */
export function firebaseToolsProbe(): ProjectProbe {
  // firebase-tools is CommonJS without type declarations for these internals.
  /* eslint-disable @typescript-eslint/no-require-imports, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-member-access */
  const tools = require("firebase-tools");
  return {
    async visibleProjects() {
      const list: { projectId: string }[] = await tools.projects.list({ nonInteractive: true });
      return list.map((entry) => entry.projectId);
    },
    async billingEnabled(project) {
      try {
        const { checkBillingEnabled } = require("firebase-tools/lib/gcp/cloudbilling");
        return (await checkBillingEnabled(project)) as boolean;
      } catch {
        return null;
      }
    },
    async webAppConfig(project) {
      try {
        const info = await tools.apps.sdkconfig("web", "", { project, nonInteractive: true });
        return (info?.sdkConfig ?? null) as Record<string, string> | null;
      } catch {
        return null;
      }
    },
  };
  /* eslint-enable @typescript-eslint/no-require-imports, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-member-access */
}
