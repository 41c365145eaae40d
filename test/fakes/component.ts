/** Obsidian's Component lifecycle: children, registered callbacks and events, all released on unload. */
import type { EventRef } from "./events";

export class Component {
  private loaded = false;
  private readonly children: Component[] = [];
  private cleanups: (() => unknown)[] = [];
  /** Settles when an async onload (a plugin's) has finished; Obsidian does not wait, tests do. */
  loading: Promise<unknown> = Promise.resolve();

  load(): void {
    if (this.loaded) return;
    this.loaded = true;
    this.loading = Promise.resolve(this.onload() as unknown);
    for (const c of this.children) c.load();
  }

  unload(): void {
    if (!this.loaded) return;
    this.loaded = false;
    for (const c of [...this.children]) c.unload();
    this.children.length = 0;
    const cleanups = this.cleanups;
    this.cleanups = [];
    for (const fn of cleanups) fn();
    this.onunload();
  }

  onload(): void | Promise<void> {}
  onunload(): void {}

  get isLoaded(): boolean {
    return this.loaded;
  }

  addChild<T extends Component>(component: T): T {
    this.children.push(component);
    if (this.loaded) component.load();
    return component;
  }

  removeChild<T extends Component>(component: T): T {
    const i = this.children.indexOf(component);
    if (i !== -1) {
      this.children.splice(i, 1);
      component.unload();
    }
    return component;
  }

  register(cb: () => unknown): void {
    this.cleanups.push(cb);
  }

  registerEvent(ref: EventRef): void {
    this.register(() => ref.owner.offref(ref));
  }

  registerDomEvent(el: EventTarget, type: string, callback: (evt: Event) => unknown, options?: boolean | AddEventListenerOptions): void {
    el.addEventListener(type, callback, options);
    this.register(() => el.removeEventListener(type, callback, options));
  }

  registerInterval(id: number): number {
    this.register(() => clearInterval(id));
    return id;
  }
}

export class MarkdownRenderChild extends Component {
  constructor(public containerEl: HTMLElement) {
    super();
  }
}
