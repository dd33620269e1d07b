/**
 * New mail that lands after the demo's routing is configured (issue 16), minutes before the seed
 * ends: support@ gives each an owner round-robin (Ana, Ben, Dara, Eli in turn), the invoices go to
 * billing@ tagged and prioritised by rule, and sales@ (manual) leaves its one unclaimed. Observed one
 * at a time, in this order, so the turns are the same on every fresh stack.
 */
import { c, type ThreadSpec } from "./threads";

const NEW_CUSTOMERS = {
  marta: c("Marta Kowalska", "marta@kowalska-studio.example", "gmail"),
  daniel: c("Daniel Fischer", "d.fischer@fischer-moebel.example", "outlook"),
  aisha: c("Aisha Bello", "aisha@bello-textiles.example", "mta"),
  noah: c("Noah Smits", "noah.smits@smits-fietsen.example", "gmail"),
  clara: c("Clara Rossi", "clara.rossi@rossi-vini.example", "outlook"),
  oskar: c("Oskar Lind", "oskar@lind-design.example", "gmail"),
  mei: c("Mei Lin", "mei.lin@lotus-trading.example", "outlook"),
} as const;

const now = (wallMinutes: number, text?: string) => ({
  by: "customer",
  ago: { wallMinutes },
  ...(text ? { text } : {}),
});

export const ARRIVALS: readonly ThreadSpec[] = [
  {
    id: "n1",
    state: "arrived",
    mailbox: "support",
    platform: "gmail",
    customer: NEW_CUSTOMERS.marta,
    subject: "Tracking link shows 'label created' for a week",
    messages: [now(9, "Hi, my parcel has not moved since last Monday. Can you check with the carrier?")],
    observer: "ana",
  },
  {
    id: "n2",
    state: "arrived",
    mailbox: "support",
    platform: "outlook",
    customer: NEW_CUSTOMERS.daniel,
    subject: "Invoice INV-2026-1204 has our old address",
    messages: [now(8, "Please reissue it with Hauptstraße 12, 10115 Berlin.")],
    observer: "ben",
  },
  {
    id: "n3",
    state: "arrived",
    mailbox: "support",
    platform: "outlook",
    customer: NEW_CUSTOMERS.aisha,
    subject: "Sign-in link expired before I could use it",
    messages: [now(7, "The magic link said expired after two minutes. Can you send a new one?")],
    observer: "dara",
  },
  {
    id: "n4",
    state: "arrived",
    mailbox: "support",
    platform: "gmail",
    customer: NEW_CUSTOMERS.noah,
    subject: "Question about last month",
    messages: [now(6, "The invoice for October charged us for 14 seats, but we only have 12.")],
    observer: "eli",
  },
  {
    id: "n5",
    state: "arrived",
    mailbox: "support",
    platform: "gmail",
    customer: NEW_CUSTOMERS.clara,
    subject: "Bulk edit of product prices",
    messages: [now(5, "Is there a way to raise all prices in one category by 5%?")],
    observer: "ana",
  },
  {
    id: "n6",
    state: "arrived",
    mailbox: "support",
    platform: "outlook",
    customer: NEW_CUSTOMERS.oskar,
    subject: "Team member cannot see shared reports",
    messages: [now(4, "Our new designer gets an empty page under Reports.")],
    observer: "ben",
  },
  {
    id: "n7",
    state: "arrived",
    mailbox: "support",
    platform: "gmail",
    customer: NEW_CUSTOMERS.marta,
    subject: "Password reset email never arrives",
    messages: [now(3, "Checked spam too. Nothing since this morning.")],
    observer: "dara",
  },
  {
    id: "n8",
    state: "arrived",
    mailbox: "sales",
    platform: "outlook",
    customer: NEW_CUSTOMERS.mei,
    subject: "Pricing for 200 seats across three regions",
    messages: [now(2, "We are comparing three vendors this week. Could you send a quote?")],
    observer: "eli",
  },
];
