/** The `obsidian` module as an Obsidian older than 1.10 offers it: no Bases classes, no registerBasesView, no declarative settings. */
import * as current from "./obsidian";

const NEWER = [
  "BasesEntry",
  "BasesEntryGroup",
  "BasesQueryResult",
  "BasesView",
  "BasesViewConfig",
  "DateValue",
  "ListValue",
  "NullValue",
  "NumberValue",
  "QueryController",
  "StringValue",
  "Value",
];

/** A copy of the fake module without the 1.10+ and 1.13+ members, so main.js meets what old apps have. */
export function olderObsidian(): Record<string, unknown> {
  class Plugin extends current.Plugin {}
  Object.defineProperty(Plugin.prototype, "registerBasesView", { value: undefined });
  class PluginSettingTab extends current.PluginSettingTab {}
  for (const key of ["getSettingDefinitions", "getControlValue", "setControlValue", "update"])
    Object.defineProperty(PluginSettingTab.prototype, key, { value: undefined });
  const apiVersion = "1.9.0";
  const requireApiVersion = (version: string): boolean => current.compareVersions(apiVersion, version) >= 0;
  const older: Record<string, unknown> = { ...current, Plugin, PluginSettingTab, apiVersion, requireApiVersion };
  for (const name of NEWER) delete older[name];
  return older;
}
