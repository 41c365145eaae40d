/**
 * Code-unit order for sorting: the same on every machine and in every locale (localeCompare is not, and
 * costs a hundred times more), so the CLI and the plugin merge and order episodes alike.
 */
export function textOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
