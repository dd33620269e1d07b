import { DEFAULT_ESCALATION_POLICY } from "@baton/shared";
import { parseSlaTask } from "./handlers";
import { taskIdOf } from "./scheduler";
import { toChannelTargets, toEscalationSettings } from "./settings";

describe("parseSlaTask", () => {
  it("accepts {org, key, at} and drops anything else", () => {
    expect(parseSlaTask({ org: "acme", key: "c_1", at: 5 })).toEqual({ org: "acme", key: "c_1", at: 5 });
    expect(parseSlaTask({ org: "acme", key: "c_1" })).toBeNull();
    expect(parseSlaTask("acme/c_1")).toBeNull();
    expect(parseSlaTask(null)).toBeNull();
  });
});

describe("taskIdOf", () => {
  it("is one id per (org, conversation, instant), in the characters Cloud Tasks allows", () => {
    const id = taskIdOf({ org: "acme", key: "c_1", at: 5 });
    expect(id).toBe(taskIdOf({ org: "acme", key: "c_1", at: 5 }));
    expect(id).not.toBe(taskIdOf({ org: "acme", key: "c_1", at: 6 }));
    expect(id).not.toBe(taskIdOf({ org: "acme", key: "c_2", at: 5 }));
    expect(id).toMatch(/^[A-Za-z0-9_-]{1,500}$/);
  });
});

describe("stored settings", () => {
  it("fall back to the default policy and no rota when the document is broken", () => {
    expect(toEscalationSettings(undefined)).toEqual({ policy: DEFAULT_ESCALATION_POLICY, rota: null });
    expect(toEscalationSettings({ policy: { rules: "nope" }, rota: { timeZone: "Mars/Base" } })).toEqual({
      policy: DEFAULT_ESCALATION_POLICY,
      rota: null,
    });
  });

  it("keep only channel targets with http(s) URLs and complete webhooks", () => {
    expect(
      toChannelTargets({
        slack: { url: "https://hooks.slack.com/services/T/B/x" },
        teams: { url: "javascript:alert(1)" },
        webhooks: [
          { id: "crm", url: "https://crm.example/hook", secret: "s" },
          { id: "nosecret", url: "https://x.example" },
        ],
      }),
    ).toEqual({
      slack: { url: "https://hooks.slack.com/services/T/B/x" },
      teams: null,
      webhooks: [{ id: "crm", url: "https://crm.example/hook", secret: "s" }],
    });
  });
});
