/** Chart colours from the active Obsidian theme's CSS variables, so charts match light and dark themes. */

export interface ThemeColors {
  accent: string;
  text: string;
  muted: string;
  grid: string;
  palette: string[];
}

const FALLBACK: ThemeColors = {
  accent: "#7c6cf2",
  text: "#222222",
  muted: "#888888",
  grid: "rgba(128,128,128,0.2)",
  palette: [],
};

/** Obsidian's own named colours; each theme tunes them. */
const PALETTE_VARS = [
  "--color-blue",
  "--color-orange",
  "--color-green",
  "--color-red",
  "--color-purple",
  "--color-yellow",
  "--color-cyan",
  "--color-pink",
];

export function readThemeColors(el: HTMLElement): ThemeColors {
  const style = el.win.getComputedStyle(el.doc.body);
  const read = (name: string, fallback: string): string => style.getPropertyValue(name).trim() || fallback;
  const accent = read("--interactive-accent", FALLBACK.accent);
  const palette = [accent, ...PALETTE_VARS.map((v) => read(v, "")).filter((c) => c !== "")];
  return {
    accent,
    text: read("--text-normal", FALLBACK.text),
    muted: read("--text-muted", FALLBACK.muted),
    grid: read("--background-modifier-border", FALLBACK.grid),
    palette: palette.length > 1 ? palette : [accent, "#e0823d", "#4caf7d", "#d9534f", "#9b6cd9"],
  };
}
