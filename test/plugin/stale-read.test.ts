/** @jest-environment jsdom */
import { MemoryStore } from "../fakes/obsidian";
import { flush, started } from "../harness/testApp";

// An episode note of our own: a property block that reads as one rotation.
const NOTE = "Episodes/Utilities bid.md";
const text = (period: string): string =>
  `---\nrotation: Growth → Defensive\nperiod: "${period}"\nsell: [QQQ]\nbuy: [XLU]\n---\n# Utilities bid\n\nMoney left the leaders for utilities.\n`;

describe("a view that reads a note edited since the last flush", () => {
  it("brings the index up to date through the path that announces it: exactly one change, seen by every view", async () => {
    const l = await started(new MemoryStore({ [NOTE]: text("2019") }));
    const changes: { paths: string[]; episodesChanged: boolean }[] = [];
    l.plugin.register(l.plugin.index.onChange((c) => changes.push({ paths: [...c.paths], episodesChanged: c.episodesChanged })));
    expect(l.plugin.index.episodeIndex.episodes("2026-03-01").map((e) => e.start?.slice(0, 4))).toEqual(["2019"]);

    // The edit's own flush waits 250 ms for typing to pause; the block reads the note before that.
    await l.app.vault.userEdit(NOTE, text("2021"));
    const model = await l.plugin.index.model(l.app.vault.getFileByPath(NOTE) as never);
    expect(model?.properties.period).toBe("2021");
    expect(changes).toEqual([{ paths: [NOTE], episodesChanged: true }]);
    expect(l.plugin.index.episodeIndex.episodes("2026-03-01").map((e) => e.start?.slice(0, 4))).toEqual(["2021"]);

    // The debounced flush that was pending finds nothing left to announce.
    await flush(400);
    expect(changes).toHaveLength(1);
  });

  it("reads an unchanged note without announcing anything", async () => {
    const l = await started(new MemoryStore({ [NOTE]: text("2019") }));
    const changes: unknown[] = [];
    l.plugin.register(l.plugin.index.onChange((c) => changes.push(c)));
    await l.plugin.index.model(l.app.vault.getFileByPath(NOTE) as never);
    await flush(400);
    expect(changes).toEqual([]);
  });
});
