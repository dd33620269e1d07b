import type { Firestore } from "firebase-admin/firestore";

/**
 * Every Firestore path in one place (the security rules and the seed follow the same layout):
 * accounts/{email}                          {org}: which org a signed-in address belongs to
 * domains/{domain}                          {org}: the one org that holds an email domain
 * tenants/{tid}                             {org}: the one org that accepts an Entra tenant's tokens
 * identities/ms_{tid}_{oid}                 {org, email, tenant, objectId, linkedBy}: Microsoft links
 * orgs/{org}                                {name, domain, identity:{domains, tenants}, settings}
 * orgs/{org}/members/{email}                {email, name, role, external?}
 * orgs/{org}/removals/{email}               {at, cleanedUp}: a removal whose clean-up may be retried
 * orgs/{org}/mailboxes/{id}                 {address, name, policy, calendar, routing, version}
 * orgs/{org}/conversations/{key}            projection + sla summary + aliases + mailboxId
 *   .../events/{eventId}                    append-only log
 *   .../viewers/{email}                     presence heartbeats
 * orgs/{org}/messages/{messageKey}          {conversationKey}: every Message-ID seen
 * orgs/{org}/aliases/{platform}_{hash}      {conversationKey}: Gmail / Exchange thread ids
 */
export const paths = {
  account: (db: Firestore, email: string) => db.collection("accounts").doc(email),
  domain: (db: Firestore, domain: string) => db.collection("domains").doc(domain),
  tenant: (db: Firestore, tid: string) => db.collection("tenants").doc(tid),
  identities: (db: Firestore) => db.collection("identities"),
  identity: (db: Firestore, id: string) => db.collection("identities").doc(id),
  removal: (db: Firestore, org: string, email: string) =>
    db.collection("orgs").doc(org).collection("removals").doc(email),
  org: (db: Firestore, org: string) => db.collection("orgs").doc(org),
  members: (db: Firestore, org: string) => db.collection("orgs").doc(org).collection("members"),
  member: (db: Firestore, org: string, email: string) => paths.members(db, org).doc(email),
  mailboxes: (db: Firestore, org: string) => db.collection("orgs").doc(org).collection("mailboxes"),
  mailbox: (db: Firestore, org: string, id: string) => paths.mailboxes(db, org).doc(id),
  conversations: (db: Firestore, org: string) => db.collection("orgs").doc(org).collection("conversations"),
  conversation: (db: Firestore, org: string, key: string) => paths.conversations(db, org).doc(key),
  events: (db: Firestore, org: string, key: string) => paths.conversation(db, org, key).collection("events"),
  viewers: (db: Firestore, org: string, key: string) =>
    paths.conversation(db, org, key).collection("viewers"),
  message: (db: Firestore, org: string, messageKey: string) =>
    db.collection("orgs").doc(org).collection("messages").doc(messageKey),
  alias: (db: Firestore, org: string, aliasId: string) =>
    db.collection("orgs").doc(org).collection("aliases").doc(aliasId),
};
