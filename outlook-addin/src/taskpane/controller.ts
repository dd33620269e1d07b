/**
 * The task pane's behaviour without its UI: reads the open item, observes it, keeps the conversation
 * live (Firestore snapshots), sends commands, heartbeats presence, and turns failures into sentences.
 * The preact App subscribes to its state; tests and the benchmark drive it the same way.
 */
import { chooseTeamMailbox } from "@baton/shared";
import { errorSentence } from "@baton/shared/view";
import { ApiError, type ApiClient, type Member } from "../api/client";
import { slaOfSnapshot, zoneOfSnapshot } from "../live/snapshot-sla";
import type { Presence } from "../live/subscribe";
import type { OpenItem } from "../office/types";
import type { NoticeValue } from "./components/Notice";
import type { PaneCommand } from "./components/Pane";
import { observeRequestFor } from "./observe";
import { claimRaceMessage } from "./race";
import type { SidebarView } from "./view";

export interface Identity {
  email: string;
  role: string;
  org: string;
  members: Member[];
  /** The org's Baton mailbox addresses (GET /me): only threads involving one are ever sent. */
  mailboxes: string[];
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
}

export interface ControllerDeps {
  api: ApiClient;
  identity: Identity;
  timeZone: string;
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

  constructor(private readonly deps: ControllerDeps) {}

  /** Teammates for @mention autocomplete. */
  get members(): Member[] {
    return this.deps.identity.members;
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
  }

  private startHeartbeat(key: string): void {
    const beat = () => {
      this.deps.api.presence(key, "viewing").catch(() => {
        // A missed heartbeat only makes "Ana is viewing" disappear a little early for teammates.
      });
    };
    beat();
    this.heartbeat = (this.deps.setTimer ?? setInterval)(beat, this.deps.heartbeatMs ?? 20_000);
  }

  private accept(key: string, envelope: { conversation: unknown; sla: unknown; view: unknown }): void {
    this.conversation = envelope.conversation;
    this.sla = envelope.sla;
    const view = this.deps.fromApiView(envelope.view);
    this.viewTimeZone = view.timeZone;
    const previous = this.state.phase === "ready" && this.state.key === key ? this.state : null;
    this.set({ phase: "ready", key, view, busy: false, notice: previous?.notice ?? null });
  }

  private viewNow(): SidebarView | null {
    return this.deps.computeView({
      conversation: this.conversation,
      sla: this.sla,
      identity: this.deps.identity,
      presence: this.presence,
      nowMs: this.deps.now(),
      timeZone: this.viewTimeZone ?? this.deps.timeZone,
    });
  }

  private recompute(key: string): void {
    if (this.state.phase !== "ready" || this.state.key !== key) return;
    const view = this.viewNow();
    if (view !== null) this.set({ ...this.state, view });
  }

  private onSnapshot(key: string, data: Record<string, unknown>): void {
    const known = this.conversation as { updatedAt?: unknown } | null;
    if (known !== null && known.updatedAt === data.updatedAt) return;
    // The document carries the SLA fold and its rules, so the clocks at now follow from it: the
    // listener alone renders the change, with no follow-up GET (data flows one way).
    this.conversation = { ...data, key };
    const sla = slaOfSnapshot(data, this.deps.now());
    if (sla !== null) {
      this.sla = sla;
      this.viewTimeZone = zoneOfSnapshot(data) ?? this.viewTimeZone;
      this.recompute(key);
      return;
    }
    // A document written before folds were stored (until its next change): render the new owner,
    // notes and tags at once with the last SLA state, then ask the API once.
    this.recompute(key);
    this.deps.api.get(key).then(
      (envelope) => {
        if (this.state.phase === "ready" && this.state.key === key) this.accept(key, envelope);
      },
      () => {
        // The next snapshot or command refreshes the pane.
      },
    );
  }

  dismissNotice(): void {
    if (this.state.phase === "ready") this.set({ ...this.state, notice: null });
  }

  async run(command: PaneCommand): Promise<void> {
    if (this.state.phase !== "ready") return;
    const key = this.state.key;
    this.set({ ...this.state, busy: true, notice: null });
    try {
      const envelope = await this.send(key, command);
      this.accept(key, envelope);
    } catch (error) {
      await this.fail(key, command, error);
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
    }
  }

  private async fail(key: string, command: PaneCommand, error: unknown): Promise<void> {
    if (error instanceof ApiError && error.code === "already_claimed") {
      // Lost the race: say who won and show their ownership rather than a bare failure.
      const text = claimRaceMessage(error.details, this.deps.identity.members, this.deps.now());
      try {
        const envelope = await this.deps.api.get(key);
        this.accept(key, envelope);
      } catch {
        // Keep the current view; the snapshot listener will bring the winner.
      }
      if (this.state.phase === "ready")
        this.set({ ...this.state, busy: false, notice: { kind: "info", text } });
      return;
    }
    if (this.state.phase === "ready") {
      this.set({
        ...this.state,
        busy: false,
        notice: { kind: "error", text: sentenceFor(error), retry: () => void this.run(command) },
      });
    }
  }
}

export const NOT_A_TEAM_THREAD =
  "Not a team thread: none of your team's Baton mailboxes is on this message, so Baton sent nothing about it.";

/** Worded once for both add-ins, in @baton/shared/view. */
export function sentenceFor(error: unknown): string {
  return errorSentence(error instanceof ApiError ? error : null);
}
