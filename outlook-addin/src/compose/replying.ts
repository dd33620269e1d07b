/**
 * "Ana is replying": while the compose pane is open on a reply or forward to a team thread it sends a
 * `replying` heartbeat every REPLYING_HEARTBEAT_MS, and says goodbye (DELETE presence) when the pane
 * goes (draft sent, discarded or closed: pagehide). If the goodbye never leaves, the backend's
 * PRESENCE_TTL_MS expiry ends it. Teammates' read panes see it through their live presence listener;
 * this pane learns who else is replying by polling: each heartbeat's answer is the presence list, and
 * the conversation (its last reply) is read with it, so the warnings are at most one beat old.
 */
import { PRESENCE_TTL_MS } from "@baton/shared/view";
import type { PresenceEntry } from "@baton/shared/api";
import type { ComposeApi, ConversationSeen } from "./api";

/**
 * Three beats per PRESENCE_TTL_MS (15 s), as the read pane's `viewing` heartbeat: one lost beat never
 * hides someone still replying. It is also how stale this pane's own warnings can get (5 s).
 */
export const REPLYING_HEARTBEAT_MS = PRESENCE_TTL_MS / 3;

export interface ReplyingUpdate {
  presence: PresenceEntry[];
  conversation: ConversationSeen | null;
}

export interface ReplyingDeps {
  api: Pick<ComposeApi, "replying" | "leave" | "conversation">;
  onUpdate(update: ReplyingUpdate): void;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export class ReplyingPresence {
  private handle: unknown = null;
  private key: string | null = null;
  private conversation: ConversationSeen | null = null;

  constructor(private readonly deps: ReplyingDeps) {}

  start(key: string): void {
    this.stop();
    this.key = key;
    void this.beat(key);
    const set = this.deps.setTimer ?? ((run: () => void, ms: number) => setInterval(run, ms));
    this.handle = set(() => void this.beat(key), REPLYING_HEARTBEAT_MS);
  }

  stop(): void {
    if (this.handle !== null) {
      const clear =
        this.deps.clearTimer ??
        ((handle: unknown) => {
          clearInterval(handle as number);
        });
      clear(this.handle);
    }
    this.handle = null;
    const key = this.key;
    this.key = null;
    if (key === null) return;
    this.deps.api.leave(key).catch(() => {
      // The expiry ends it within PRESENCE_TTL_MS anyway.
    });
  }

  private async beat(key: string): Promise<void> {
    const [presence, conversation] = await Promise.all([
      // A lost beat only makes "is replying" end a little early for teammates.
      this.deps.api.replying(key).catch(() => null),
      this.deps.api.conversation(key).catch(() => null),
    ]);
    if (this.key !== key) return;
    if (conversation !== null) this.conversation = conversation;
    const seen = [...(presence ?? []), ...(conversation?.presence ?? [])];
    this.deps.onUpdate({ presence: seen, conversation: this.conversation });
  }
}
