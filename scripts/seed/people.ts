/** The demo org's people: one Auth emulator user and one member document each. */
export const DEMO_ORG = "demo";
export const DEMO_DOMAIN = "demo.baton.test";
export const DEMO_PASSWORD = "demo-password";

export type Role = "admin" | "lead" | "agent" | "viewer";

export interface DemoMember {
  email: string;
  name: string;
  role: Role;
}

const at = (local: string) => `${local}@${DEMO_DOMAIN}`;

export const MEMBERS: readonly DemoMember[] = [
  { email: at("ana"), name: "Ana Alvarez", role: "agent" },
  { email: at("ben"), name: "Ben Okafor", role: "agent" },
  { email: at("chen"), name: "Chen Wei", role: "lead" },
  { email: at("dara"), name: "Dara Novak", role: "agent" },
  { email: at("eli"), name: "Eli Cohen", role: "agent" },
  { email: at("lead"), name: "Lea Brandt", role: "lead" },
  { email: at("admin"), name: "Sam Admin", role: "admin" },
  { email: at("viewer"), name: "Vic Viewer", role: "viewer" },
];

export function memberNamed(local: string): DemoMember {
  const member = MEMBERS.find((m) => m.email === at(local));
  if (!member) throw new Error(`No demo member ${local}@`);
  return member;
}
