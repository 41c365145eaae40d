/** Registers the two code block languages; each block becomes a MarkdownRenderChild of its section. */
import type { Plugin } from "obsidian";
import type { Lens } from "../lens";
import { ChartBlock } from "./chartBlock";
import { ClassifyBlock } from "./classifyBlock";

const CHART_LANGUAGE = "rotation-chart";
const CLASSIFY_LANGUAGE = "rotation-classify";

export function registerBlocks(plugin: Plugin, lens: Lens): void {
  plugin.registerMarkdownCodeBlockProcessor(CHART_LANGUAGE, (source, el, ctx) => {
    ctx.addChild(new ChartBlock(el, source, ctx.sourcePath, lens));
  });
  plugin.registerMarkdownCodeBlockProcessor(CLASSIFY_LANGUAGE, (source, el, ctx) => {
    ctx.addChild(new ClassifyBlock(el, source, ctx.sourcePath, lens));
  });
}
