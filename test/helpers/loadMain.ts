/**
 * Runs the built main.js the way Obsidian (and its mobile WebView) does: browser globals, no Node, and `require` that
 * knows only "obsidian".
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { TextDecoder, TextEncoder } from "node:util";
import vm from "node:vm";
import { installDomHelpers, type Plugin } from "../fakes/obsidian";
import { ROOT } from "./paths";

export const MAIN = path.join(ROOT, "main.js");

export interface LoadedMain {
  PluginClass: new (app: unknown, manifest: unknown) => Plugin;
  /** Every module name main.js asked `require` for. */
  required: string[];
  sandbox: Record<string, unknown>;
}

/** Needs a jsdom test environment (window, document). */
export function loadMain(obsidian: unknown): LoadedMain {
  installDomHelpers(window);
  const required: string[] = [];
  const module = { exports: {} as Record<string, unknown> };
  const sandbox = {
    module,
    exports: module.exports,
    require: (name: string) => {
      required.push(name);
      if (name === "obsidian") return obsidian;
      throw new Error(`Cannot find module '${name}' on mobile`);
    },
    window,
    document,
    activeDocument: document,
    activeWindow: window,
    navigator: window.navigator,
    HTMLElement: window.HTMLElement,
    Node: window.Node,
    getComputedStyle: window.getComputedStyle.bind(window),
    requestAnimationFrame: (cb: () => void) => setTimeout(cb, 0),
    TextEncoder,
    TextDecoder,
    performance,
    setTimeout,
    clearTimeout,
    console,
  };
  vm.createContext(sandbox);
  vm.runInContext(readFileSync(MAIN, "utf8"), sandbox, { filename: "main.js" });
  return { PluginClass: (module.exports.default ?? module.exports) as LoadedMain["PluginClass"], required, sandbox };
}
