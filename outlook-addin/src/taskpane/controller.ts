/**
 * The task pane's behaviour without its UI: reads the open item, observes it, keeps the conversation
 * live (Firestore snapshots), sends commands, heartbeats presence, and turns failures into sentences.
 * The preact App subscribes to its state; tests and the benchmark drive it the same way.
 */
import { chooseTeamMailbox, type QueueItem } from "@baton/shared";
import { agoText, errorSentence, nameLookup, PRESENCE_TTL_MS, readError } from "@baton/shared/view";
import { ApiError, type ApiClient, type Member } from "../api/client";
import { slaOfSnapshot, zoneOfSnapshot } from "../live/snapshot-sla";
import type { Presence } from "../live/subscribe";
import type { OpenItem } from "../office/types";
import type { NoticeValue } from "./components/Notice";
import type { PaneCommand } from "./components/Pane";
import { changeNotice, type Watched } from "./live-notices";
import { observeRequestFor } from "./observe";
import type { SidebarView } from "./view";

export interface Identity {
  email: string;
  role: string;
  org: string;
  members: Member[];
  /** The org's Baton mailbox addresses (GET /me): only threads involving one are ever sent. */
  mailboxes: string[];
  /** Away until this instant (GET /me), set from the pane's header; null or absent: not away. */
  awayUntil?: number | null;
}

export type PaneState =
  | { phase: "loading"; text: string }
  | { phase: "empty"; text: string }
  /** A thread with none of the org's Baton mailboxes: nothing about it left the client. */
  | { phase: "private"; text: string }
  | { phase: "failed"; notice: NoticeValue }
  | {
      phase: "ready";
      key: string;
      view: SidebarView;
      busy: boolean;
      notice: NoticeValue | null;
    };

export interface ViewInputs {
  conversation: unknown;
  sla: unknown;
  identity: Identity;
  presence: Presence[];
  nowMs: number;
  timeZone: string;
  /** The reader's zone: times are also written on its clock, labelled, where it differs. */
  readerZone?: string | null;
}

export interface ControllerDeps {
  api: ApiClient;
  identity: Identity;
  timeZone: string;
  /** The reader's zone (live-notices.ts readerZone); null: the mailbox's clock alone. */
  readerZone?: string | null;
  now: () => number;
  readItem: () => Promise<OpenItem | null>;
  /** Computes the view model locally (sidebarView) from a snapshot; null to ask the API instead. */
  computeView: (inputs: ViewInputs) => SidebarView | null;
  /** Maps the API's `view` field to what the pane renders. */
  fromApiView: (view: unknown) => SidebarView;
  subscribe: (
    key: string,
    listeners: {
      onConversation: (data: Record<string, unknown>) => void;
      onPresence: (viewers: Presence[]) => void;
      onError: (error: Error) => void;
    },
  ) => () => void;
  /** Remembers the thread's conversation for the OnMessageSend handler. */
  remember?: (item: OpenItem, key: string) => void;
  heartbeatMs?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export class PaneController {
  private state: PaneState = { phase: "loading", text: "Reading the message…" };
  private readonly listeners = new Set<(state: PaneState) => void>();
  private conversation: unknown = null;
  private sla: unknown = null;
  private presence: Presence[] = [];
  private stopLive: (() => void) | null = null;
  private heartbeat: unknown = null;
  /** The mailbox calendar's zone, from the last view the API sent (times of day are written in it). */
  private viewTimeZone: string | null = null;
  private generation = 0;
  /** The conversation a presence heartbeat runs for, to leave it at once on item change or pagehide. */
  private presentIn: string | null = null;
  /** A claim of ours is in flight: a snapshot naming another owner is the lost race, told at once. */
  private claiming = false;

  constructor(private readonly deps: ControllerDeps) {}

  /** Teammates for @mention autocomplete. */
  get members(): Member[] {
    return this.deps.identity.members;
  }

  /** Away until this instant, as last read or set; null: not away. */
  get awayUntil(): number | null {
    return this.deps.identity.awayUntil ?? null;
  }

  getState(): PaneState {
    return this.state;
  }

  onChange(listener: (state: PaneState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private set(state: PaneState): void {
    this.state = state;
    for (const listener of this.listeners) listener(state);
  }

  /** Opens whatever message is selected now (first load and every ItemChanged). */
  async open(): Promise<void> {
    const generation = ++this.generation;
    this.close();
    performance.mark("baton:item-open");
    this.set({ phase: "loading", text: "Reading the message…" });
    try {
      const item = await this.deps.readItem();
      if (generation !== this.generation) return;
      if (item === null) {
        this.set({ phase: "empty", text: "Select a message to see who owns it and when a reply is due." });
        return;
      }
      const team = chooseTeamMailbox(
        {
          sharedOwner: item.sharedOwner,
          addresses: [item.from.email, ...item.to, ...item.cc],
          self: item.signedInAs,
        },
        this.deps.identity.mailboxes,
      );
      if (team === null) {
        this.set({ phase: "private", text: NOT_A_TEAM_THREAD });
        return;
      }
      const envelope = await this.deps.api.observe(observeRequestFor(item, team.address));
      if (generation !== this.generation) return;
      const key = (envelope.conversation as { key: string }).key;
      this.accept(key, envelope);
      this.deps.remember?.(item, key);
      this.stopLive = this.deps.subscribe(key, {
        onConversation: (data) => {
          if (generation === this.generation) this.onSnapshot(key, data);
        },
        onPresence: (viewers) => {
          if (generation !== this.generation) return;
          this.presence = viewers;
          this.recompute(key);
        },
        onError: (error) => {
          // Listeners fail when the rules refuse or the network drops; the pane still works by API.
          console.warn(`Baton: live updates stopped (${error.message})`);
        },
      });
      this.startHeartbeat(key);
    } catch (error) {
      if (generation !== this.generation) return;
      this.set({
        phase: "failed",
        notice: { kind: "error", text: sentenceFor(error), retry: () => void this.open() },
      });
    }
  }

  close(): void {
    this.stopLive?.();
    this.stopLive = null;
    if (this.heartbeat !== null) (this.deps.clearTimer ?? clearInterval)(this.heartbeat as number);
    this.heartbeat = null;
    this.presence = [];
    this.leave();
  }

  /**
   * Ends "is viewing" for teammates at once (item changed, pane hidden) instead of when the
   * heartbeat expires. keepalive: a pagehide may unload the page before the answer.
   */
  leave(): void {
    const key = this.presentIn;
    this.presentIn = null;
    if (key === null) return;
    this.deps.api.leavePresence(key).catch(() => {
      // Expiry (PRESENCE_TTL_MS) ends it anyway.
    });
  }

  private startHeartbeat(key: string): void {
    const beat = () => {
      this.deps.api.presence(key, "viewing").catch(() => {
        // A missed heartbeat only makes "Ana is viewing" disappear a little early for teammates.
      });
    };
    this.presentIn = key;
    beat();
    // Teammates stop showing a viewer PRESENCE_TTL_MS (15 s) after the last beat: three beats fit in
    // it, so one lost beat never hides someone still here. (Not PRESENCE_HEARTBEAT_MS from
    // @baton/shared/api: importing a value from the route table's module costs the pane 25 KB gzipped.)
    this.heartbeat = (this.deps.setTimer ?? setInterval)(beat, this.deps.heartbeatMs ?? PRESENCE_TTL_MS / 3);
  }

  private accept(key: string, envelope: { conversation: unknown; sla: unknown; view: unknown }): void {
    this.conversation = envelope.conversation;
    this.sla = envelope.sla;
    const apiView = this.deps.fromApiView(envelope.view);
    this.viewTimeZone = apiView.timeZone;
    // Written here for the reader's zone (the API's view knows only the mailbox's); the answer is
    // the server's state, so every menu renders from it, never from what was picked.
    const view = this.viewNow() ?? apiView;
    const previous = this.state.phase === "ready" && this.state.key === key ? this.state : null;
    this.set({ phase: "ready", key, view, busy: false, notice: stillTrue(previous?.notice ?? null, view) });
  }

  private viewNow(): SidebarView | null {
    return this.deps.computeView({
      conversation: this.conversation,
      sla: this.sla,
      identity: this.deps.identity,
      presence: this.presence,
      nowMs: this.deps.now(),
      timeZone: this.viewTimeZone ?? this.deps.timeZone,
      readerZone: this.deps.readerZone ?? null,
    });
  }

  private recompute(key: string, told: NoticeValue | null = null): void {
    if (this.state.phase !== "ready" || this.state.key !== key) return;
    const view = this.viewNow();
    if (view === null) return;
    this.set({ ...this.state, view, notice: told ?? stillTrue(this.state.notice, view) });
  }

  private onSnapshot(key: string, data: Record<string, unknown>): void {
    const known = this.conversation as { updatedAt?: unknown } | null;
    if (known !== null && known.updatedAt === data.updatedAt) return;
    const told = this.noticeFor(known as Watched | null, data as unknown as Watched);
    // The document carries the SLA fold and its rules, so the clocks at now follow from it: the
    // listener alone renders the change, with no follow-up GET (data flows one way).
    this.conversation = { ...data, key };
    const sla = slaOfSnapshot(data, this.deps.now());
    if (sla !== null) {
      this.sla = sla;
      this.viewTimeZone = zoneOfSnapshot(data) ?? this.viewTimeZone;
      this.recompute(key, told);
      return;
    }
    // A document written before folds were stored (until its next change): render the new owner,
    // notes and tags at once with the last SLA state, then ask the API once.
    this.recompute(key, told);
    this.deps.api.get(key).then(
      (envelope) => {
        if (this.state.phase === "ready" && this.state.key === key) this.accept(key, envelope);
      },
      () => {
        // The next snapshot or command refreshes the pane.
      },
    );
  }

  /**
   * What a snapshot is news of, said once (this snapshot, not the next): a claim of ours lost to
   * the owner it names, or a teammate's change to a thread the reader owns.
   */
  private noticeFor(before: Watched | null, after: Watched): NoticeValue | null {
    const me = this.deps.identity.email.toLowerCase();
    const owner = after.assignee?.toLowerCase() ?? null;
    if (this.claiming && owner !== null && owner !== me) {
      const since = (after as { assignedAt?: unknown }).assignedAt;
      return raceNotice(owner, typeof since === "number" ? since : null, this.deps.identity.members);
    }
    if (before === null) return null;
    const members = this.deps.identity.members;
    const known = new Set(members.map((member) => member.email.toLowerCase()));
    const text = changeNotice(before, after, me, nameLookup(members), (email) => known.has(email));
    return text === null ? null : { kind: "info", text };
  }

  /**
   * What is assigned to the reader and what mentions them, open, by deadline (soonest first, none
   * last), each once: the pinned pane's "My work" when no message is selected.
   */
  /**
   * Sets (an instant) or clears (null) the member's "away until" (PUT /me/availability): routing
   * gives them nothing new meanwhile. Answers the stored instant, or the sentence of a refusal.
   */
  async setAway(awayUntil: number | null): Promise<{ awayUntil: number | null } | { error: string }> {
    try {
      const answer = await this.deps.api.setAway(
        awayUntil === null ? null : new Date(awayUntil).toISOString(),
      );
      this.deps.identity.awayUntil = answer.awayUntil;
      return { awayUntil: answer.awayUntil };
    } catch (error) {
      return { error: sentenceFor(error) };
    }
  }

  /** Keys My work listed because they mention the reader (unread), from its last load. */
  private mentioned = new Set<string>();

  /**
   * The member opened `key` from My work: if it was listed for an unread mention, marks the
   * mentions read (POST /conversations/{key}/mentions/read) so the list drops it. Only those, so
   * opening one's own assigned work writes nothing; a failure leaves it listed, nothing else.
   */
  async openedFromMyWork(key: string): Promise<void> {
    if (!this.mentioned.has(key)) return;
    try {
      await this.deps.api.markMentionsRead(key);
      this.mentioned.delete(key);
    } catch {
      // Still unread: it stays in the list, and the next open tries again.
    }
  }

  async myWork(): Promise<QueueItem[]> {
    const [assigned, mentioned] = await Promise.all([
      this.deps.api.queue({ assignee: "me" }),
      this.deps.api.queue({ mentions: "me" }),
    ]);
    this.mentioned = new Set(mentioned.items.map((item) => item.key));
    const byKey = new Map<string, QueueItem>();
    for (const item of [...assigned.items, ...mentioned.items]) byKey.set(item.key, item);
    return [...byKey.values()].sort(
      (a, b) =>
        (a.nextDeadline ?? Number.POSITIVE_INFINITY) - (b.nextDeadline ?? Number.POSITIVE_INFINITY) ||
        (a.key < b.key ? -1 : 1),
    );
  }

  dismissNotice(): void {
    if (this.state.phase === "ready") this.set({ ...this.state, notice: null });
  }

  /** Sends a command; true once the server accepted it (a composer clears its text only then). */
  async run(command: PaneCommand): Promise<boolean> {
    if (this.state.phase !== "ready") return false;
    const key = this.state.key;
    this.set({ ...this.state, busy: true, notice: null });
    this.claiming = command.type === "claim";
    try {
      const envelope = await this.send(key, command);
      this.claiming = false;
      this.accept(key, envelope);
      return true;
    } catch (error) {
      this.claiming = false;
      await this.fail(key, command, error);
      return false;
    }
  }

  private send(key: string, command: PaneCommand) {
    const api = this.deps.api;
    switch (command.type) {
      case "claim":
        return api.claim(key);
      case "release":
        return api.release(key);
      case "assign":
        return api.assign(key, command.assignee);
      case "status":
        return api.setStatus(key, command.status, command.snoozedUntil);
      case "priority":
        return api.setPriority(key, command.priority);
      case "tags":
        return api.setTags(key, command.add, command.remove);
      case "addNote":
        return api.addNote(key, command.body);
      case "editNote":
        return api.editNote(key, command.id, command.body);
      case "deleteNote":
        return api.deleteNote(key, command.id);
      case "followUp":
        return api.setFollowUp(key, command.dueAt);
      case "clearFollowUp":
        return api.clearFollowUp(key);
      case "snooze":
        return api.snooze(key, command.until);
    }
  }

  private async fail(key: string, command: PaneCommand, error: unknown): Promise<void> {
    if (error instanceof ApiError && error.code === "already_claimed") {
      // Lost the race: say who won and show their ownership rather than a bare failure. The notice
      // is set after the winner is rendered (the answer and the listener's snapshot arrive in
      // either order), and ages and clears with the ownership it describes.
      const owner = typeof error.details.owner === "string" ? error.details.owner.toLowerCase() : null;
      const since = typeof error.details.since === "number" ? error.details.since : null;
      try {
        const envelope = await this.deps.api.get(key);
        this.accept(key, envelope);
      } catch {
        // Keep the current view; the snapshot listener will bring the winner.
      }
      if (this.state.phase === "ready" && this.state.key === key) {
        const notice: NoticeValue =
          owner === null
            ? { kind: "info", text: "A teammate claimed this a moment ago." }
            : raceNotice(owner, since, this.deps.identity.members);
        this.set({ ...this.state, busy: false, notice: stillTrue(notice, this.state.view) ?? notice });
      }
      return;
    }
    if (this.state.phase === "ready" && this.state.key === key) {
      // The sentence names the field the reader typed in, and stands next to it; Retry only when
      // trying the same thing again can succeed.
      const failure = error instanceof ApiError ? error : null;
      const reading = readError(failure, { input: inputOf(command) });
      this.set({
        ...this.state,
        busy: false,
        notice: {
          kind: "error",
          text: reading.sentence,
          field: reading.field,
          ...(reading.canRetry ? { retry: () => void this.run(command) } : {}),
        },
      });
    }
  }
}

/** The request body a command sends, so an error sentence can say what in it was refused. */
function inputOf(command: PaneCommand): Record<string, unknown> {
  const { type: _type, ...body } = command;
  return body;
}

/** "Ana claimed this 2 min ago.", ageing as the pane ticks, shown while Ana owns it. */
function raceNotice(owner: string, since: number | null, members: Member[]): NoticeValue {
  const name = nameLookup(members)(owner);
  return {
    kind: "info",
    text: `${name} claimed this a moment ago.`,
    textAt: since === null ? undefined : (nowMs) => `${name} claimed this ${agoText(since, nowMs)}.`,
    whileOwner: owner,
  };
}

/** A notice about an owner is dropped once the view shows another (a release clears "Ana claimed this"). */
function stillTrue(notice: NoticeValue | null, view: SidebarView): NoticeValue | null {
  if (notice?.whileOwner === undefined) return notice;
  return (view.ownerEmail ?? null) === notice.whileOwner ? notice : null;
}

export const NOT_A_TEAM_THREAD =
  "Not a team thread: none of your team's Baton mailboxes is on this message, so Baton sent nothing about it.";

/** Worded once for both add-ins, in @baton/shared/view. */
export function sentenceFor(error: unknown): string {
  return errorSentence(error instanceof ApiError ? error : null);
}
