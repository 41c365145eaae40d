/** Why each place in a note that could state a rotation became a candidate or not, line by line, for `index --explain` and `check`. */
import type { NoteModel } from "../model/types";
import { extractEpisodes } from "../episodes/extractEpisodes";
import { columnRoles } from "../episodes/headerRoles";
import { noteIgnored } from "../episodes/optOut";
import { otherSense, statesFact } from "../episodes/prose/guards";
import { findMovement } from "../episodes/prose/movement";
import { mayHoldProse, proseLines } from "../episodes/prose/proseLines";
import { resolveSide } from "../episodes/prose/resolveSides";
import { sentencesOf } from "../episodes/prose/sentences";
import { tableKind } from "../episodes/tableGuard";
import { defaultTaxonomy, type Taxonomy } from "../taxonomy/taxonomy";

export interface ExplainLine {
  line: number;
  /** "candidate" when the place gives one; "skipped" with the reason otherwise. */
  verdict: "candidate" | "skipped";
  why: string;
}

export function explainNote(note: NoteModel, text: string, taxonomy: Taxonomy = defaultTaxonomy): ExplainLine[] {
  if (noteIgnored(note))
    return [{ line: note.frontmatter?.line ?? 1, verdict: "skipped", why: "the note opts out with rotation-lens: ignore" }];
  const candidates = extractEpisodes(note, text, taxonomy).candidates;
  const lines = new Set(candidates.map((c) => c.source.line));
  const out: ExplainLine[] = [...tables(note, taxonomy), ...prose(note, text, taxonomy, lines)];
  for (const c of candidates) {
    out.push({
      line: c.source.line,
      verdict: "candidate",
      why: `${c.kind}: ${c.rotation ?? `${c.from} → ${c.to}`}, from ${c.start ?? "an unknown date"}${c.partial ? " (one side only: joins a rotation found in another note)" : ""}`,
    });
  }
  return out.sort((a, b) => a.line - b.line || (a.verdict === b.verdict ? 0 : a.verdict === "skipped" ? -1 : 1));
}

function tables(note: NoteModel, taxonomy: Taxonomy): ExplainLine[] {
  const out: ExplainLine[] = [];
  for (const t of note.tables) {
    const roles = columnRoles(t);
    const sided = roles.sell !== undefined || roles.buy !== undefined || roles.rotation !== undefined || roles.winner !== undefined;
    if (!sided || tableKind(t, roles, taxonomy)) continue;
    const why =
      roles.period === undefined
        ? "a table of rotations with no period column is a taxonomy, not history"
        : "its side or rotation cells name no market group the lexicon knows (trades, trips, people, companies and ratings are not rotations)";
    out.push({ line: t.line, verdict: "skipped", why });
  }
  return out;
}

function prose(note: NoteModel, text: string, taxonomy: Taxonomy, candidateLines: Set<number>): ExplainLine[] {
  if (!mayHoldProse(note, text)) return [];
  const out: ExplainLine[] = [];
  for (const p of proseLines(note, text.split(/\r\n|\r|\n/), () => false)) {
    if (otherSense(p.text)) {
      out.push({ line: p.line, verdict: "skipped", why: "speaks of rotation in another sense (crops, crews, keys, tyres…)" });
      continue;
    }
    for (const s of sentencesOf(p.text)) {
      const m = findMovement(s.text);
      if (!m) continue;
      const why = !statesFact(s.text.slice(0, m.end))
        ? "a hypothetical, forecast, proposal or negation, not a fact"
        : !resolveSide(m.sell, taxonomy, false).length || !resolveSide(m.buy, taxonomy, true).length
          ? `a side names no market group the lexicon knows ("${m.sell.trim()}" → "${m.buy.trim()}")`
          : "both sides are known, but no date in its sentence, its section or a daily note's name, or it repeats a table row of this note";
      const taken = p.breaks.length
        ? [...candidateLines].some((l) => l >= p.line && l <= p.line + p.breaks.length)
        : candidateLines.has(p.line);
      if (!(why.startsWith("both sides") && taken)) out.push({ line: p.line, verdict: "skipped", why });
    }
  }
  return out;
}
