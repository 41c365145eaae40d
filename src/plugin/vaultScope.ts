/**
 * Which notes are sources, through core's rule, with the index note's path normalised by Obsidian's normalizePath (the
 * writer's own function).
 */
import { normalizePath } from "obsidian";
import type { RotationLensSettings } from "../core/settings/settings";
import { sourceFilter } from "../core/settings/sourceScope";

export class VaultScope {
  readonly isSource: (path: string) => boolean;

  constructor(settings: RotationLensSettings) {
    this.isSource = sourceFilter(settings, normalizePath);
  }
}
