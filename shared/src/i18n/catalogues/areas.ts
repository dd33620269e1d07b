/**
 * The catalogue's areas and their English (source) shapes, as types only: importing this file brings
 * no message into a bundle. A client loads just the areas it shows (../load.ts).
 */
import type admin from "./en/admin";
import type dashboard from "./en/dashboard";
import type errors from "./en/errors";
import type gmail from "./en/gmail";
import type notify from "./en/notify";
import type pane from "./en/pane";
import type store from "./en/store";
import type view from "./en/view";
import type workbench from "./en/workbench";

export interface Areas {
  view: typeof view;
  pane: typeof pane;
  gmail: typeof gmail;
  dashboard: typeof dashboard;
  admin: typeof admin;
  errors: typeof errors;
  notify: typeof notify;
  workbench: typeof workbench;
  store: typeof store;
}

export type Area = keyof Areas;

/** Every area once: a Record, so the compiler refuses an area added to Areas but not listed here. */
const AREA_LIST: Record<Area, true> = {
  view: true,
  pane: true,
  gmail: true,
  dashboard: true,
  admin: true,
  errors: true,
  notify: true,
  workbench: true,
  store: true,
};

export const AREAS = Object.keys(AREA_LIST) as readonly Area[];

/** "pane.claim": an area and a key of it. */
export type MessageKey<A extends Area = Area> = {
  [K in A]: `${K}.${Extract<keyof Areas[K], string>}`;
}[A];

/** Another language's file for an area: exactly the source's keys, each a string. */
export type Catalogue<Source> = { readonly [K in keyof Source]: string };

/** Loaded messages, flat: "area.key" -> ICU pattern. */
export type Messages = Readonly<Record<string, string>>;
