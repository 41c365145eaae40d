/** Draws a classifier's verdict: label, rationale, inputs with links to where they came from, and any outputs. */
import type { Verdict } from "../../core/classify/verdict";

export function renderVerdictCard(el: HTMLElement, verdict: Verdict, openSource: (path: string, line: number) => void): void {
  el.empty();
  const card = el.createDiv({ cls: "rotation-lens-verdict" });
  card.createDiv({ cls: "rotation-lens-verdict-label", text: verdict.label });
  card.createDiv({ cls: "rotation-lens-verdict-rationale", text: verdict.rationale });
  if (verdict.outputs?.length) {
    const outputs = card.createEl("dl", { cls: "rotation-lens-verdict-outputs" });
    for (const o of verdict.outputs) {
      outputs.createEl("dt", { text: o.name });
      outputs.createEl("dd", { text: o.value });
    }
  }
  const list = card.createEl("ul", { cls: "rotation-lens-verdict-inputs" });
  for (const input of verdict.inputs) {
    const li = list.createEl("li");
    li.createSpan({ text: `${input.name}: ${input.value}` });
    const src = input.source;
    if (src) {
      li.createSpan({ text: " — " });
      const a = li.createEl("a", { text: `${src.path.replace(/\.md$/, "")}, line ${src.line}`, cls: "internal-link" });
      a.addEventListener("click", (evt) => {
        evt.preventDefault();
        openSource(src.path, src.line);
      });
    }
  }
}
