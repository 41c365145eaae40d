/**
 * What a new user's own notes showed: trips are no episodes, "X → Y" cells give both sides, dates stay out of sides,
 * and every dated episode names its period.
 */
import { parseNote } from "../../../src/core/parse/parseNote";
import { EpisodeIndex } from "../../../src/core/episodeIndex/EpisodeIndex";

function episodesOf(notes: Record<string, string>): ReturnType<EpisodeIndex["episodes"]> {
  const index = new EpisodeIndex();
  for (const [path, text] of Object.entries(notes)) index.update(parseNote(path, text), text);
  return index.episodes("2026-06-30");
}

describe("episodes as a new user's notes hold them", () => {
  it("reads no episode from a row whose two sides name no market group, even in a table that has some", () => {
    const episodes = episodesOf({
      "Moves.md":
        "| When | From | To |\n|---|---|---|\n| May 2023 | Lisbon | Oslo |\n| 2019 | Japan | China |\n| 2018 | Europe | US |\n| 2017 | Value | Growth |\n",
    });
    const moves = episodes.map((e) => `${e.from} → ${e.to}`);
    expect(moves).not.toContain("Lisbon → Oslo");
    expect(moves).toContain("Value → Growth");
  });

  it("takes both sides from a Shift column of X → Y phrases", () => {
    const [e] = episodesOf({
      "Style shifts.md": "| Period | Shift |\n|---|---|\n| 2017 | Value → Growth |\n| 2022 | Growth → Value |\n",
    }).filter((x) => x.period === "2017");
    expect([e.sellSide, e.buySide]).toEqual([["Value"], ["Growth"]]);
  });

  it("keeps the date of a sentence or a title out of its sides, and names the period from it", () => {
    const [prose] = episodesOf({ "Desk notes.md": "# Desk notes\n\nMoney rotated out of semis and into utilities in March 2024.\n" });
    expect(prose).toMatchObject({ buySide: ["utilities"], period: "Mar 2024", start: "2024-03-01" });
    const [alias] = episodesOf({ "Size trade.md": "---\naliases: [Small caps over large caps 2023]\n---\nThe trade ran through 2023.\n" });
    expect(alias?.sellSide ?? []).not.toContain("large caps 2023");
  });

  it("shows a stated length that its own dates contradict as a conflict, and keeps the words written", () => {
    const [e] = episodesOf({
      "Rebound.md": "---\nrotation: Value → Growth\nstart: 2020-03-01\nend: 2021-11-30\nduration: 18 months\n---\n",
    });
    expect(e.durationMonths).toBe(18);
    expect(e.conflicts).toEqual([
      { field: "duration", value: "21 months (2020-03-01 to 2021-11-30)", source: expect.objectContaining({ path: "Rebound.md" }) },
    ]);
    const [agreeing] = episodesOf({
      "Rebound.md": "---\nrotation: Value → Growth\nstart: 2020-03-01\nend: 2021-08-31\nduration: 18 months\n---\n",
    });
    expect(agreeing.conflicts ?? []).toEqual([]);
  });

  it("dates a sentence by its own date, not a neighbour's, and still takes an end the paragraph tells later", () => {
    const [e] = episodesOf({
      "Desk diary.md":
        "# Desk diary\n\nNo one sold banks for miners in 2019, whatever the headlines said.\nMoney flowed from bonds to stocks in 2017.\n",
    });
    expect(e).toMatchObject({ start: "2017-01-01", period: "2017" });
    const [ended] = episodesOf({
      "Rates desk.md": "# Rates desk\n\nIn early May 2023 money rotated out of utilities and into software. It was over by late July.\n",
    });
    expect(ended).toMatchObject({ start: "2023-05-01", ongoing: false });
    expect(ended.end?.slice(0, 7)).toBe("2023-07");
  });

  it("narrows a bare year to the window the prose of its own section states", () => {
    const note = [
      "| Period | Rotation | Sell side | Buy side |",
      "|---|---|---|---|",
      "| 2013 | Bonds → Equities | Treasuries | Equities |",
      "",
      "### 2013: The taper scare",
      "",
      "The move ran from May 2013 to Sep 2013, as yields jumped.",
    ].join("\n");
    const [e] = episodesOf({ "Taper.md": note });
    expect(e).toMatchObject({ start: "2013-05-01", period: "2013" });
    expect(e.end?.slice(0, 7)).toBe("2013-09");
    expect(e.fieldSources.start?.line).toBe(7);
  });
});
