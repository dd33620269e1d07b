// The org, its members and the account index, written with the admin SDK (the API has no endpoint that
// creates an org). `set` with fixed ids makes every re-run converge, never duplicate. Mailboxes go
// through the API (PUT /mailboxes/{id}) when it runs, and through the admin SDK only when it does not.
import type { Firestore } from "firebase-admin/firestore";
// Firestore cannot store an array inside an array: calendars are stored in the backend's own form.
import { calendarToStore } from "../../backend/src/store/calendar-codec";
import { demoJoinedAt, MAILBOXES } from "./mailboxes";
import { DEMO_DOMAIN, DEMO_ORG, MEMBERS } from "./people";
import { demoRouting, demoRoutings, type RoutingPhase } from "./routing";

export async function seedOrg(db: Firestore): Promise<void> {
  const batch = db.batch();
  const org = db.collection("orgs").doc(DEMO_ORG);
  batch.set(org, {
    name: "Baton Demo",
    domain: DEMO_DOMAIN,
    // The demo org holds its domain (as PUT /org/identity would record it after proof).
    identity: { domains: [DEMO_DOMAIN], tenants: [] },
    settings: {
      redaction: { cards: true, ibans: true, patterns: [{ name: "reset_code", regex: "\\bPW-[0-9]{6}\\b" }] },
      retentionDays: 365,
    },
  });
  batch.set(db.collection("domains").doc(DEMO_DOMAIN), { org: DEMO_ORG });
  for (const member of MEMBERS) {
    batch.set(org.collection("members").doc(member.email), { ...member });
    batch.set(db.collection("accounts").doc(member.email), { org: DEMO_ORG });
  }
  await batch.commit();
}

const mailboxRef = (db: Firestore, id: string) =>
  db.collection("orgs").doc(DEMO_ORG).collection("mailboxes").doc(id);

/**
 * The mailboxes written directly, for when the API is not running (or cannot store them), with
 * their routing in `phase` stored as PUT /mailboxes/{id}/routing would (the parsed whole routing).
 */
export async function seedMailboxesDirectly(
  db: Firestore,
  nowMs: number,
  phase: RoutingPhase,
): Promise<void> {
  const batch = db.batch();
  for (const { id, calendar, ...mailbox } of MAILBOXES) {
    batch.set(mailboxRef(db, id), {
      ...mailbox,
      routing: demoRouting(id, phase),
      calendar: calendarToStore(calendar),
      createdAt: demoJoinedAt(nowMs),
    });
  }
  await batch.commit();
}

/** Only the routing, written directly: for when PUT /mailboxes/{id}/routing cannot store it. */
export async function seedRoutingDirectly(db: Firestore, phase: RoutingPhase): Promise<void> {
  const batch = db.batch();
  for (const { id, routing } of demoRoutings(phase)) batch.update(mailboxRef(db, id), { routing });
  await batch.commit();
}

/**
 * When each mailbox joined Baton (`createdAt`, 90 days before the seed runs), written before the
 * API's PUT /mailboxes/{id}, which keeps a stored date (the API has no field for it: only a
 * migration or an import sets it). Without it a mailbox joins when its document is created, and
 * every seeded message, being older, would be history with no clock.
 */
export async function seedMailboxesJoined(db: Firestore, nowMs: number): Promise<void> {
  const batch = db.batch();
  for (const { id } of MAILBOXES) {
    batch.set(mailboxRef(db, id), { createdAt: demoJoinedAt(nowMs) }, { merge: true });
  }
  await batch.commit();
}
