/** The `rotation-classify` block: a live verdict card from a built-in classifier or a decision table in the vault. */
import { evaluateClassify } from "../../core/classify/evaluateClassify";
import { LiveBlock } from "./liveBlock";
import { renderMessage } from "./message";
import { renderVerdictCard } from "./verdictCard";

export class ClassifyBlock extends LiveBlock {
  private shownKey: string | null = null;

  protected async draw(): Promise<void> {
    const result = await evaluateClassify(this.source, this.context());
    if (!result.ok) {
      this.shownKey = null;
      return renderMessage(this.containerEl, result.title, result.detail, result.hint);
    }
    // Unchanged verdict: keep the card as it is rather than rebuild it on every save of the note.
    const key = JSON.stringify(result.verdict);
    if (key === this.shownKey && this.containerEl.querySelector(".rotation-lens-verdict")) return;
    this.shownKey = key;
    renderVerdictCard(this.containerEl, result.verdict, (path, line) => {
      void this.lens.app.workspace.openLinkText(path, this.sourcePath, false, { eState: { line: line - 1 } });
    });
  }
}
