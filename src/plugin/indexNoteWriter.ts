/**
 * Keeps the "Historical rotations" note current with core's plan: only the region and the `episodes` and
 * `updated` properties change. An open note is edited through its editor (unsaved typing, cursor and folds
 * survive); a closed one through Vault.process, re-planned against the latest text.
 */
import { MarkdownView, Notice, TFile, normalizePath, type App, type Editor } from "obsidian";
import { planIndexNote, type IndexPlan, type IndexPlanInput } from "../core/indexNote/planIndexNote";
import { renderIndexRegion } from "../core/indexNote/renderIndexRegion";
import type { TextEdit } from "../core/indexNote/textEdits";
import { episodeMetrics } from "../core/metrics/episodeMetrics";
import type { EpisodeIndex } from "../core/episodeIndex/EpisodeIndex";
import { counted } from "../core/text/plural";

export type RefreshOutcome = "created" | "updated" | "unchanged" | "damaged" | "failed";

export class IndexNoteWriter {
  /** The last warning shown, so an automatic refresh does not repeat the same Notice on every edit. */
  private lastWarning: string | null = null;

  constructor(private readonly app: App) {}

  /** `failedNotes`: notes the scan could not read; the plan then never lowers the episode count. */
  async refresh(path: string, index: EpisodeIndex, asOf: string, userAsked: boolean, failedNotes = 0): Promise<RefreshOutcome> {
    const episodes = index.episodes(asOf);
    const notePath = normalizePath(path);
    const input: IndexPlanInput = {
      region: renderIndexRegion({ episodes, metrics: episodeMetrics(episodes, index.taxonomy), asOf }),
      episodes: episodes.length,
      asOf,
      title: notePath.slice(notePath.lastIndexOf("/") + 1).replace(/\.md$/i, ""),
      failedNotes,
    };
    const existing = this.app.vault.getAbstractFileByPath(notePath);
    if (existing && !(existing instanceof TFile))
      return this.warn(`${notePath} is a folder, not a note; choose another index note path in the settings.`, userAsked, "damaged");
    const outcome = existing ? await this.update(existing, input, userAsked) : await this.create(notePath, input, userAsked);
    if (userAsked && (outcome === "created" || outcome === "updated" || outcome === "unchanged")) {
      new Notice(outcome === "unchanged" ? `${notePath} is up to date.` : `${notePath}: ${counted(input.episodes, "episode")}.`);
    }
    return outcome;
  }

  private async create(notePath: string, input: IndexPlanInput, userAsked: boolean): Promise<RefreshOutcome> {
    const plan = planIndexNote(null, input);
    if (plan.status !== "write") return this.report(plan, userAsked);
    await this.ensureFolder(notePath);
    await this.app.vault.create(notePath, plan.text);
    return "created";
  }

  private async update(file: TFile, input: IndexPlanInput, userAsked: boolean): Promise<RefreshOutcome> {
    const editor = this.openEditor(file);
    if (editor) {
      const plan = planIndexNote(editor.getValue(), input);
      if (plan.status === "write") applyInEditor(editor, plan.edits);
      return this.report(plan, userAsked);
    }
    const first = planIndexNote(await this.app.vault.read(file), input);
    if (first.status !== "write") return this.report(first, userAsked);
    // Planned again inside process() against the latest text, so an edit made meanwhile is kept.
    let plan: IndexPlan = first;
    await this.app.vault.process(file, (latest) => {
      plan = planIndexNote(latest, input);
      return plan.status === "write" ? plan.text : latest;
    });
    return this.report(plan, userAsked);
  }

  /** The outcome of a plan, with a Notice for whatever was left alone. */
  private report(plan: IndexPlan, userAsked: boolean): RefreshOutcome {
    if (plan.status === "refused") return this.warn(`Rotation Lens left the index note alone. ${plan.reason}`, userAsked, "damaged");
    const problem = plan.problems[0];
    if (problem) this.warn(`Rotation Lens updated the index note's region. ${problem.message}`, userAsked, "updated");
    else this.lastWarning = null;
    if (plan.status === "unchanged") return "unchanged";
    return plan.created ? "created" : "updated";
  }

  private warn(message: string, userAsked: boolean, outcome: RefreshOutcome): RefreshOutcome {
    if (userAsked || this.lastWarning !== message) new Notice(message, 15000);
    this.lastWarning = message;
    return outcome;
  }

  /** The editor of a markdown view showing this note, if one is open. */
  private openEditor(file: TFile): Editor | null {
    for (const leaf of this.app.workspace.getLeavesOfType("markdown")) {
      if (leaf.view instanceof MarkdownView && leaf.view.file?.path === file.path) return leaf.view.editor;
    }
    return null;
  }

  private async ensureFolder(notePath: string): Promise<void> {
    const folder = notePath.includes("/") ? notePath.slice(0, notePath.lastIndexOf("/")) : "";
    if (folder && !this.app.vault.getAbstractFileByPath(folder)) await this.app.vault.createFolder(folder);
  }
}

/** One transaction over the region and the properties: the user's undo history sees one step. */
function applyInEditor(editor: Editor, edits: readonly TextEdit[]): void {
  const changes = edits.map((e) => ({ from: editor.offsetToPos(e.from), to: editor.offsetToPos(e.to), text: e.text }));
  editor.transaction({ changes });
}
