/** Where Debian's Chromium is and how it is started headless: one answer for `blocks --png` and the browser tests. */

/** Headless, no sandbox (CI runs as root), and none of the background traffic a closed network refuses. */
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

/** CHROMIUM_PATH when set (and not empty), else Debian's package's path. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || "/usr/bin/chromium";
}
