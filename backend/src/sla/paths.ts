import type { Firestore } from "firebase-admin/firestore";

/**
 * Where the SLA engine keeps its own documents (the rest is store/paths.ts):
 * orgs/{org}/escalations/{mailboxId}   {policy, rota}: rules and on-call rota, readable by members
 * orgs/{org}/outbox/{eventId}          one per recorded SLA action: what to tell whom, delivery state
 * orgs/{org}/deadLetters/{id}          deliveries that failed their last try (notify/dead-letter.ts)
 * secrets/{org}/channels/{mailboxId}   Slack/Teams URLs, webhook URLs and secrets: outside orgs/{org},
 *                                      so no member can read them (no security rule matches there)
 * slaTimers/{org}:{key}                {org, key, at}: the next escalation the conversation's own
 *                                      sla.nextCheckAt does not cover (API writes recompute that field
 *                                      from the clocks alone), swept like nextCheckAt
 */
export const slaPaths = {
  escalation: (db: Firestore, org: string, mailboxId: string) =>
    db.collection("orgs").doc(org).collection("escalations").doc(mailboxId),
  outbox: (db: Firestore, org: string, eventId: string) =>
    db.collection("orgs").doc(org).collection("outbox").doc(eventId),
  channels: (db: Firestore, org: string, mailboxId: string) =>
    db.collection("secrets").doc(org).collection("channels").doc(mailboxId),
  timers: (db: Firestore) => db.collection("slaTimers"),
  timer: (db: Firestore, org: string, key: string) => db.collection("slaTimers").doc(`${org}:${key}`),
};
