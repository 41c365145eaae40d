/** Registers the "Rotation timeline" Bases view where the app has Bases (Obsidian 1.10+); older apps load without it. */
import { BasesView, requireApiVersion, type BasesAllOptions, type Plugin } from "obsidian";
import type { Lens } from "../lens";
import { TIMELINE_DEFAULTS, TIMELINE_VIEW_ID, timelineViewClass } from "./timelineView";

/** true when the view was registered; false on an app without Bases, or with Bases turned off. */
export function registerBasesViews(plugin: Plugin, lens: Lens): boolean {
  // The version says Bases may exist; the members say this app really has them (a beta, a trimmed build).
  if (
    requireApiVersion("1.10.0") &&
    typeof (plugin as Partial<Pick<Plugin, "registerBasesView">>).registerBasesView === "function" &&
    typeof (BasesView as unknown) === "function"
  ) {
    const View = timelineViewClass(lens);
    return plugin.registerBasesView(TIMELINE_VIEW_ID, {
      name: "Rotation timeline",
      icon: "calendar-range",
      factory: (controller, containerEl) => new View(controller, containerEl),
      options: timelineOptions,
    });
  }
  return false;
}

/** Bases' own property pickers; the defaults are the episode-note properties. */
function timelineOptions(): BasesAllOptions[] {
  return [
    { type: "property", key: "start", displayName: "Start", default: TIMELINE_DEFAULTS.start },
    { type: "property", key: "end", displayName: "End", default: TIMELINE_DEFAULTS.end },
    { type: "property", key: "label", displayName: "Label", default: TIMELINE_DEFAULTS.label },
    { type: "property", key: "colour", displayName: "Colour by", default: TIMELINE_DEFAULTS.colour },
  ];
}
