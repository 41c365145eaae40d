/** A readable message inside a block, in place of a chart or verdict that could not be made. */

export function renderMessage(el: HTMLElement, title: string, detail: string, hint?: string): void {
  el.empty();
  const box = el.createDiv({ cls: "rotation-lens-message" });
  box.createDiv({ cls: "rotation-lens-message-title", text: title });
  box.createDiv({ text: detail });
  if (hint) box.createDiv({ cls: "rotation-lens-message-hint", text: hint });
}
