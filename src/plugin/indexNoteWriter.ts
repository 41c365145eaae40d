/** Keeps the "Historical rotations" note current: rewrites only its region, only when the text changes, atomically. */
import { Notice, TFile, normalizePath, type App } from "obsidian";
import { newIndexNote } from "../core/indexNote/indexNoteText";
import { replaceRegion } from "../core/indexNote/region";
import { renderIndexRegion } from "../core/indexNote/renderIndexRegion";
import { episodeMetrics } from "../core/metrics/episodeMetrics";
import type { VaultIndex } from "../core/vault/VaultIndex";

export type RefreshOutcome = "created" | "updated" | "unchanged" | "damaged" | "failed";

export class IndexNoteWriter {
  /** The last damage reported, so an automatic refresh does not repeat the same Notice on every edit. */
  private lastDamage: string | null = null;

  constructor(private readonly app: App) {}

  async refresh(path: string, index: VaultIndex, asOf: string, userAsked: boolean): Promise<RefreshOutcome> {
    const episodes = index.episodes(asOf);
    const region = renderIndexRegion({ episodes, metrics: episodeMetrics(episodes, index.taxonomy), asOf });
    const notePath = normalizePath(path);
    const existing = this.app.vault.getAbstractFileByPath(notePath);
    let file: TFile;
    let outcome: RefreshOutcome;
    if (existing instanceof TFile) {
      file = existing;
      const current = await this.app.vault.read(file);
      const next = replaceRegion(current, region);
      if (!next.ok) return this.damaged(next.reason, userAsked);
      this.lastDamage = null;
      outcome = next.text === current ? "unchanged" : "updated";
      // Re-applied inside process() against the latest text, so an edit made meanwhile is kept.
      if (outcome === "updated") await this.app.vault.process(file, (latest) => { const r = replaceRegion(latest, region); return r.ok ? r.text : latest; });
    } else {
      const made = replaceRegion(newIndexNote(notePath.replace(/^.*\//, "").replace(/\.md$/, "")), region);
      if (!made.ok) return "damaged";
      await this.ensureFolder(notePath);
      file = await this.app.vault.create(notePath, made.text);
      outcome = "created";
    }
    await this.updateProperties(file, episodes.length, asOf, outcome !== "unchanged");
    if (userAsked) new Notice(outcome === "unchanged" ? `${notePath} is up to date.` : `${notePath}: ${episodes.length} episodes.`);
    return outcome;
  }

  /** `episodes` and `updated` through processFrontMatter, only when they would change. */
  private async updateProperties(file: TFile, count: number, asOf: string, regionChanged: boolean): Promise<void> {
    const fm = this.app.metadataCache.getFileCache(file)?.frontmatter ?? (await this.readFrontmatter(file));
    const needCount = fm?.episodes !== count;
    const needDate = regionChanged && fm?.updated !== asOf;
    if (!needCount && !needDate) return;
    await this.app.fileManager.processFrontMatter(file, (data: Record<string, unknown>) => {
      data.episodes = count;
      if (regionChanged || data.updated === undefined) data.updated = asOf;
    });
  }

  /** The metadata cache can lag a write we just made; read the properties from the text then. */
  private async readFrontmatter(file: TFile): Promise<Record<string, unknown> | null> {
    const text = await this.app.vault.read(file);
    const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
    if (!m) return null;
    const out: Record<string, unknown> = {};
    for (const line of m[1].split(/\r?\n/)) {
      const kv = /^(episodes|updated):\s*(.*)$/.exec(line);
      if (kv) out[kv[1]] = kv[1] === "episodes" ? Number(kv[2]) : kv[2].trim();
    }
    return out;
  }

  private damaged(reason: string, userAsked: boolean): RefreshOutcome {
    if (userAsked || this.lastDamage !== reason) new Notice(`Rotation Lens left the index note alone. ${reason}`, 15000);
    this.lastDamage = reason;
    return "damaged";
  }

  private async ensureFolder(notePath: string): Promise<void> {
    const folder = notePath.includes("/") ? notePath.slice(0, notePath.lastIndexOf("/")) : "";
    if (folder && !this.app.vault.getAbstractFileByPath(folder)) await this.app.vault.createFolder(folder);
  }
}
