/** @jest-environment jsdom */
import { readFileSync } from "node:fs";
import path from "node:path";
import v8 from "node:v8";
import vm from "node:vm";
import type { EpisodeQuery, RotationLensApi } from "../../src/plugin/api/publicApi";
import { EXAMPLE_VAULT, ROOT } from "../helpers/paths";
import { loadPlugin, started, until, type Loaded } from "../harness/testApp";

const AS_OF = "2026-03-01";
const apiOf = (l: Loaded): RotationLensApi => (l.app.plugins.plugins["rotation-lens"] as unknown as { api: RotationLensApi }).api;

describe('the public API at app.plugins.plugins["rotation-lens"].api', () => {
  let l: Loaded;
  let api: RotationLensApi;
  beforeAll(async () => {
    l = await started(EXAMPLE_VAULT);
    api = apiOf(l);
  });

  it("is versioned and lists the index's episodes, newest first", async () => {
    expect(api.version).toBe(1);
    expect(api.asOf()).toBe(AS_OF);
    const ids = (await api.episodes()).map((e) => e.id);
    expect(ids.length).toBeGreaterThan(5);
    expect(ids).toEqual(l.plugin.index.episodeIndex.episodes(AS_OF).map((e) => e.id));
  });

  it("filters by type, end date, ongoing and source note", async () => {
    const all = await api.episodes();
    const growth = await api.episodes({ type: "Growth-to-Value" });
    expect(growth.length).toBeGreaterThan(0);
    expect(growth.length).toBeLessThan(all.length);
    expect(growth.every((e) => e.type === "growth-to-value")).toBe(true);
    const ongoing = await api.episodes({ ongoing: true });
    expect(ongoing.length).toBeGreaterThan(0);
    expect(ongoing.every((e) => e.ongoing)).toBe(true);
    expect((await api.episodes({ ongoing: false })).length).toBe(all.length - ongoing.length);
    const recent = await api.episodes({ since: "2024-01-01" });
    expect(recent.every((e) => e.ongoing || (e.end ?? "") >= "2024-01-01")).toBe(true);
    expect(recent.length).toBeLessThan(all.length);
    const fromNote = await api.episodes({ note: "Energy rotation 2022.md" });
    expect(fromNote.length).toBeGreaterThan(0);
    expect(fromNote.every((e) => e.sources.some((s) => s.path === "Energy rotation 2022.md"))).toBe(true);
  });

  it("ages ongoing episodes to the date asked for, and refuses a date it cannot read", async () => {
    const now = (await api.episodes({ ongoing: true })).find((e) => e.durationMonths !== null)!;
    const later = (await api.episodes({ ongoing: true, asOf: "2027-03-01" })).find((e) => e.id === now.id)!;
    expect(later.durationMonths).toBe(now.durationMonths! + 12);
    await expect(api.episodes({ asOf: "March 2026" })).rejects.toThrow(/asOf must be a date written YYYY-MM-DD/);
  });

  it("hands out copies: a caller changing a result changes nothing inside", async () => {
    const first = await api.episodes();
    first[0].rotation = "Changed by a script";
    first[0].sources.length = 0;
    first.length = 1;
    const again = await api.episodes();
    expect(again[0].rotation).not.toBe("Changed by a script");
    expect(again[0].sources.length).toBeGreaterThan(0);
    expect(again.length).toBeGreaterThan(1);

    const note = (await api.note("Sector Rotation.md"))!;
    note.tables[0].rows.length = 0;
    note.properties.tampered = true;
    const model = (await api.note("Sector Rotation.md"))!;
    expect(model.tables[0].rows.length).toBeGreaterThan(0);
    expect(model.properties.tampered).toBeUndefined();

    const metrics = await api.metrics();
    metrics.byType.length = 0;
    expect((await api.metrics()).byType.length).toBeGreaterThan(0);
  });

  it("copies note models whole where the app has structuredClone (table cells are getters it would drop)", async () => {
    // jsdom lacks structuredClone; Obsidian has it. Node's v8 serializer is the same algorithm.
    const g = globalThis as { structuredClone?: (v: unknown) => unknown };
    const had = g.structuredClone;
    g.structuredClone = (v) => v8.deserialize(v8.serialize(v)) as unknown;
    try {
      const model = (await api.note("Sector Rotation.md"))!;
      const cell = model.tables[0].rows[0].cells[1];
      expect(cell.text.length).toBeGreaterThan(0);
      expect(model.tables.some((t) => t.rows.some((r) => r.cells.some((c) => c.figure !== null)))).toBe(true);
    } finally {
      g.structuredClone = had;
    }
  });

  it("refuses what it cannot read with a message that says what to write, instead of an empty answer", async () => {
    const refused = async (call: () => Promise<unknown>): Promise<string> => {
      const e = await call().then(
        () => null,
        (err: Error) => err,
      );
      return e ? e.message : "not refused";
    };
    expect(await refused(() => api.episodes({ since: "March 2024" }))).toMatch(
      /^Rotation Lens API: since must be a year, a month or a day/,
    );
    expect(await refused(() => api.episodes({ since: "2024-02-30" }))).toMatch(/since must be/);
    expect(await refused(() => api.episodes({ ongoing: "true" as unknown as boolean }))).toMatch(
      /ongoing must be true or false, not "true"/,
    );
    expect(await refused(() => api.episodes({ type: "bogus" }))).toMatch(/type must be one of growth-to-value, .*; not "bogus"/);
    expect(await refused(() => api.episodes({ tpye: "risk-off" } as EpisodeQuery))).toMatch(
      /unknown query key "tpye"; a query takes asOf, type, since, ongoing, note/,
    );
    expect(await refused(() => api.classify(undefined as unknown as string))).toMatch(
      /classify takes a block's YAML text or its keys as an object, not undefined/,
    );
    expect(await refused(() => api.note(42 as unknown as string))).toMatch(/a note is given by its vault path/);
    expect((await api.episodes({ since: 2024 })).length).toBe((await api.episodes({ since: "2024" })).length);
    expect(await refused(() => api.episodes({ note: "Nope" }))).toMatch(
      /no note "Nope.md" in this vault; give its path from the vault's root/,
    );
    expect(await refused(() => api.classify("classifier: breadth", "Nope"))).toMatch(/no note "Nope.md" in this vault/);
    expect(await api.episodes({ since: null, type: null } as unknown as EpisodeQuery)).toEqual(await api.episodes());
    expect(await refused(() => api.episodes({ note: "energy rotation 2022" }))).toMatch(
      /no note "energy rotation 2022.md" in this vault; did you mean "Energy rotation 2022.md"\?/,
    );
    expect(await refused(() => api.episodes({ note: "Historical rotations.md" }))).toMatch(
      /"Historical rotations.md" is not read for episodes: it is the index note/,
    );
    expect(await refused(() => api.episodes(new Date() as unknown as EpisodeQuery))).toMatch(/a query is an object such as .*, not a Date/);
    expect(await api.episodes({ note: "Energy rotation 2022.md" })).toEqual(await api.episodes({ note: "\\Energy rotation 2022.md" }));
    const breadth = "classifier: breadth\nindex: -0.5\nup: 300\ntotal: 500";
    expect((await api.classify(breadth, null as unknown as string)).ok).toBe(true);
    expect((await api.classify(breadth, "")).ok).toBe(true);
  });

  it("finds a note as Obsidian names it: without .md, or with a leading slash", async () => {
    const byPath = await api.episodes({ note: "Energy rotation 2022.md" });
    expect(byPath.length).toBeGreaterThan(0);
    expect(await api.episodes({ note: "Energy rotation 2022" })).toEqual(byPath);
    expect(await api.episodes({ note: "/Energy rotation 2022.md" })).toEqual(byPath);
    expect((await api.note("Energy rotation 2022"))?.path).toBe("Energy rotation 2022.md");
  });

  it("computes metrics over the episodes a query keeps", async () => {
    const all = await api.metrics();
    expect(all.total).toBe((await api.episodes()).length);
    const growth = await api.metrics({ type: "growth-to-value" });
    expect(growth.total).toBe((await api.episodes({ type: "growth-to-value" })).length);
    expect(growth.byType.map((t) => t.type)).toEqual(["growth-to-value"]);
  });

  it("reads the note model of a path, and null where there is no note", async () => {
    const model = await api.note("Energy rotation 2022.md");
    expect(model?.path).toBe("Energy rotation 2022.md");
    expect(model?.headings.length).toBeGreaterThan(0);
    expect(await api.note("No such note.md")).toBeNull();
    expect(await api.note("Rotations.base")).toBeNull();
  });

  it("classifies as a rotation-classify block does, from YAML text or an object", async () => {
    const yaml = 'classifier: breadth\nindex: "[[Dispersion watch#Breadth on Jan 14, 2026]] S&P 500 > Change"\nup: 300\ntotal: 500';
    const fromText = await api.classify(yaml, "Sector Rotation.md");
    expect(fromText.ok && fromText.verdict.label).toBe("Rotation");
    const fromObject = await api.classify(
      { classifier: "breadth", index: "[[Dispersion watch#Breadth on Jan 14, 2026]] S&P 500 > Change", up: 300, total: 500 },
      "Sector Rotation.md",
    );
    expect(fromObject).toEqual(fromText);
    const wrong = await api.classify({ classifier: "astrology" });
    expect(wrong.ok).toBe(false);
    expect(!wrong.ok && `${wrong.title}: ${wrong.detail}`).toMatch(/Classifier needs a fix: .*astrology/);
  });

  it("names the rotation type of a rotation's text or sides", () => {
    expect(api.rotationType({ rotation: "Growth → Value" }).type).toBe("growth-to-value");
    expect(api.rotationType("Growth → Value")).toEqual(api.rotationType({ rotation: "Growth → Value" }));
    const thrown = (call: () => unknown): string => {
      try {
        call();
        return "not refused";
      } catch (e) {
        return (e as Error).message;
      }
    };
    expect(thrown(() => api.rotationType(null as unknown as string))).toMatch(
      /^Rotation Lens API: rotationType takes a rotation's text .*, not null/,
    );
    expect(thrown(() => api.rotationType(42 as unknown as string))).toMatch(/not a number \(42\)/);
    expect(thrown(() => api.rotationType({ sel: ["XLK"], buy: ["XLU"] } as never))).toMatch(
      /unknown key "sel"; rotationType takes rotation, sell, buy/,
    );
    expect(thrown(() => api.rotationType({ rotation: 42 } as never))).toMatch(/rotation must be text, not a number \(42\)/);
    expect(thrown(() => api.rotationType({}))).toMatch(/this one names nothing/);
    expect(thrown(() => api.rotationType({ sell: [], buy: [] }))).toMatch(/this one names nothing/);
    expect(thrown(() => api.rotationType({ rotation: ["Growth → Value"] } as never))).toMatch(/rotation must be text, not a list/);
    expect(thrown(() => api.rotationType(""))).toMatch(/rotationType takes a rotation's text .*, not ""/);
    expect(thrown(() => api.onChange("x" as never))).toMatch(/onChange takes a function, not "x"/);
    expect(api.rotationType({ sell: ["XLK"], buy: ["XLU", "XLP"] }).type).not.toBe("other");
  });
});

describe("the API's change event", () => {
  it("tells listeners when episodes change, survives a listener that throws, and stops when asked", async () => {
    const l = await started(EXAMPLE_VAULT);
    const api = apiOf(l);
    const seen: { paths: string[]; episodesChanged: boolean }[] = [];
    const quiet = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const offThrowing = api.onChange(() => {
      throw new Error("a script's own bug");
    });
    const off = api.onChange((c) => seen.push(c));
    const note = "Energy rotation 2022.md";
    const text = l.app.vault.textOf(l.app.vault.getFileByPath(note)!);
    await l.app.vault.userEdit(note, text.replace(/2022/g, "2023"));
    await l.plugin.index.flush();
    await until(() => seen.length > 0);
    expect(seen[0]).toEqual({ paths: [note], episodesChanged: true });
    expect(quiet).toHaveBeenCalled();
    off();
    offThrowing();
    await l.app.vault.userEdit(note, text);
    await l.plugin.index.flush();
    expect(seen).toHaveLength(1);
    quiet.mockRestore();
  });

  it("answers with a note saved a moment ago, before the pause the index waits for while typing", async () => {
    const l = await started(EXAMPLE_VAULT);
    const api = apiOf(l);
    const note = "Energy rotation 2022.md";
    const starts = async (): Promise<(string | null)[]> => (await api.episodes({ note })).map((e) => e.start);
    const before = await starts();
    expect(before.some((s) => s?.startsWith("2022"))).toBe(true);
    const text = l.app.vault.textOf(l.app.vault.getFileByPath(note)!);
    await l.app.vault.userEdit(note, text.replace(/2022/g, "2023"));
    const after = await starts();
    expect(after.some((s) => s?.startsWith("2023"))).toBe(true);
    expect(after.some((s) => s?.startsWith("2022"))).toBe(false);
  });

  it("settles a wait for the first scan when the plugin is turned off before the layout is ready", async () => {
    const l = await loadPlugin(EXAMPLE_VAULT);
    const waiting = apiOf(l).episodes();
    l.plugin.unload();
    await expect(waiting).resolves.toEqual([]);
  });

  it("is gone when the plugin is turned off", async () => {
    const l = await started(EXAMPLE_VAULT);
    expect(apiOf(l)).toBeDefined();
    l.plugin.unload();
    expect(l.app.plugins.plugins["rotation-lens"]).toBeUndefined();
  });
});

describe("the README's DataviewJS example", () => {
  const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
  const snippet = /```dataviewjs\n([\s\S]*?)```/.exec(readme)![1];

  /** Runs the block as DataviewJS does (an async function with `app` and `dv` in scope), recording what it shows. */
  async function run(app: unknown): Promise<{ paragraphs: string[]; tables: { headers: string[]; rows: unknown[][] }[] }> {
    const out = { paragraphs: [] as string[], tables: [] as { headers: string[]; rows: unknown[][] }[] };
    const dv = {
      paragraph: (text: string) => out.paragraphs.push(text),
      table: (headers: string[], rows: unknown[][]) => out.tables.push({ headers, rows }),
      fileLink: (p: string) => ({ link: p }),
    };
    await vm.runInNewContext(`(async () => {\n${snippet}\n})()`, { app, dv });
    return out;
  }

  it("lists the growth-to-value rotations of examples/vault with the notes they came from", async () => {
    const l = await started(EXAMPLE_VAULT);
    const expected = await apiOf(l).episodes({ type: "growth-to-value" });
    const { tables, paragraphs } = await run(l.app);
    expect(tables).toHaveLength(1);
    expect(tables[0].headers).toEqual(["Period", "Rotation", "Months", "Read from"]);
    expect(tables[0].rows.map((r) => r[1])).toEqual(expected.map((e) => e.rotation));
    expect(tables[0].rows.map((r) => r[3])).toEqual(expected.map((e) => ({ link: e.sources[0].path })));
    const total = (await apiOf(l).episodes()).length;
    expect(paragraphs).toEqual([expect.stringMatching(new RegExp(`^${expected.length} of ${total} episodes; most often bought: \\S`))]);
  });

  it("says what to do when Rotation Lens is off, or when its API has moved on", async () => {
    const off = await run({ plugins: { plugins: {} } });
    expect(off.tables).toEqual([]);
    expect(off.paragraphs).toEqual(["Turn on Rotation Lens to see the rotations here."]);
    const newer = await run({ plugins: { plugins: { "rotation-lens": { api: { version: 2 } } } } });
    expect(newer.paragraphs).toEqual(["Written for version 1 of the Rotation Lens API; this vault has version 2."]);
  });
});
