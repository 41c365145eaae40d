/**
 * A fake of the `obsidian` module for tests (jest maps `obsidian` here) and for the browser harness.
 * It is typed against the real declarations below, so a signature the plugin relies on cannot drift.
 */
import type * as Real from "obsidian";
import { Component, MarkdownRenderChild } from "./component";
import { Events } from "./events";
import { App, Plugin } from "./app";
import { Menu, MenuItem, Modal, Notice, PluginSettingTab, Setting } from "./ui";
import { FileManager, MetadataCache, normalizePath, TAbstractFile, TFile, TFolder, Vault } from "./vault";
import { Editor, MarkdownView, Workspace, WorkspaceLeaf } from "./workspace";
import { installDomHelpers } from "../../src/cli/png/obsidianDom";
import {
  BasesEntry,
  BasesEntryGroup,
  BasesQueryResult,
  BasesView,
  BasesViewConfig,
  DateValue,
  ListValue,
  NullValue,
  NumberValue,
  QueryController,
  StringValue,
  Value,
} from "./bases";

export { Menu, MenuItem };
export {
  App,
  Component,
  Editor,
  Events,
  FileManager,
  MarkdownRenderChild,
  MarkdownView,
  MetadataCache,
  Modal,
  normalizePath,
  Notice,
  Plugin,
  PluginSettingTab,
  Setting,
  TAbstractFile,
  TFile,
  TFolder,
  Vault,
  Workspace,
  WorkspaceLeaf,
  installDomHelpers,
};
export { MemoryStore } from "./fileStore";
export {
  BasesEntry,
  BasesEntryGroup,
  BasesQueryResult,
  BasesView,
  BasesViewConfig,
  DateValue,
  ListValue,
  NullValue,
  NumberValue,
  QueryController,
  StringValue,
  Value,
};

/** Cmd on macOS, Ctrl elsewhere: open in a new tab. */
export const Keymap = {
  isModEvent(evt?: UserEvent | null): boolean | "tab" {
    return evt && (evt.ctrlKey || evt.metaKey) ? "tab" : false;
  },
};
type UserEvent = MouseEvent | KeyboardEvent;

/** The app version the fake stands for; olderObsidian() (older.ts) stands for 1.9. */
export const apiVersion = "1.13.1";

export function requireApiVersion(version: string): boolean {
  return compareVersions(apiVersion, version) >= 0;
}

export function compareVersions(a: string, b: string): number {
  const [x, y] = [a.split(".").map(Number), b.split(".").map(Number)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}

export const Platform = { isDesktop: true, isMobile: false, isDesktopApp: true, isMobileApp: false };

export function setIcon(_el: HTMLElement, _icon: string): void {}

export function debounce<T extends unknown[]>(
  fn: (...args: T) => unknown,
  wait = 0,
  resetTimer = false,
): ((...args: T) => void) & { cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const run = (...args: T): void => {
    if (timer !== null && !resetTimer) return;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      fn(...args);
    }, wait);
  };
  return Object.assign(run, { cancel: () => timer !== null && clearTimeout(timer) });
}

export const MarkdownRenderer = {
  async render(_app: App, markdown: string, el: HTMLElement): Promise<void> {
    el.setText(markdown);
  },
};

/*
 * Drift checks against the real declarations: for every method the plugin uses, each number of arguments
 * the fake accepts must be valid for the real method, and both must agree on returning a Promise. If the
 * real API adds a required argument or turns sync/async, these lines stop compiling.
 */
type Fn = (...args: never[]) => unknown;
type Arity<F> = F extends (...args: infer A) => unknown ? A["length"] : never;
type Async<F> = F extends (...args: never[]) => infer R ? (R extends Promise<unknown> ? true : false) : never;
type Agrees<R, F> = R extends Fn
  ? F extends Fn
    ? Arity<F> extends Arity<R>
      ? Async<F> extends Async<R>
        ? true
        : false
      : false
    : false
  : false;
type AllAgree<R, F, K extends keyof R & keyof F> = { [P in K]: Agrees<R[P], F[P]> }[K];
const agree = <T extends true>(): T | undefined => undefined;

agree<
  AllAgree<
    Real.Vault,
    Vault,
    | "read"
    | "cachedRead"
    | "modify"
    | "process"
    | "create"
    | "createFolder"
    | "rename"
    | "delete"
    | "getAbstractFileByPath"
    | "getMarkdownFiles"
    | "on"
    | "offref"
  >
>();
agree<AllAgree<Real.FileManager, FileManager, "processFrontMatter" | "renameFile" | "trashFile">>();
agree<AllAgree<Real.MetadataCache, MetadataCache, "getFileCache" | "getFirstLinkpathDest">>();
agree<AllAgree<Real.Workspace, Workspace, "onLayoutReady" | "getActiveFile" | "openLinkText" | "getLeavesOfType">>();
agree<
  AllAgree<Real.Component, Component, "load" | "unload" | "addChild" | "removeChild" | "register" | "registerEvent" | "registerInterval">
>();
agree<
  AllAgree<
    Real.Plugin,
    Plugin,
    | "addCommand"
    | "addSettingTab"
    | "addStatusBarItem"
    | "registerMarkdownCodeBlockProcessor"
    | "loadData"
    | "saveData"
    | "registerBasesView"
  >
>();
agree<
  AllAgree<Real.PluginSettingTab, PluginSettingTab, "display" | "getSettingDefinitions" | "getControlValue" | "setControlValue" | "update">
>();
agree<
  AllAgree<Real.BasesView, BasesView, "onDataUpdated" | "createFileForView" | "load" | "unload" | "registerEvent" | "registerDomEvent">
>();
agree<AllAgree<Real.BasesViewConfig, BasesViewConfig, "get" | "getAsPropertyId" | "getDisplayName" | "set" | "getOrder">>();
agree<AllAgree<Real.BasesEntry, BasesEntry, "getValue">>();
agree<AllAgree<Real.BasesEntryGroup, BasesEntryGroup, "hasKey">>();
agree<AllAgree<Real.Value, Value, "toString" | "isTruthy">>();
agree<AllAgree<typeof Real.Keymap, typeof Keymap, "isModEvent">>();
agree<AllAgree<Real.Setting, Setting, "setName" | "setDesc" | "addText" | "addTextArea" | "addToggle">>();
agree<AllAgree<Real.Menu, Menu, "addItem" | "addSeparator">>();
agree<AllAgree<Real.MenuItem, MenuItem, "setTitle" | "setIcon" | "setSection" | "onClick">>();
agree<AllAgree<Real.Modal, Modal, "open" | "close" | "onOpen" | "onClose">>();
agree<
  AllAgree<Real.Editor, Editor, "getValue" | "getCursor" | "getLine" | "replaceRange" | "offsetToPos" | "posToOffset" | "transaction">
>();
