/** Lists the episodes read from one note and the lines each field came from, so the user sees why a row was read as it was. */
import { App, Modal } from "obsidian";
import type { Episode } from "../core/episodes/types";

export class EpisodesModal extends Modal {
  constructor(
    app: App,
    private readonly noteName: string,
    private readonly episodes: Episode[],
  ) {
    super(app);
  }

  override onOpen(): void {
    this.titleEl.setText(`Episodes read from ${this.noteName}`);
    const { contentEl } = this;
    contentEl.empty();
    if (this.episodes.length === 0) {
      contentEl.createEl("p", {
        text: "No rotation episode was read from this note. Episode tables need a period or rotation column and a sell side or buy side column.",
      });
      return;
    }
    for (const e of this.episodes) {
      const box = contentEl.createDiv({ cls: "rotation-lens-modal-episode" });
      box.createEl("strong", { text: e.label });
      box.createDiv({ text: `${e.type}: ${e.typeReason}` });
      const list = box.createEl("ul");
      for (const [field, src] of Object.entries(e.fieldSources)) {
        const li = list.createEl("li");
        li.createSpan({ text: `${field}: ` });
        li.createSpan({ cls: "rotation-lens-modal-source", text: `${src.path} line ${src.line}${src.heading ? ` (${src.heading})` : ""}` });
      }
    }
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}
