/** Notes that once stopped a whole scan, written out for the scan-survival tests of the plugin and the CLI. */

/** A note whose first heading holds 200,000 links, with one rotation in a table below it. */
export function hugeLinkNote(links = 200_000): string {
  return [
    `# Reading list ${"[[Fund flows]] ".repeat(links)}`,
    "",
    "| Period | Rotation | Trigger | Sell side | Buy side | Duration |",
    "| --- | --- | --- | --- | --- | --- |",
    "| 2019 | Utilities → Semiconductors | Chip cycle upturn | XLU | SMH | 9 months |",
    "",
  ].join("\n");
}

/** A note whose tags property is a list holding itself through a YAML alias. */
export const LOOP_NOTE = "---\ntags: &x [energy, *x]\n---\n# Loop\n\nNo rotation here.\n";
