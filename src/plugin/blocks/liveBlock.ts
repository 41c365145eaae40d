/** A code block that redraws itself when a note it read changes, and releases everything when it leaves the view. */
import { MarkdownRenderChild } from "obsidian";
import type { BlockContext } from "../../core/context/blockContext";
import type { Lens } from "../lens";
import type { IndexChange } from "../liveIndex";
import { renderMessage } from "./message";
import { vaultContext } from "../vaultContext";

export abstract class LiveBlock extends MarkdownRenderChild {
  /** Paths of the notes the last render read; a change to any of them redraws the block. */
  protected reads = new Set<string>();
  /** Whether the last render used the vault's episodes (then any episode change redraws it). */
  protected readsEpisodes = false;

  constructor(
    containerEl: HTMLElement,
    protected readonly source: string,
    protected readonly sourcePath: string,
    protected readonly lens: Lens,
  ) {
    super(containerEl);
  }

  override onload(): void {
    this.containerEl.addClass("rotation-lens-block");
    this.register(this.lens.onChange((c) => this.onIndexChange(c)));
    void this.rerender();
  }

  override onunload(): void {
    this.teardown();
  }

  /** Draw from scratch; errors become a message in the block, never an exception. */
  async rerender(): Promise<void> {
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

  /** What core's evaluator reads through; each note and the episodes it reads are remembered as dependencies. */
  protected context(): BlockContext {
    return vaultContext(this.lens, this.sourcePath, {
      note: (path) => this.reads.add(path),
      episodes: () => {
        this.readsEpisodes = true;
        // At start-up the scan may take a while: say so rather than show an empty space (the draw replaces it).
        if (!this.lens.ready && this.containerEl.childElementCount === 0)
          this.containerEl.createDiv({ cls: "rotation-lens-chart-note", text: "Reading the vault's notes…" });
      },
    });
  }

  private onIndexChange(change: IndexChange): void {
    const affected = (this.readsEpisodes && change.episodesChanged) || [...change.paths].some((p) => this.reads.has(p));
    if (affected) void this.rerender();
  }
}
