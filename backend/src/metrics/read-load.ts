/**
 * Open load per member against their cap, for the Metrics tab (issue 16): routing's load documents
 * (orgs/{org}/memberLoad/{email}, a count per priority that every append keeps by increments,
 * backend/src/routing/load.ts) and the caps on the member documents and the mailbox. One small
 * collection read each (a document per member), whatever the number of conversations.
 */
import { PRIORITIES, type MemberLoadRow, type Priority } from "@baton/shared";
import type { DocumentData, Firestore } from "firebase-admin/firestore";
import { paths } from "../store/paths";

function countOf(value: unknown): number {
  return typeof value === "number" && Number.isFinite(value) ? Math.max(0, value) : 0;
}

/** The rows of the members with any load or a cap, most loaded first. */
export function loadRows(
  loads: ReadonlyMap<string, DocumentData>,
  members: ReadonlyMap<string, DocumentData>,
  mailboxCap: number | null,
): MemberLoadRow[] {
  const rows: MemberLoadRow[] = [];
  for (const email of new Set([...loads.keys(), ...members.keys()])) {
    const load = loads.get(email) ?? {};
    const byPriority = Object.fromEntries(PRIORITIES.map((p) => [p, countOf(load[p])])) as Record<
      Priority,
      number
    >;
    const open = PRIORITIES.reduce((sum, p) => sum + byPriority[p], 0);
    const own: unknown = members.get(email)?.maxOpen;
    // null on the member: no cap of their own and none of the mailbox's either (routing's rule).
    const cap = typeof own === "number" ? own : own === null ? null : mailboxCap;
    if (open === 0 && cap === null) continue;
    rows.push({ member: email, open, byPriority, cap });
  }
  return rows.sort((a, b) => b.open - a.open || (a.member < b.member ? -1 : 1));
}

export async function readLoad(
  db: Firestore,
  org: string,
  mailbox: string | undefined,
): Promise<MemberLoadRow[]> {
  const [loads, members, box] = await Promise.all([
    db.collection("orgs").doc(org).collection("memberLoad").get(),
    paths.members(db, org).get(),
    mailbox === undefined ? Promise.resolve(null) : paths.mailbox(db, org, mailbox).get(),
  ]);
  const routing = (box?.data()?.routing ?? {}) as { capacity?: { maxOpen?: unknown } };
  const mailboxCap = typeof routing.capacity?.maxOpen === "number" ? routing.capacity.maxOpen : null;
  const byId = (docs: ReadonlyArray<{ id: string; data(): DocumentData }>) =>
    new Map(docs.map((d) => [d.id.toLowerCase(), d.data()]));
  return loadRows(byId(loads.docs), byId(members.docs), mailboxCap);
}
