import { episodeNoteName, episodeNoteText, rowLink } from "../../../src/core/promote/episodeNote";
import { extractEpisodes } from "../../../src/core/episodes/extractEpisodes";
import { parseNote } from "../../../src/core/parse/parseNote";
import { README_2022_NOTE, README_NOTE, readmeRow } from "../../helpers/readmeNote";

describe("an episode-table row as an episode note", () => {
  it("writes the README's example row with exactly the episode-note schema and a link back", () => {
    const row = readmeRow("2022");
    const text = episodeNoteText(row, rowLink("Sector Rotation", row.source.heading));
    expect(text).toBe(README_2022_NOTE);
    // Read back, the note is the same episode as the row.
    const back = extractEpisodes(parseNote("Episodes/2022 Growth → Value.md", text), text).candidates;
    expect(
      back.map((c) => [
        c.kind,
        c.rotation,
        c.period,
        c.start,
        c.end,
        c.trigger,
        c.sellSide,
        c.buySide,
        c.durationText,
        c.legs.map((l) => l.raw),
        c.ongoing,
      ]),
    ).toEqual([
      [
        "note",
        row.rotation,
        row.period,
        row.start,
        row.end,
        row.trigger,
        row.sellSide,
        row.buySide,
        row.durationText,
        row.legs.map((l) => l.raw),
        false,
      ],
    ]);
  });

  it("leaves unknown values empty, never invented", () => {
    const row = readmeRow("2018 Q4");
    const text = episodeNoteText(row, "[[Sector Rotation]]");
    expect(text).toContain("legs: []\n");
    expect(text).toContain("trigger: Overtightening fears\n");
    expect(
      text
        .split("\n")
        .filter((l) => /^\w+:/.test(l))
        .map((l) => l.split(":")[0]),
    ).toEqual(["rotation", "period", "start", "end", "trigger", "sell", "buy", "duration", "legs", "status", "source"]);
  });

  it("names the note by period and rotation, without characters a file name cannot hold", () => {
    expect(episodeNoteName(readmeRow("2022"))).toBe("2022 Growth → Value");
    expect(episodeNoteName(readmeRow("2018 Q4"))).toBe("2018 Q4 Risk-off");
    expect(episodeNoteName({ ...readmeRow("2022"), rotation: 'A/B: "x" | y #z [w]?' })).toBe("2022 A B x y z w");
    expect(episodeNoteName({ ...readmeRow("2022"), period: null, start: null, rotation: "..." })).toBe("Episode");
  });

  it("links the table's block id, else its heading when a link can name it, else the note", () => {
    expect(rowLink("Sector Rotation", "Historical rotations", "historical")).toBe("[[Sector Rotation#^historical]]");
    expect(rowLink("Sector Rotation", "Historical rotations")).toBe("[[Sector Rotation#Historical rotations]]");
    expect(rowLink("Sector Rotation", "Q4 #1 | draft")).toBe("[[Sector Rotation]]");
    expect(rowLink("Folder/Note", null)).toBe("[[Folder/Note]]");
  });

  it("the README note's text is the README's", () => {
    expect(README_NOTE).toContain("| **2022** | Growth → Value |");
  });
});
