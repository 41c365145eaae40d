/** The chart page's HTML: Obsidian's default light and dark colours as fixed CSS variables, then the plugin's styles.css. */

/** Obsidian's default theme values for the variables the chart reads (themeColors.ts) and styles.css uses. */
const THEMES = `
body { margin: 0; padding: 16px; width: 720px; font-family: "Inter", "Segoe UI", "Helvetica Neue", Arial, sans-serif; font-size: 14px; }
body.theme-light { background: #ffffff; color: #222222;
  --interactive-accent: #7852ee; --text-normal: #222222; --text-muted: #5c5c5c; --text-error: #e93147; --background-primary: #ffffff;
  --background-secondary: #f6f6f6; --background-modifier-border: #e0e0e0;
  --color-blue: #086ddd; --color-orange: #ec7500; --color-green: #08b94e; --color-red: #e93147; --color-purple: #7852ee;
  --color-yellow: #e0ac00; --color-cyan: #00bfbc; --color-pink: #d53984; }
body.theme-dark { background: #1e1e1e; color: #dadada;
  --interactive-accent: #8a5cf5; --text-normal: #dadada; --text-muted: #b3b3b3; --text-error: #fb464c; --background-primary: #1e1e1e;
  --background-secondary: #262626; --background-modifier-border: #363636;
  --color-blue: #027aff; --color-orange: #e9973f; --color-green: #44cf6e; --color-red: #fb464c; --color-purple: #a882ff;
  --color-yellow: #e0de71; --color-cyan: #53dfdd; --color-pink: #fa99cd; }
#chart { padding: 8px; background: var(--background-primary); }
`;

/** Only fixed text goes into the HTML; a chart's data (note text) reaches the page as a value and is drawn as text nodes. */
export function chartPageHtml(pluginCss: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>${THEMES}</style><style>${pluginCss}</style></head><body class="theme-light"><div id="chart"></div></body></html>`;
}
