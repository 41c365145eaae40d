/** Where the fake vault keeps its files: in memory (browser harness) or in a real folder on disk (jest). */

export interface StoredFile {
  text: string;
  mtime: number;
  ctime: number;
}

export interface FileStore {
  list(): string[];
  folders(): string[];
  get(path: string): StoredFile | null;
  put(path: string, text: string, mtime: number): void;
  remove(path: string): void;
  move(from: string, to: string): void;
  makeFolder(path: string): void;
}

export class MemoryStore implements FileStore {
  private readonly files = new Map<string, StoredFile>();
  private readonly dirs = new Set<string>();

  constructor(initial: Record<string, string> = {}) {
    let t = 1;
    for (const [p, text] of Object.entries(initial)) this.files.set(p, { text, mtime: t, ctime: t++ });
  }

  list(): string[] {
    return [...this.files.keys()].sort();
  }

  folders(): string[] {
    return [...this.dirs];
  }

  get(path: string): StoredFile | null {
    return this.files.get(path) ?? null;
  }

  put(path: string, text: string, mtime: number): void {
    const old = this.files.get(path);
    this.files.set(path, { text, mtime, ctime: old?.ctime ?? mtime });
  }

  remove(path: string): void {
    this.files.delete(path);
  }

  move(from: string, to: string): void {
    const f = this.files.get(from);
    if (!f) return;
    this.files.delete(from);
    this.files.set(to, f);
  }

  makeFolder(path: string): void {
    this.dirs.add(path);
  }
}
