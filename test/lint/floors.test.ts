/**
 * The house's floors, read from the imports of every file in src with TypeScript's parser: inside src/core an
 * import stays in its folder or goes down to a lower floor, never up or sideways, and the files of the
 * checked roots import no circle.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { ROOT } from "../helpers/paths";
import { parsed, tsFiles } from "../helpers/sourceFiles";

/** The floors of src/core, lowest first: each folder and why it sits there. A folder imports only from floors below its own. */
const FLOORS: { folders: string[]; why: string }[] = [
  { folders: ["text", "dates", "lexicon"], why: "plain rules over strings, dates and market words: they know nothing of notes" },
  { folders: ["model"], why: "the note model's types and the queries over it (labels, sections, tables, note links)" },
  { folders: ["figures"], why: "the figures a cell or a sentence states (+12.87%, ~$38M, 29x), read into the model's Figure" },
  { folders: ["parse"], why: "reading markdown and YAML (front matter, block bodies) into the model" },
  { folders: ["taxonomy"], why: "market groups and rotation types, from the lexicon and the links a note makes" },
  { folders: ["episodes"], why: "rotation episodes read from one note's model" },
  {
    folders: ["episodeIndex", "metrics", "context"],
    why: "the vault's episodes kept current, numbers over them, and what a host hands a block",
  },
  {
    folders: ["charts", "classify", "indexNote", "export", "explain", "promote"],
    why: "what a user sees or writes: charts, verdicts, the index note, exports, explanations",
  },
  { folders: ["settings"], why: "how a host is configured (scope, taxonomy additions, as-of date): nothing in core depends on it" },
];

/** Roots whose files must import no circle among themselves. */
const ACYCLIC_ROOTS = ["src/core", "src/cli", "src/plugin"];

const floorOf = new Map(FLOORS.flatMap((f, level) => f.folders.map((folder): [string, number] => [folder, level])));

/** The files a file imports (type-only imports and re-exports too), relative to ROOT; packages are left out. */
function importsOf(file: string): string[] {
  const source = parsed(file);
  const specs: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier))
      specs.push(node.moduleSpecifier.text);
    else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    )
      specs.push(node.arguments[0].text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return specs.filter((s) => s.startsWith(".")).map((s) => resolve(path.dirname(file), s));
}

function resolve(dir: string, spec: string): string {
  const base = path.resolve(dir, spec);
  const found = [`${base}.ts`, path.join(base, "index.ts"), base].find((p) => existsSync(p) && p.endsWith(".ts"));
  return path
    .relative(ROOT, found ?? base)
    .split(path.sep)
    .join("/");
}

const graph = new Map(tsFiles(path.join(ROOT, "src")).map((f) => [path.relative(ROOT, f).split(path.sep).join("/"), importsOf(f)]));

/** `src/core/charts/chartSpec.ts` → `charts`; null outside src/core. */
function coreFolder(file: string): string | null {
  const m = /^src\/core\/([^/]+)\//.exec(file);
  return m ? m[1] : null;
}

/** Imports inside src/core that go up a floor, or sideways to another folder of the same floor. */
function wrongWay(): string[] {
  const found: string[] = [];
  for (const [file, imports] of graph) {
    const from = coreFolder(file);
    if (from === null) continue;
    for (const target of imports) {
      const to = coreFolder(target);
      if (to !== null && to !== from && floorOf.get(to)! >= floorOf.get(from)!) found.push(`${file} → ${target}`);
    }
  }
  return found;
}

/** One circle among the files under `roots`, as the path round it, or null when there is none. */
function findCycle(roots: string[]): string[] | null {
  const inRoots = (f: string): boolean => roots.some((r) => f.startsWith(`${r}/`));
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (file: string): string[] | null => {
    if (state.get(file) === "done") return null;
    if (state.get(file) === "open") return [...stack.slice(stack.indexOf(file)), file];
    state.set(file, "open");
    stack.push(file);
    for (const next of (graph.get(file) ?? []).filter(inRoots)) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(file, "done");
    return null;
  };
  for (const file of [...graph.keys()].filter(inRoots)) {
    const cycle = visit(file);
    if (cycle) return cycle;
  }
  return null;
}

describe("the floors of src/core", () => {
  it("place every folder of src/core on a floor", () => {
    const folders = new Set([...graph.keys()].map(coreFolder).filter((f): f is string => f !== null));
    expect(folders.size).toBeGreaterThan(10);
    expect([...folders].filter((f) => !floorOf.has(f))).toEqual([]);
  });

  it("let no file import from a higher floor, nor from another folder of its own floor", () => {
    expect(wrongWay()).toEqual([]);
  });

  it("catch an import that goes up (the check can fail)", () => {
    graph.set("src/core/text/probe.ts", ["src/core/charts/chartData.ts"]);
    try {
      expect(wrongWay()).toEqual(["src/core/text/probe.ts → src/core/charts/chartData.ts"]);
    } finally {
      graph.delete("src/core/text/probe.ts");
    }
  });

  it("let src/core import nothing from the plugin or the CLI, the doors above it", () => {
    const outward = [...graph]
      .filter(([file]) => coreFolder(file) !== null)
      .flatMap(([file, imports]) => imports.filter((t) => !t.startsWith("src/core/")).map((t) => `${file} → ${t}`));
    expect(outward).toEqual([]);
  });
});

describe("the imports of src", () => {
  it.each(ACYCLIC_ROOTS.map((r) => [r]))("make no circle among the files of %s", (root) => {
    expect(findCycle([root])).toBeNull();
  });

  it("let no file import the plugin's entry point: views get a Lens instead", () => {
    const toMain = [...graph].filter(([, imports]) => imports.includes("src/plugin/main.ts")).map(([file]) => file);
    expect(toMain).toEqual([]);
  });

  it("make no circle across the checked roots together", () => {
    expect(findCycle(ACYCLIC_ROOTS)).toBeNull();
  });

  it("finds a circle when there is one (the check can fail)", () => {
    graph.set("src/core/text/probeA.ts", ["src/core/text/probeB.ts"]);
    graph.set("src/core/text/probeB.ts", ["src/core/text/probeA.ts"]);
    try {
      expect(findCycle(["src/core"])).toEqual(["src/core/text/probeA.ts", "src/core/text/probeB.ts", "src/core/text/probeA.ts"]);
    } finally {
      graph.delete("src/core/text/probeA.ts");
      graph.delete("src/core/text/probeB.ts");
    }
  });
});
