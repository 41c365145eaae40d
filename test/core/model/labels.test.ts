import { normalizeLabel, sameLabel } from "../../../src/core/model/labels";
import { parseNoteRef } from "../../../src/core/model/noteRef";
import { selectTable } from "../../../src/core/model/selectTable";
import { parseNote } from "../../../src/core/parse/parseNote";

const NOTE = [
  "# Sector Rotation",
  "## Rotation 1: Mag 7 → everything else",
  "| Flow | Detail |",
  "|---|---|",
  "| Out of | Mag 7 |",
  "## Next",
  "",
].join("\n");

describe("labels, headers and headings", () => {
  it("read alike whatever their markup, colons, case and spacing", () => {
    expect(normalizeLabel("**Sell side:**")).toBe("sell side");
    expect(normalizeLabel("  [[Buy]]   `side` ")).toBe("buy side");
    expect(sameLabel("~~Old~~ ==Value==", "old value")).toBe(true);
    expect(sameLabel("Sell side", "Buy side")).toBe(false);
  });

  it("let a link written the way Obsidian writes it (without the heading's colon) find the heading's table", () => {
    const note = parseNote("Sector Rotation.md", NOTE);
    const pick = selectTable(note, parseNoteRef("[[Sector Rotation#Rotation 1 Mag 7 → everything else]]"), 1);
    expect(pick.ok && pick.table.line).toBe(3);
  });
});
