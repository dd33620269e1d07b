import { checkProject, type ProjectProbe } from "./probe";
import { fakeProject } from "./probe.test-support";

describe("the project checks", () => {
  it("pass a visible project on Blaze", async () => {
    expect(await checkProject(fakeProject(), "acme-baton")).toEqual({ problems: [], notes: [] });
  });
  it("say to sign in when firebase-tools is not", async () => {
    const probe: ProjectProbe = {
      ...fakeProject(),
      visibleProjects: () =>
        Promise.reject(new Error("Failed to authenticate, have you run firebase login?")),
    };
    expect((await checkProject(probe, "acme-baton")).problems).toEqual([
      expect.stringContaining("run `npx firebase login`"),
    ]);
  });
  it("say the project is not visible to this account", async () => {
    expect((await checkProject(fakeProject({ projects: ["other"] }), "acme-baton")).problems).toEqual([
      expect.stringContaining('firebase-tools cannot see project "acme-baton"'),
    ]);
  });
  it("say the project needs the Blaze plan", async () => {
    expect((await checkProject(fakeProject({ billing: false }), "acme-baton")).problems).toEqual([
      expect.stringContaining("is not on the Blaze plan"),
    ]);
  });
  it("note when billing could not be read", async () => {
    expect(await checkProject(fakeProject({ billing: null }), "acme-baton")).toEqual({
      problems: [],
      notes: [expect.stringContaining("was not checked")],
    });
  });
});
