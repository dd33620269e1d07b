// Background jobs over HTTP: POST /metrics/rebuild answers 202 with a job an admin follows on
// GET /jobs and GET /jobs/{id}; a small org's job is done within the request that started it.
import type { JobView } from "@baton/shared";
import { createTestOrg, makeThread, observe, type TestOrg } from "./support/fixtures";
import { call } from "./support/stack";

describe("background jobs over HTTP", () => {
  let org: TestOrg;

  beforeAll(async () => {
    org = await createTestOrg("jobs", { root: "admin", lee: "lead", ana: "agent" });
    for (const n of [1, 2, 3])
      await observe(org, "ana", makeThread(org.domain, `c${n}@customer.test`, 2).messages);
  });

  it("starts a rebuild (202), finishes a small one in the request, and shows it with its progress", async () => {
    const started = await call<JobView>(org.token("root"), "POST", "/metrics/rebuild", {});
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({ kind: "metrics_rebuild", state: "done", processed: 3, total: 3 });
    const one = await call<JobView>(org.token("root"), "GET", `/jobs/${started.body.id}`);
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({
      id: started.body.id,
      state: "done",
      requestedBy: expect.stringContaining("root") as unknown,
    });
    const list = await call<{ jobs: JobView[] }>(org.token("root"), "GET", "/jobs");
    expect(list.status).toBe(200);
    expect(list.body.jobs[0]?.id).toBe(started.body.id);
  });

  it("refuses jobs to non-admins and answers 404 for an unknown job", async () => {
    const lead = await call(org.token("lee"), "GET", "/jobs");
    expect(lead.status).toBe(403);
    expect((await call(org.token("ana"), "POST", "/metrics/rebuild", {})).status).toBe(403);
    expect((await call(org.token("root"), "GET", "/jobs/no-such-job")).status).toBe(404);
  });
});
