/**
 * The shared sidebar view model as the pane renders it. Components render only what it says; nothing
 * in the add-in decides domain rules (who may claim, what a clock says, which tone it has).
 */
export type { ClockView, NoteView, SidebarView } from "@baton/shared";
