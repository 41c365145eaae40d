/** Counts in messages read as English: one of a thing, any other number of things. */
import { counted, plural } from "../../../src/core/text/plural";

describe("counts in messages", () => {
  it("names one thing in the singular and every other count in the plural", () => {
    expect([0, 1, 2].map((n) => counted(n, "episode"))).toEqual(["0 episodes", "1 episode", "2 episodes"]);
  });

  it("takes the plural as given when it is not the word plus s", () => {
    expect(counted(3, "entry", "entries")).toBe("3 entries");
    expect(plural(1, "an error", "errors")).toBe("an error");
    expect(plural(4, "episode is", "episodes are")).toBe("episodes are");
  });
});
