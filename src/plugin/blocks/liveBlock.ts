/** A code block that redraws itself when a note it read changes, and releases everything when it leaves the view. */
import { MarkdownRenderChild, TFile } from "obsidian";
import type { BlockContext } from "../../core/context/blockContext";
import type { NoteModel } from "../../core/model/types";
import type RotationLensPlugin from "../main";
import type { IndexChange } from "../liveIndex";
import { renderMessage } from "./message";

export abstract class LiveBlock extends MarkdownRenderChild {
  /** Paths of the notes the last render read; a change to any of them redraws the block. */
  protected reads = new Set<string>();
  /** Whether the last render used the vault's episodes (then any episode change redraws it). */
  protected readsEpisodes = false;
  private renderCount = 0;

  constructor(
    containerEl: HTMLElement,
    protected readonly source: string,
    protected readonly sourcePath: string,
    protected readonly plugin: RotationLensPlugin,
  ) {
    super(containerEl);
  }

  override onload(): void {
    this.containerEl.addClass("rotation-lens-block");
    this.register(this.plugin.index.onChange((c) => this.onIndexChange(c)));
    void this.rerender();
  }

  override onunload(): void {
    this.teardown();
  }

  /** How many times the block has drawn itself (tests count redraws). */
  get renders(): number {
    return this.renderCount;
  }

  /** Draw from scratch; errors become a message in the block, never an exception. */
  async rerender(): Promise<void> {
    this.renderCount++;
    this.reads = new Set([this.sourcePath]);
    this.readsEpisodes = false;
    try {
      await this.draw();
    } catch (e) {
      this.teardown();
      renderMessage(this.containerEl, "Rotation Lens could not draw this block", e instanceof Error ? e.message : String(e));
    }
  }

  /** Release what the last draw created (chart instances). */
  protected teardown(): void {
    this.containerEl.empty();
  }

  protected abstract draw(): Promise<void>;

  /** What core's evaluator reads through: notes by link and the vault's episodes, each remembered as a dependency. */
  protected context(): BlockContext {
    const { index } = this.plugin;
    return {
      note: (link) => this.noteFor(link),
      episodes: async () => {
        this.readsEpisodes = true;
        await index.whenReady();
        return index.notes.episodeIndex.episodes(this.plugin.asOf());
      },
      asOf: this.plugin.asOf(),
      taxonomy: index.notes.episodeIndex.taxonomy,
    };
  }

  /** Resolve a link from this note to a note model, remembering it as a dependency. */
  protected async noteFor(linktext: string): Promise<NoteModel | null> {
    const { metadataCache } = this.plugin.app;
    const file = linktext === "" ? this.plugin.app.vault.getAbstractFileByPath(this.sourcePath) : metadataCache.getFirstLinkpathDest(linktext, this.sourcePath);
    if (!(file instanceof TFile)) {
      if (linktext !== "") this.reads.add(`${linktext}.md`);
      return null;
    }
    this.reads.add(file.path);
    return this.plugin.index.model(file);
  }

  private onIndexChange(change: IndexChange): void {
    const affected = (this.readsEpisodes && change.episodesChanged) || [...change.paths].some((p) => this.reads.has(p));
    if (affected) void this.rerender();
  }
}
