/**
 * Source (g), titles and aliases that name a rotation ("Europe to Japan rotation", "Energy over utilities", "March 2020
 * risk-off", "Sell Japan"), dated from the body.
 */
import type { NoteModel } from "../model/types";
import { findTerms, type Taxonomy } from "../taxonomy/taxonomy";
import { emptyCandidate, setStatedDivergence } from "./candidate";
import { findMovement } from "./prose/movement";
import { noteContext } from "./prose/noteContext";
import { proseDates, type ProseDates } from "./prose/proseDates";
import { stripMarks } from "./prose/proseLines";
import { resolveSide } from "./prose/resolveSides";
import { legsIn, statedDivergence } from "./sides";
import type { Candidate, SourceRef } from "./types";

interface Name {
  text: string;
  line: number;
}

interface Named {
  rotation: string;
  sell: string[];
  buy: string[];
}

/** Only when nothing else in the note states a rotation: a name then says what the note is about. */
export function fromNames(note: NoteModel, getLines: () => string[], taxonomy: Taxonomy, hidden: (line: number) => boolean): Candidate[] {
  for (const name of namesOf(note)) {
    const named = readName(name.text, taxonomy);
    if (!named) continue;
    const lines = getLines();
    name.line = nameLine(note, lines, name);
    const dates = bodyDates(note, lines, hidden);
    if (!dates?.start) continue;
    const source: SourceRef = { path: note.path, line: name.line, heading: null };
    const c = emptyCandidate("alias", source);
    c.rotation = named.rotation;
    c.sellSide = named.sell;
    c.buySide = named.buy;
    c.from = named.sell.join(", ");
    c.to = named.buy.join(", ");
    c.start = dates.start;
    c.end = dates.end;
    if (dates.end || dates.oneSession) c.ongoing = false;
    const at: SourceRef = { ...source, line: dates.line ?? name.line };
    c.fieldSources = { rotation: source, start: at };
    if (named.sell.length) [c.fieldSources.sellSide, c.fieldSources.buySide] = [source, source];
    if (dates.end) c.fieldSources.end = at;
    const said = lines[(dates.line ?? name.line) - 1] ?? "";
    c.legs = legsIn(said, at);
    const pp = statedDivergence(said);
    if (pp !== null) setStatedDivergence(c, pp, at);
    return [c];
  }
  return [];
}

/** The title (or the H1 that repeats it) and each alias; line 0 for an alias until its line is looked up. */
function namesOf(note: NoteModel): Name[] {
  const out: Name[] = [];
  const h1 = note.headings.find((h) => h.level === 1);
  out.push({
    text: note.title,
    line: h1 && h1.text.trim() === note.title.trim() ? h1.line : note.frontmatter ? note.frontmatter.endLine + 1 : 1,
  });
  const aliases = note.properties.aliases ?? note.properties.alias;
  const list = Array.isArray(aliases) ? aliases : typeof aliases === "string" ? [aliases] : [];
  for (const a of list) if (typeof a === "string" && a.trim()) out.push({ text: a, line: 0 });
  return out;
}

/** The front matter line an alias is written on. */
function nameLine(note: NoteModel, lines: string[], name: Name): number {
  if (name.line !== 0) return name.line;
  const k = lines.slice(0, note.frontmatter?.endLine ?? 0).findIndex((l) => l.includes(name.text));
  return k === -1 ? (note.frontmatter?.line ?? 1) : k + 1;
}

/** "X to Y rotation", "X over Y", "Sell <region>", "<date> risk-off". */
function readName(text: string, taxonomy: Taxonomy): Named | null {
  const lower = text.toLowerCase().replace(/[-–]/g, " ");
  if (/\brisk off\b/.test(lower)) return { rotation: "Risk-off", sell: [], buy: [] };
  if (/\brisk on\b/.test(lower)) return { rotation: "Risk-on", sell: [], buy: [] };
  const moved = findMovement(text);
  const over = / over /i.exec(text);
  const [sellText, buyText] = moved ? [moved.sell, moved.buy] : over ? [text.slice(over.index + 6), text.slice(0, over.index)] : ["", ""];
  const sell = resolveSide(sellText, taxonomy, false);
  const buy = resolveSide(buyText, taxonomy, true);
  if (sell.length && buy.length) return { rotation: `${sell.join(", ")} → ${buy.join(", ")}`, sell, buy };
  const m = /^sell\s+(.+)$/i.exec(text.trim());
  const region = m ? findTerms(m[1], taxonomy).find((h) => h.groups.includes("domestic") || h.groups.includes("international")) : undefined;
  if (!m || !region) return null;
  const rest = region.groups.includes("domestic") ? "International (non-US markets)" : "The rest of the world";
  return { rotation: `${m[1].trim()} → ${rest}`, sell: [m[1].trim()], buy: [rest] };
}

/** The first body line that states a date, read as prose is. */
function bodyDates(note: NoteModel, lines: string[], hidden: (line: number) => boolean): ProseDates | null {
  const ctx = noteContext(note);
  for (let i = note.frontmatter ? note.frontmatter.endLine : 0; i < lines.length; i++) {
    const t = lines[i].trimStart();
    if (t === "" || t.startsWith("|") || t.startsWith("#") || t.startsWith("![") || hidden(i + 1)) continue;
    const d = proseDates(stripMarks(t), i + 1, 0, { ...ctx, day: undefined, heading: null });
    if (d.start) return d;
  }
  return null;
}
