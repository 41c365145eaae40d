/** Obsidian's Events and EventRef, with a count of live listeners so tests can prove everything was released. */

type Callback = (...args: never[]) => unknown;

export interface EventRef {
  owner: Events;
  name: string;
  fn: Callback;
}

export class Events {
  private readonly handlers = new Map<string, Set<EventRef>>();

  on(name: string, callback: (...data: never[]) => unknown): EventRef {
    const ref: EventRef = { owner: this, name, fn: callback };
    let set = this.handlers.get(name);
    if (!set) this.handlers.set(name, (set = new Set()));
    set.add(ref);
    return ref;
  }

  off(name: string, callback: (...data: never[]) => unknown): void {
    for (const ref of this.handlers.get(name) ?? []) if (ref.fn === callback) this.handlers.get(name)?.delete(ref);
  }

  offref(ref: EventRef): void {
    this.handlers.get(ref.name)?.delete(ref);
  }

  trigger(name: string, ...data: unknown[]): void {
    for (const ref of [...(this.handlers.get(name) ?? [])]) (ref.fn as (...a: unknown[]) => unknown)(...data);
  }

  /** Listeners still registered (all names, or one). */
  listenerCount(name?: string): number {
    if (name) return this.handlers.get(name)?.size ?? 0;
    let n = 0;
    for (const s of this.handlers.values()) n += s.size;
    return n;
  }
}
