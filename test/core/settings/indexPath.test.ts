import fc from "fast-check";
import { checkIndexPath, normalizeVaultPath } from "../../../src/core/settings/indexPath";

describe("the index note path", () => {
  it("is normalised as Obsidian normalises paths", () => {
    expect(normalizeVaultPath("/Historical rotations.md")).toBe("Historical rotations.md");
    expect(normalizeVaultPath("Research//Notes\\\\Index.md/")).toBe("Research/Notes/Index.md");
    expect(normalizeVaultPath("Caf\u0065\u0301\u00A0notes.md")).toBe("Caf\u00E9 notes.md");
    expect(normalizeVaultPath("///")).toBe("/");
    for (const p of ["/a//b\\c.md/", "x.md", "  y .md"]) expect(normalizeVaultPath(normalizeVaultPath(p))).toBe(normalizeVaultPath(p));
  });

  it("accepts a note anywhere in the vault, normalised", () => {
    expect(checkIndexPath("/Historical rotations.md")).toEqual({ ok: true, path: "Historical rotations.md" });
    expect(checkIndexPath(" Research/Markets/Rotations index.md ")).toEqual({ ok: true, path: "Research/Markets/Rotations index.md" });
  });

  it("refuses paths that leave the vault or look absolute", () => {
    for (const p of ["../../outside/Stolen.md", "Research/../../Stolen.md", "./Index.md", "C:/Users/me/Index.md", "c:Index.md"]) {
      const r = checkIndexPath(p);
      expect(r.ok).toBe(false);
    }
    expect(checkIndexPath("../x.md")).toEqual({ ok: false, error: "The index note must stay inside the vault: no . or .. in its path." });
  });

  it("refuses a folder, a non-note, a hidden place and names Obsidian cannot hold", () => {
    const errors = [
      "Research/",
      "/",
      "",
      "Index.txt",
      "Index",
      ".md",
      ".obsidian/Index.md",
      "Index: 2026.md",
      "Two\nlines.md",
      "a/ /b.md",
      42,
    ].map((p) => {
      const r = checkIndexPath(p);
      return r.ok ? `accepted ${String(p)}` : r.error;
    });
    expect(errors).toEqual([
      "The index note must be a note ending in .md.",
      "Give a note path such as Historical rotations.md.",
      "Give a note path such as Historical rotations.md.",
      "The index note must be a note ending in .md.",
      "The index note must be a note ending in .md.",
      "The index note cannot be in a hidden folder or be a hidden file.",
      "The index note cannot be in a hidden folder or be a hidden file.",
      'The path holds a character a note name cannot have (* " < > : | ? or a line break).',
      'The path holds a character a note name cannot have (* " < > : | ? or a line break).',
      "A folder or file name in the path is blank.",
      "The index note path must be text.",
    ]);
  });

  it("whatever is typed, an accepted path is normalised, inside the vault and a note", () => {
    const piece = fc.constantFrom("a", "..", ".", "/", "\\", " ", ".md", "\u00A0", "e\u0301", ":", "C:", "Notes", "#", "\n");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const r = checkIndexPath(parts.join(""));
        if (!r.ok) return;
        expect(normalizeVaultPath(r.path)).toBe(r.path);
        expect(r.path.endsWith(".md")).toBe(true);
        expect(r.path.split("/").some((s) => s.trim() === ".." || s.trim() === "." || s === "")).toBe(false);
        expect(/^[A-Za-z]:/.test(r.path)).toBe(false);
      }),
      { seed: 20261130, numRuns: Number(process.env.FUZZ_RUNS ?? 1000) },
    );
  });
});
