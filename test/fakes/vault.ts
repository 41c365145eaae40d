/** The fake Vault, FileManager and MetadataCache over a FileStore, firing Obsidian's events after each change. */
import { parseDocument, stringify } from "yaml";
import { Events } from "./events";
import type { FileStore } from "./fileStore";

export interface FileStats {
  ctime: number;
  mtime: number;
  size: number;
}

export class TAbstractFile {
  vault!: Vault;
  path = "";
  name = "";
  parent: TFolder | null = null;
}

export class TFile extends TAbstractFile {
  stat: FileStats = { ctime: 0, mtime: 0, size: 0 };
  basename = "";
  extension = "";
}

export class TFolder extends TAbstractFile {
  children: TAbstractFile[] = [];
  isRoot(): boolean {
    return this.path === "/";
  }
}

export function normalizePath(p: string): string {
  return (
    p
      .replace(/\\/g, "/")
      .replace(/\/+/g, "/")
      .replace(/^\/|\/$/g, "") || "/"
  );
}

export class DataAdapter {
  constructor(private readonly store: FileStore) {}
  async exists(p: string): Promise<boolean> {
    return this.store.get(normalizePath(p)) !== null || this.store.folders().includes(normalizePath(p));
  }
  async read(p: string): Promise<string> {
    const f = this.store.get(normalizePath(p));
    if (!f) throw new Error(`ENOENT: ${p}`);
    return f.text;
  }
  async write(p: string, data: string): Promise<void> {
    this.store.put(normalizePath(p), data, Date.now());
  }
  async mkdir(p: string): Promise<void> {
    this.store.makeFolder(normalizePath(p));
  }
}

export class Vault extends Events {
  readonly configDir = ".obsidian";
  readonly adapter: DataAdapter;
  /** Every write that reached the store (modify, process, create): tests check that a no-op refresh writes nothing. */
  writes = 0;
  /** Every read of a note's text: onload must do none (vault work waits for the layout). */
  reads = 0;
  private clock = 1_000_000;
  private readonly files = new Map<string, TAbstractFile>();
  private readonly root = new TFolder();

  constructor(private readonly store: FileStore) {
    super();
    this.adapter = new DataAdapter(store);
    this.root.path = "/";
    this.root.vault = this;
    for (const f of store.folders()) this.ensureFolder(f);
    for (const p of store.list()) if (!p.startsWith(`${this.configDir}/`)) this.addFile(p, store.get(p)?.text ?? "");
  }

  getRoot(): TFolder {
    return this.root;
  }
  getName(): string {
    return "Test vault";
  }
  getAbstractFileByPath(p: string): TAbstractFile | null {
    return this.files.get(normalizePath(p)) ?? null;
  }
  getFileByPath(p: string): TFile | null {
    const f = this.getAbstractFileByPath(p);
    return f instanceof TFile ? f : null;
  }
  getFiles(): TFile[] {
    return [...this.files.values()].filter((f): f is TFile => f instanceof TFile);
  }
  getMarkdownFiles(): TFile[] {
    return this.getFiles().filter((f) => f.extension === "md");
  }
  getAllLoadedFiles(): TAbstractFile[] {
    return [this.root, ...this.files.values()];
  }

  async read(file: TFile): Promise<string> {
    this.reads++;
    return this.textOf(file);
  }
  async cachedRead(file: TFile): Promise<string> {
    this.reads++;
    return this.textOf(file);
  }
  async modify(file: TFile, data: string): Promise<void> {
    this.write(file, data);
    this.trigger("modify", file);
  }
  async process(file: TFile, fn: (data: string) => string): Promise<string> {
    const next = fn(this.textOf(file));
    this.write(file, next);
    this.trigger("modify", file);
    return next;
  }
  async create(p: string, data: string): Promise<TFile> {
    const path = normalizePath(p);
    if (this.files.has(path)) throw new Error(`File already exists: ${path}`);
    this.store.put(path, data, ++this.clock);
    this.writes++;
    const file = this.addFile(path, data);
    this.trigger("create", file);
    return file;
  }
  async createFolder(p: string): Promise<TFolder> {
    const folder = this.ensureFolder(normalizePath(p));
    this.store.makeFolder(folder.path);
    return folder;
  }
  async rename(file: TAbstractFile, newPath: string): Promise<void> {
    const oldPath = file.path;
    const path = normalizePath(newPath);
    if (this.files.has(path)) throw new Error(`Destination exists: ${path}`);
    this.store.move(oldPath, path);
    this.files.delete(oldPath);
    this.place(file, path);
    this.trigger("rename", file, oldPath);
  }
  async delete(file: TAbstractFile): Promise<void> {
    this.store.remove(file.path);
    this.files.delete(file.path);
    file.parent?.children.splice(file.parent.children.indexOf(file), 1);
    this.trigger("delete", file);
  }
  async trash(file: TAbstractFile): Promise<void> {
    await this.delete(file);
  }

  /** Simulate an edit from outside the plugin (the user typing, a sync tool). */
  async userEdit(path: string, text: string): Promise<void> {
    const file = this.getFileByPath(path);
    if (file) await this.modify(file, text);
    else await this.create(path, text);
  }

  textOf(file: TFile): string {
    const f = this.store.get(file.path);
    if (!f) throw new Error(`ENOENT: ${file.path}`);
    return f.text;
  }

  /** Make the next write fail before anything reaches the store (a full disk, a sync lock). */
  failNextWrite = false;

  private write(file: TFile, data: string): void {
    if (this.failNextWrite) {
      this.failNextWrite = false;
      throw new Error("EIO: write failed");
    }
    this.store.put(file.path, data, ++this.clock);
    this.writes++;
    file.stat = { ...file.stat, mtime: this.clock, size: byteLength(data) };
  }

  private addFile(path: string, text: string): TFile {
    const file = new TFile();
    file.vault = this;
    file.stat = { ctime: ++this.clock, mtime: this.clock, size: byteLength(text) };
    this.place(file, path);
    return file;
  }

  private place(file: TAbstractFile, path: string): void {
    file.path = path;
    file.name = path.slice(path.lastIndexOf("/") + 1);
    if (file instanceof TFile) {
      const dot = file.name.lastIndexOf(".");
      file.basename = dot > 0 ? file.name.slice(0, dot) : file.name;
      file.extension = dot > 0 ? file.name.slice(dot + 1) : "";
    }
    const parent = this.ensureFolder(path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "/");
    file.parent?.children.splice(file.parent.children.indexOf(file), 1);
    file.parent = parent;
    parent.children.push(file);
    this.files.set(path, file);
  }

  private ensureFolder(path: string): TFolder {
    if (path === "/" || path === "") return this.root;
    const existing = this.files.get(path);
    if (existing instanceof TFolder) return existing;
    const folder = new TFolder();
    folder.vault = this;
    this.place(folder, path);
    return folder;
  }
}

/** UTF-8 size without TextEncoder, which jsdom lacks. */
function byteLength(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

export class FileManager {
  constructor(private readonly vault: Vault) {}

  /**
   * As Obsidian does: parses the properties, throws on invalid YAML, lets fn change them, then writes the
   * whole block again from the data (comments, quoting and flow lists are lost, as they are in Obsidian).
   */
  async processFrontMatter(file: TFile, fn: (frontmatter: Record<string, unknown>) => void): Promise<void> {
    const text = this.vault.textOf(file);
    const block = propertiesBlockOf(text);
    const doc = parseDocument(block?.yaml ?? "", { schema: "core" });
    if (doc.errors.length > 0) throw new Error(`YAMLParseError: ${doc.errors[0].message}`);
    const data = (doc.toJS() ?? {}) as Record<string, unknown>;
    fn(data);
    const eol = text.includes("\r\n") ? "\r\n" : "\n";
    const yaml = Object.keys(data).length === 0 ? "" : stringify(data).replace(/\n$/, "").replace(/\n/g, eol) + eol;
    const rest = block ? text.slice(block.end) : text;
    await this.vault.process(file, () => `---${eol}${yaml}---${eol}${rest}`);
  }

  async renameFile(file: TAbstractFile, newPath: string): Promise<void> {
    await this.vault.rename(file, newPath);
  }

  async trashFile(file: TAbstractFile): Promise<void> {
    await this.vault.delete(file);
  }

  generateMarkdownLink(file: TFile): string {
    return `[[${file.basename}]]`;
  }
}

export interface CachedMetadata {
  frontmatter?: Record<string, unknown>;
}

export class MetadataCache extends Events {
  constructor(private readonly vault: Vault) {
    super();
  }

  getFileCache(file: TFile): CachedMetadata | null {
    if (!this.vault.getFileByPath(file.path)) return null;
    const block = propertiesBlockOf(this.vault.textOf(file));
    if (!block) return {};
    const data: unknown = parseDocument(block.yaml, { schema: "core" }).toJS();
    return data && typeof data === "object" ? { frontmatter: data as Record<string, unknown> } : {};
  }

  /** By path, then by name, as Obsidian resolves a link. */
  getFirstLinkpathDest(linkpath: string, _sourcePath: string): TFile | null {
    const p = linkpath.replace(/#.*$/, "");
    const withExt = p.endsWith(".md") ? p : `${p}.md`;
    const direct = this.vault.getFileByPath(withExt) ?? this.vault.getFileByPath(p);
    if (direct) return direct;
    const name = withExt.slice(withExt.lastIndexOf("/") + 1).toLowerCase();
    return this.vault.getFiles().find((f) => f.name.toLowerCase() === name) ?? null;
  }

  fileToLinktext(file: TFile): string {
    return file.basename;
  }
}

/** The properties block the way Obsidian finds it: a first line `---`, up to the next line that is `---`. */
function propertiesBlockOf(text: string): { yaml: string; end: number } | null {
  const lines = text.split("\n");
  if (lines.length < 2 || lines[0].replace(/^\uFEFF/, "").trimEnd() !== "---") return null;
  let offset = lines[0].length + 1;
  const start = offset;
  for (let i = 1; i < lines.length; i++) {
    if (lines[i].trimEnd() === "---") return { yaml: text.slice(start, offset), end: Math.min(offset + lines[i].length + 1, text.length) };
    offset += lines[i].length + 1;
  }
  return null;
}
