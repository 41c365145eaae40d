/** The `rotation-classify` block: a live verdict card from a built-in classifier or a decision table in the vault. */
import { readBlockYaml } from "../../core/blocks/blockYaml";
import { runClassify } from "../../core/blocks/runClassify";
import { LiveBlock } from "./liveBlock";
import { renderMessage } from "./message";
import { renderVerdictCard } from "./verdictCard";

export class ClassifyBlock extends LiveBlock {
  private shownKey: string | null = null;

  protected async draw(): Promise<void> {
    const yaml = readBlockYaml(this.source);
    if (!yaml.ok) {
      this.shownKey = null;
      return renderMessage(this.containerEl, "Classifier settings cannot be read", yaml.error);
    }
    const result = await runClassify(yaml.data, {
      note: (link) => this.noteFor(link),
      asOf: this.plugin.asOf(),
      taxonomy: this.plugin.index.notes.episodeIndex.taxonomy,
    });
    if (!result.ok) {
      this.shownKey = null;
      return renderMessage(this.containerEl, "Classifier needs a fix", result.error);
    }
    // Unchanged verdict: keep the card as it is rather than rebuild it on every save of the note.
    const key = JSON.stringify(result.verdict);
    if (key === this.shownKey && this.containerEl.querySelector(".rotation-lens-verdict")) return;
    this.shownKey = key;
    renderVerdictCard(this.containerEl, result.verdict, (path, line) => {
      void this.plugin.app.workspace.openLinkText(path, this.sourcePath, false, { eState: { line: line - 1 } });
    });
  }
}
