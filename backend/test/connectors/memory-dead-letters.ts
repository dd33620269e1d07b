import type { DeadLetter, DeadLetterStore } from "../../src/connectors/dead-letters";

/** DeadLetterStore in a Map: the Firestore store's contract (create-once add, due by retryAt). */
export class MemoryDeadLetterStore implements DeadLetterStore {
  readonly letters = new Map<string, DeadLetter>();

  private key(org: string, id: string): string {
    return `${org}/${id}`;
  }

  add(letters: readonly DeadLetter[]): Promise<void> {
    for (const letter of letters) {
      const key = this.key(letter.org, letter.id);
      if (!this.letters.has(key)) this.letters.set(key, { ...letter });
    }
    return Promise.resolve();
  }

  due(org: string, mailboxId: string, nowMs: number, limit: number): Promise<DeadLetter[]> {
    const due = [...this.letters.values()]
      .filter((l) => l.org === org && l.mailboxId === mailboxId && l.retryAt !== null && l.retryAt <= nowMs)
      .sort((a, b) => (a.retryAt ?? 0) - (b.retryAt ?? 0))
      .slice(0, limit);
    return Promise.resolve(due.map((l) => ({ ...l })));
  }

  get(org: string, id: string): Promise<DeadLetter | null> {
    const letter = this.letters.get(this.key(org, id));
    return Promise.resolve(letter === undefined ? null : { ...letter });
  }

  put(letter: DeadLetter): Promise<void> {
    this.letters.set(this.key(letter.org, letter.id), { ...letter });
    return Promise.resolve();
  }

  remove(org: string, id: string): Promise<void> {
    this.letters.delete(this.key(org, id));
    return Promise.resolve();
  }

  list(org: string, limit: number): Promise<DeadLetter[]> {
    const all = [...this.letters.values()]
      .filter((l) => l.org === org)
      .sort((a, b) => b.lastFailedAt - a.lastFailedAt);
    return Promise.resolve(all.slice(0, limit).map((l) => ({ ...l })));
  }
}
