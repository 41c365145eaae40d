/** The fake Workspace: layout-ready queue, active file and view, opened links, and theme (css-change) events. */
import { Events } from "./events";
import type { TFile } from "./vault";

export class Editor {
  constructor(
    private text = "",
    private cursor = { line: 0, ch: 0 },
  ) {}
  getValue(): string {
    return this.text;
  }
  setValue(v: string): void {
    this.text = v;
  }
  getCursor(): { line: number; ch: number } {
    return this.cursor;
  }
  setCursor(pos: { line: number; ch: number } | number, ch = 0): void {
    this.cursor = typeof pos === "number" ? { line: pos, ch } : pos;
  }
  getLine(n: number): string {
    return this.text.split("\n")[n] ?? "";
  }
  lineCount(): number {
    return this.text.split("\n").length;
  }
  replaceRange(insert: string, from: { line: number; ch: number }, to?: { line: number; ch: number }): void {
    const offset = (p: { line: number; ch: number }): number =>
      this.text
        .split("\n")
        .slice(0, p.line)
        .reduce((n, l) => n + l.length + 1, 0) + p.ch;
    const a = offset(from);
    const b = to ? offset(to) : a;
    this.text = this.text.slice(0, a) + insert + this.text.slice(b);
  }
  replaceSelection(insert: string): void {
    this.replaceRange(insert, this.cursor);
  }
  offsetToPos(offset: number): { line: number; ch: number } {
    const before = this.text.slice(0, offset);
    const line = before.split("\n").length - 1;
    return { line, ch: offset - (before.lastIndexOf("\n") + 1) };
  }
  posToOffset(pos: { line: number; ch: number }): number {
    return (
      this.text
        .split("\n")
        .slice(0, pos.line)
        .reduce((n, l) => n + l.length + 1, 0) + pos.ch
    );
  }
  /** Every change's positions refer to the text before the transaction, as in CodeMirror; applied from the end. */
  transaction(tx: { changes?: { from: { line: number; ch: number }; to?: { line: number; ch: number }; text: string }[] }): void {
    const changes = (tx.changes ?? []).map((c) => ({ from: this.posToOffset(c.from), to: this.posToOffset(c.to ?? c.from), text: c.text }));
    changes.sort((a, b) => b.from - a.from);
    for (const c of changes) this.text = this.text.slice(0, c.from) + c.text + this.text.slice(c.to);
    this.transactions++;
  }
  /** How many transactions reached this editor (tests check that one refresh is one undo step). */
  transactions = 0;
}

export class MarkdownView {
  constructor(
    public file: TFile | null,
    public editor: Editor,
  ) {}
}

export class WorkspaceLeaf {
  constructor(public view: MarkdownView) {}
}

export class Workspace extends Events {
  private layoutReady = false;
  private readonly queue: (() => unknown)[] = [];
  activeFile: TFile | null = null;
  activeView: MarkdownView | null = null;
  readonly opened: { linktext: string; sourcePath: string }[] = [];
  /** Markdown views open in the workspace (tests open a note with unsaved typing through `openInEditor`). */
  readonly leaves: WorkspaceLeaf[] = [];

  onLayoutReady(cb: () => unknown): void {
    if (this.layoutReady) cb();
    else this.queue.push(cb);
  }

  /** What Obsidian does once the workspace is on screen. */
  triggerLayoutReady(): void {
    this.layoutReady = true;
    for (const cb of this.queue.splice(0)) cb();
  }

  get layoutIsReady(): boolean {
    return this.layoutReady;
  }

  getActiveFile(): TFile | null {
    return this.activeFile;
  }

  getLeavesOfType(type: string): WorkspaceLeaf[] {
    return type === "markdown" ? [...this.leaves] : [];
  }

  /** Open `file` in an editor holding `text` (its unsaved state), as a user typing in it would have. */
  openInEditor(file: TFile, text: string): MarkdownView {
    const view = new MarkdownView(file, new Editor(text));
    this.leaves.push(new WorkspaceLeaf(view));
    return view;
  }

  getActiveViewOfType<T>(_type: new (...args: never[]) => T): T | null {
    return this.activeView as T | null;
  }

  async openLinkText(linktext: string, sourcePath: string): Promise<void> {
    this.opened.push({ linktext, sourcePath });
  }
}
