import fc from "fast-check";
import { isIsoDay } from "../../../src/core/dates/isoDay";
import { DEFAULT_SETTINGS, effectiveAsOf, normalizeSettings, parseTaxonomyYaml } from "../../../src/core/settings/settings";

describe("settings from data.json", () => {
  it("gives defaults when nothing was saved yet", () => {
    expect(normalizeSettings(null)).toEqual({ settings: { ...DEFAULT_SETTINGS }, problems: [], unknown: {} });
  });

  it("keeps valid keys and fills missing ones with defaults", () => {
    const { settings, problems } = normalizeSettings({ indexNotePath: "Research/Rotations.md", autoRefresh: false });
    expect(problems).toEqual([]);
    expect(settings.indexNotePath).toBe("Research/Rotations.md");
    expect(settings.autoRefresh).toBe(false);
    expect(settings.refreshDelayMs).toBe(DEFAULT_SETTINGS.refreshDelayMs);
  });

  it("resets a corrupt file to defaults and says so", () => {
    const { settings, problems } = normalizeSettings("{not json");
    expect(settings).toEqual({ ...DEFAULT_SETTINGS });
    expect(problems[0]).toMatch(/defaults restored/);
  });

  it("replaces each invalid value with its default and names it", () => {
    const { settings, problems } = normalizeSettings({
      refreshDelayMs: -5,
      asOfOverride: "2026-02-30",
      excludeFolders: [1],
      taxonomyYaml: "a: [",
    });
    expect(settings.refreshDelayMs).toBe(DEFAULT_SETTINGS.refreshDelayMs);
    expect(settings.asOfOverride).toBe("");
    expect(settings.excludeFolders).toEqual([]);
    expect(settings.taxonomyYaml).toBe("");
    expect(problems.map((p) => p.split('"')[1]).sort()).toEqual(["asOfOverride", "excludeFolders", "refreshDelayMs", "taxonomyYaml"]);
  });

  it("never throws and always returns complete settings, whatever was stored", () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const { settings } = normalizeSettings(raw);
        expect(Object.keys(settings).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
      }),
      { seed: 20261125, numRuns: Number(process.env.FUZZ_RUNS ?? 500) },
    );
  });

  it("keeps keys it does not know, __proto__ included, apart from the settings", () => {
    const raw = JSON.parse('{"autoRefresh": false, "futureOption": {"a": [1]}, "__proto__": {"polluted": true}}') as unknown;
    const { settings, problems, unknown } = normalizeSettings(raw);
    expect(problems).toEqual([]);
    expect(settings.autoRefresh).toBe(false);
    expect(Object.keys(unknown)).toEqual(["futureOption", "__proto__"]);
    expect(JSON.parse(JSON.stringify({ ...unknown, ...settings })) as unknown).toEqual(
      JSON.parse(JSON.stringify({ ...(raw as object), ...settings })) as unknown,
    );
    expect((unknown as { polluted?: boolean }).polluted).toBeUndefined();
    expect("futureOption" in settings).toBe(false);
  });

  it("normalises the index note path once, as Obsidian does, and refuses one that leaves the vault", () => {
    expect(normalizeSettings({ indexNotePath: "/Historical rotations.md" }).settings.indexNotePath).toBe("Historical rotations.md");
    expect(normalizeSettings({ indexNotePath: " Research\\Rotations.md " }).settings.indexNotePath).toBe("Research/Rotations.md");
    const bad = normalizeSettings({ indexNotePath: "../../outside/Stolen.md" });
    expect(bad.settings.indexNotePath).toBe(DEFAULT_SETTINGS.indexNotePath);
    expect(bad.problems).toEqual(['Setting "indexNotePath" was invalid; default restored.']);
  });

  it("does not share folder lists with the defaults", () => {
    const a = normalizeSettings(null).settings;
    a.excludeFolders.push("Templates");
    expect(normalizeSettings(null).settings.excludeFolders).toEqual([]);
  });
});

describe("taxonomy additions", () => {
  it("reads a term → group mapping, with lists", () => {
    expect(parseTaxonomyYaml("ARKK: growth\nXLU: [defensive, value]\n")).toEqual({
      additions: { ARKK: ["growth"], XLU: ["defensive", "value"] },
      error: null,
    });
  });

  it("explains what is wrong with invalid YAML or shapes", () => {
    expect(parseTaxonomyYaml("ARKK: [growth").error).toMatch(/^Taxonomy YAML/);
    expect(parseTaxonomyYaml("- growth").error).toMatch(/mapping/);
    expect(parseTaxonomyYaml("ARKK: {a: 1}").error).toMatch(/ARKK/);
  });
});

describe("as-of date", () => {
  it("accepts only real calendar days", () => {
    expect(isIsoDay("2026-03-01")).toBe(true);
    expect(isIsoDay("2026-02-29")).toBe(false);
    expect(isIsoDay("2026-3-1")).toBe(false);
  });

  it("uses the override when set, else today", () => {
    expect(effectiveAsOf({ ...DEFAULT_SETTINGS, asOfOverride: "2026-03-01" }, "2026-11-25")).toBe("2026-03-01");
    expect(effectiveAsOf({ ...DEFAULT_SETTINGS }, "2026-11-25")).toBe("2026-11-25");
  });
});
