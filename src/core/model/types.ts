/** The note model: what Rotation Lens knows about one markdown note, with every piece tied to its 1-based line. */

/** Something skipped or suspicious while reading a note; never thrown, always reported. */
export interface Problem {
  line: number;
  message: string;
}

/** What a figure measures. Durations keep their own unit so "2+ years" is not mistaken for a count. */
export type FigureUnit = "percent" | "pp" | "money" | "multiple" | "count" | "days" | "weeks" | "months" | "quarters" | "years";

/** How the stated value bounds the real one: "300+" is atLeast, ">20%" is atLeast, "+6-8%" is a range. */
export type FigureBound = "exact" | "atLeast" | "atMost" | "range";

/** A number as a note states it: `~$38M` → { value: 38e6, unit: "money", approx: true }. */
export interface Figure {
  /** null for an explicit "no value" mark such as `—`. For a range, the midpoint. */
  value: number | null;
  unit: FigureUnit | null;
  approx: boolean;
  bound: FigureBound;
  /** Both ends of a range (`+6-8%` → 6 and 8); absent otherwise. */
  low?: number;
  high?: number;
  /** Currency symbol for money figures. */
  currency?: string;
  /** The text the figure was read from, as written. */
  raw: string;
}

/** A wikilink, embed or markdown link. */
export interface Link {
  kind: "wiki" | "markdown";
  /** Note or file name (wiki) or URL (markdown); "" for a same-note link like `[[#Heading]]`. */
  target: string;
  heading: string | null;
  block: string | null;
  /** The alias (`[[A|B]]` → B) or a markdown link's text. */
  alias: string | null;
  embed: boolean;
  line: number;
}

export interface Heading {
  level: number;
  /** Display text of the heading (marks removed, links shown as their alias). */
  text: string;
  line: number;
}

export type Align = "left" | "center" | "right" | null;

export interface Cell {
  /** The cell's markdown as written, trimmed, with `\|` still escaped. */
  raw: string;
  /** What a reader sees. */
  text: string;
  links: Link[];
  figure: Figure | null;
}

export interface Row {
  line: number;
  cells: Cell[];
}

export interface Table {
  /** Line of the header row. */
  line: number;
  /** Line of the last body row (the delimiter row when there is no body). */
  endLine: number;
  header: Row;
  align: Align[];
  rows: Row[];
  /** Nearest heading above the table, or null. */
  heading: Heading | null;
  /** Block id (`^id`) on the line after the table (or after its caption). */
  blockId: string | null;
  /** Display text of an italic line directly below the table. */
  caption: string | null;
  captionLine: number | null;
}

/** An italic line directly below a table or an image embed: `*XLE vs QQQ, 2022 … ~85pp divergence*`. */
export interface Caption {
  line: number;
  text: string;
  /** What the caption stands under. */
  under: "table" | "embed";
  /** Line of the table's header row or of the embed. */
  targetLine: number;
  /** The embed's target for `under: "embed"`. */
  embed: string | null;
  heading: Heading | null;
}

/** A labelled line: `**Timing:** Started late December 2025`, `Timing: …` or Dataview's `key:: value`. */
export interface Field {
  key: string;
  value: string;
  line: number;
  heading: Heading | null;
}

export interface Tag {
  /** Without `#`, as written (`markets/energy`). */
  name: string;
  /** 0 for tags from properties. */
  line: number;
}

export interface NoteModel {
  path: string;
  /** File name without folder and `.md`. */
  title: string;
  properties: Record<string, unknown>;
  /** Lines of the front matter block including its fences, or null. */
  frontmatter: { line: number; endLine: number } | null;
  tags: Tag[];
  headings: Heading[];
  tables: Table[];
  links: Link[];
  captions: Caption[];
  fields: Field[];
  problems: Problem[];
  lineCount: number;
}
