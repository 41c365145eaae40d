/** A FileStore over a real folder on disk, for jest tests (Node only; the browser harness uses MemoryStore). */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";
import type { FileStore, StoredFile } from "./fileStore";

export class DiskStore implements FileStore {
  constructor(private readonly root: string) {}

  list(): string[] {
    const out: string[] = [];
    const walk = (rel: string): void => {
      for (const e of readdirSync(path.join(this.root, rel), { withFileTypes: true })) {
        const r = rel ? `${rel}/${e.name}` : e.name;
        if (e.isDirectory()) walk(r);
        else if (e.isFile()) out.push(r);
      }
    };
    walk("");
    return out.sort();
  }

  folders(): string[] {
    const out: string[] = [];
    const walk = (rel: string): void => {
      for (const e of readdirSync(path.join(this.root, rel), { withFileTypes: true })) {
        if (!e.isDirectory()) continue;
        const r = rel ? `${rel}/${e.name}` : e.name;
        out.push(r);
        walk(r);
      }
    };
    walk("");
    return out;
  }

  get(p: string): StoredFile | null {
    const abs = path.join(this.root, p);
    if (!existsSync(abs) || !statSync(abs).isFile()) return null;
    const st = statSync(abs);
    return { text: readFileSync(abs, "utf8"), mtime: st.mtimeMs, ctime: st.ctimeMs };
  }

  put(p: string, text: string, mtime: number): void {
    const abs = path.join(this.root, p);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, text, "utf8");
    void mtime;
  }

  remove(p: string): void {
    rmSync(path.join(this.root, p), { force: true });
  }

  move(from: string, to: string): void {
    const abs = path.join(this.root, to);
    mkdirSync(path.dirname(abs), { recursive: true });
    renameSync(path.join(this.root, from), abs);
  }

  makeFolder(p: string): void {
    mkdirSync(path.join(this.root, p), { recursive: true });
  }
}
