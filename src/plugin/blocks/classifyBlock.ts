/** The `rotation-classify` block: a live verdict card from a built-in classifier or a decision table in the vault. */
import { readBlockYaml } from "../../core/blocks/blockYaml";
import { runClassify } from "../../core/blocks/runClassify";
import { LiveBlock } from "./liveBlock";
import { renderMessage } from "./message";
import { renderVerdictCard } from "./verdictCard";

export class ClassifyBlock extends LiveBlock {
  protected async draw(): Promise<void> {
    const yaml = readBlockYaml(this.source);
    if (!yaml.ok) return renderMessage(this.containerEl, "Classifier settings cannot be read", yaml.error);
    const result = await runClassify(yaml.data, {
      note: (link) => this.noteFor(link),
      asOf: this.plugin.asOf(),
      taxonomy: this.plugin.index.notes.episodeIndex.taxonomy,
    });
    if (!result.ok) return renderMessage(this.containerEl, "Classifier needs a fix", result.error);
    renderVerdictCard(this.containerEl, result.verdict, (path, line) => {
      void this.plugin.app.workspace.openLinkText(path, this.sourcePath, false, { eState: { line: line - 1 } });
    });
  }
}
