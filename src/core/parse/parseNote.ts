/** The note model of one note: one pass over its lines, every piece tied to its line, problems instead of exceptions. */
import type { Caption, Field, Heading, Link, NoteModel, Problem, Row, Table, Tag } from "../model/types";
import { blockIdOf, embedTarget, italicLine } from "./captions";
import { fieldOf } from "./fields";
import { headingOf } from "./headings";
import { readFrontmatter } from "./frontmatter";
import { NO_LINKS, linksIn, readInline } from "./inline";
import { tableAt } from "./parseTable";
import { scanLines, type LineInfo } from "./scanLines";
import { splitLines } from "./splitLines";
import { inlineTags, propertyTags, tagVisibleText } from "./tags";

export function parseNote(path: string, text: string): NoteModel {
  const problems: Problem[] = [];
  const lines = splitLines(typeof text === "string" ? text : "");
  const fm = readFrontmatter(lines);
  for (const p of fm.problems) problems.push(p);
  const infos = scanLines(lines, fm.bodyStart, problems);
  const body = readBody(infos, fm.bodyStart, problems);
  const model = {
    path,
    title: titleOf(path),
    properties: fm.properties,
    frontmatter: fm.block,
    tags: [...propertyTags(fm.properties), ...body.tags],
    headings: body.headings,
    tables: body.tables,
    links: NO_LINKS,
    captions: body.captions,
    fields: body.fields,
    problems: problems.sort((a, b) => a.line - b.line),
    lineCount: lines.length,
  };
  return withLazyLinks(model, body.links, body.linkLines);
}

/**
 * The note's links, in line order, are gathered from headings, captions, prose lines and every table cell
 * the first time someone asks: most readers of a note never ask for them all.
 */
function withLazyLinks(model: NoteModel, headingLinks: Link[], linkLines: { text: string; line: number }[]): NoteModel {
  Object.defineProperty(model, "links", {
    enumerable: true,
    configurable: true,
    get(this: NoteModel): Link[] {
      const all = [...headingLinks];
      for (const l of linkLines) for (const link of linksIn(l.text, l.line)) all.push(link);
      for (const t of this.tables) {
        collectLinks(all, t.header);
        for (const row of t.rows) collectLinks(all, row);
      }
      // Stable: links of one line keep their order; prose and table links interleave by line.
      all.sort((a, b) => a.line - b.line);
      Object.defineProperty(this, "links", { value: all, enumerable: true, writable: true, configurable: true });
      return all;
    },
    set(this: NoteModel, value: Link[]): void {
      Object.defineProperty(this, "links", { value, enumerable: true, writable: true, configurable: true });
    },
  });
  return model;
}

function titleOf(path: string): string {
  const name = path.slice(path.lastIndexOf("/") + 1);
  return name.toLowerCase().endsWith(".md") ? name.slice(0, -3) : name;
}

interface Body {
  headings: Heading[];
  tables: Table[];
  links: Link[];
  /** Prose lines that may hold links, read for them only when the note's links are asked for. */
  linkLines: { text: string; line: number }[];
  tags: Tag[];
  captions: Caption[];
  fields: Field[];
}

function readBody(infos: LineInfo[], from: number, problems: Problem[]): Body {
  const b: Body = { headings: [], tables: [], links: [], linkLines: [], tags: [], captions: [], fields: [] };
  let heading: Heading | null = null;
  for (let i = from; i < infos.length; i++) {
    const info = infos[i];
    if (info.hidden) continue;
    const text = info.text;
    const h = info.depth === 0 ? headingOf(text) : null;
    if (h) {
      const inline = readInline(h.raw, i + 1);
      heading = { level: h.level, text: inline.text, line: i + 1 };
      b.headings.push(heading);
      for (const l of inline.links) b.links.push(l);
      inlineTags(tagVisibleText(h.raw), i + 1, b.tags);
      continue;
    }
    if (text.includes("|")) {
      const found = tableAt(infos, i, problems);
      if (found) {
        i = addTable(b, infos, found, heading);
        continue;
      }
    }
    readProseLine(b, infos, i, heading);
  }
  return b;
}

/** Record a table with its caption and block id; returns the index of the last line consumed. */
function addTable(b: Body, infos: LineInfo[], found: NonNullable<ReturnType<typeof tableAt>>, heading: Heading | null): number {
  let last = found.last;
  const table: Table = {
    line: found.header.line,
    endLine: found.last + 1,
    header: found.header,
    align: found.align,
    rows: found.rows,
    heading,
    blockId: null,
    caption: null,
    captionLine: null,
  };
  // The caption sits directly under the table, or after one blank line.
  const gap = infos[last + 1] !== undefined && !infos[last + 1].hidden && infos[last + 1].text.trim() === "" ? 1 : 0;
  const next = infos[last + 1 + gap];
  const italic = next && !next.hidden ? italicLine(next.text) : null;
  if (italic !== null) {
    last += 1 + gap;
    const inline = readInline(italic, last + 1);
    table.caption = inline.text;
    table.captionLine = last + 1;
    for (const l of inline.links) b.links.push(l);
    b.captions.push({ line: last + 1, text: inline.text, under: "table", targetLine: table.line, embed: null, heading });
  }
  const idLine = infos[last + 1];
  const id = idLine && !idLine.hidden ? blockIdOf(idLine.text) : null;
  if (id !== null) {
    table.blockId = id;
    last++;
  }
  tagsOfTable(b, infos, table, italic);
  b.tables.push(table);
  return last;
}

/** Tags written in cells (`| #energy | … |`) and in the caption count like tags in prose. */
function tagsOfTable(b: Body, infos: LineInfo[], table: Table, caption: string | null): void {
  for (let k = table.line; k <= table.endLine; k++) {
    if (!infos[k - 1].text.includes("#")) continue;
    const row = k === table.line ? table.header : table.rows[k - table.line - 2];
    for (const cell of row?.cells ?? []) if (cell.raw.includes("#")) inlineTags(tagVisibleText(cell.raw), k, b.tags);
  }
  if (caption !== null && table.captionLine !== null && caption.includes("#"))
    inlineTags(tagVisibleText(caption), table.captionLine, b.tags);
}

function collectLinks(into: Link[], row: Row): void {
  for (const cell of row.cells) for (const l of cell.links) into.push(l);
}

function readProseLine(b: Body, infos: LineInfo[], i: number, heading: Heading | null): void {
  const text = infos[i].text;
  const line = i + 1;
  if (text.includes("[") || text.includes("<")) b.linkLines.push({ text, line });
  if (text.includes("#")) inlineTags(tagVisibleText(text), line, b.tags);
  const italic = italicLine(text);
  if (italic !== null && i > 0) {
    const above = infos[i - 1];
    const embed = above.hidden ? null : embedTarget(above.text);
    if (embed !== null) {
      b.captions.push({ line, text: readInline(italic, line).text, under: "embed", targetLine: i, embed, heading });
      return;
    }
  }
  const colon = text.indexOf(":");
  if (colon > 0 && colon < 64) {
    const f = fieldOf(text);
    if (f) b.fields.push({ key: readInline(f.key, line).text, value: readInline(f.value, line).text, line, heading });
  }
}
