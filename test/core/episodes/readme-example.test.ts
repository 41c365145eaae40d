import { readFileSync } from "node:fs";
import path from "node:path";
import { parseNote } from "../../../src/core/parse/parseNote";
import { EpisodeIndex } from "../../../src/core/episodeIndex/EpisodeIndex";
import { ROOT } from "../../helpers/paths";

/** The README's "A note it reads" example says what Rotation Lens reads from it; this holds it to that. */
describe("the README's example note", () => {
  const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## A note it reads"));
  const note = /```markdown\n([\s\S]*?)```/.exec(section)?.[1] ?? "";

  it("gives the two episodes the README describes", () => {
    const index = new EpisodeIndex();
    index.update(parseNote("Research.md", note), note);
    const [e2022, e2018] = index.episodes("2026-03-01");
    expect(e2022).toMatchObject({
      period: "2022",
      type: "growth-to-value",
      durationMonths: 12,
      divergencePp: 85,
      divergenceSource: "stated",
    });
    expect(e2022.fieldSources.divergence?.line).toBe(note.split("\n").findIndex((l) => l.includes("~85pp")) + 1);
    expect(e2018).toMatchObject({ period: "2018 Q4", type: "risk-off", durationMonths: 3, trigger: "Overtightening fears" });
  });
});
