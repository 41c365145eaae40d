/** A hover box for a chart, drawn as elements (chart.js's Tooltip plugin would add about 17 KB to main.js). */

export class ChartTooltip {
  private readonly el: HTMLElement;

  constructor(box: HTMLElement) {
    this.el = box.createDiv({ cls: "rotation-lens-chart-tooltip" });
    this.hide();
  }

  /** Lines of text at a point of the chart's box (pixels from its top-left corner). */
  show(lines: string[], x: number, y: number): void {
    if (lines.length === 0) return this.hide();
    this.el.empty();
    for (const line of lines) this.el.createDiv({ text: line });
    // Where it stands is data, not style: passed as CSS variables the stylesheet reads.
    this.el.setCssProps({ "--rotation-lens-tip-x": `${Math.round(x)}px`, "--rotation-lens-tip-y": `${Math.round(y)}px` });
    this.el.removeClass("is-hidden");
  }

  hide(): void {
    this.el.addClass("is-hidden");
  }
}
