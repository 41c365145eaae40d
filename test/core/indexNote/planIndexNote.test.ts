/** The index note's planner: what it writes, what it leaves, and when it refuses. */
import { planIndexNote } from "../../../src/core/indexNote/planIndexNote";
import { applyEdits } from "../../../src/core/indexNote/textEdits";

const input = { region: "*2 episodes*", episodes: 2, asOf: "2026-03-01", title: "Rotations" };

describe("planIndexNote", () => {
  it("creates a note with the two properties, a title and the region", () => {
    const plan = planIndexNote(null, input);
    expect(plan.status).toBe("write");
    expect(plan.status === "write" && plan.text).toBe(
      "---\nepisodes: 2\nupdated: 2026-03-01\n---\n# Rotations\n\nRotation Lens keeps the list below current from your research notes. Write anything you like above or below it.\n\n%% rotation-lens:begin %%\n*2 episodes*\n%% rotation-lens:end %%\n",
    );
  });

  it("gives edits that turn the current text into the planned one, and nothing to do the second time", () => {
    const current = "---\nkeep: yes # mine\n---\nMine.\n";
    const plan = planIndexNote(current, input);
    if (plan.status !== "write") throw new Error(plan.status);
    expect(applyEdits(current, plan.edits)).toBe(plan.text);
    expect(plan.text).toBe(
      "---\nkeep: yes # mine\nepisodes: 2\nupdated: 2026-03-01\n---\nMine.\n\n%% rotation-lens:begin %%\n*2 episodes*\n%% rotation-lens:end %%\n",
    );
    expect(planIndexNote(plan.text, { ...input, asOf: "2026-04-01" })).toMatchObject({ status: "unchanged" });
  });

  it("moves `updated` only when the region changes, and sets a changed count alone", () => {
    const note = "---\nepisodes: 5\nupdated: 2026-01-01\n---\n%% rotation-lens:begin %%\n*2 episodes*\n%% rotation-lens:end %%\n";
    const plan = planIndexNote(note, input);
    expect(plan.status === "write" && plan.text).toBe(note.replace("episodes: 5", "episodes: 2"));
  });

  it("holds back a plan that would lower the count while notes fail to read, and not one that keeps or raises it", () => {
    const note = "---\nepisodes: 5\n---\n%% rotation-lens:begin %%\nold\n%% rotation-lens:end %%\n";
    expect(planIndexNote(note, { ...input, failedNotes: 1 })).toMatchObject({
      status: "refused",
      reason: expect.stringMatching(/keeps its last 5 episodes instead of 2/),
    });
    expect(planIndexNote(note, { ...input, episodes: 6, failedNotes: 1 }).status).toBe("write");
    expect(planIndexNote(note, input).status).toBe("write");
  });

  it("refuses damaged markers at the marker's line", () => {
    expect(planIndexNote("a\nb\n%% rotation-lens:end %%\n", input)).toMatchObject({ status: "refused", line: 3 });
  });

  it("leaves `---js` properties alone and still writes the region", () => {
    const plan = planIndexNote("---js\n{ a: 1 }\n---\nText\n", input);
    expect(plan).toMatchObject({ status: "write", problems: [{ message: expect.stringMatching(/---js/) }] });
    expect(plan.status === "write" && plan.text.startsWith("---js\n{ a: 1 }\n---\nText\n")).toBe(true);
  });
});
