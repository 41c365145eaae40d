/**
 * Nothing in src may overflow the stack on a large note: no spread into a call (`push(...arr)`, `Math.max(...arr)`
 * over a note-sized array), and no recursion in src/core beyond the two whose depth is bounded.
 */
import path from "node:path";
import ts from "typescript";
import { ROOT } from "../helpers/paths";
import { parsed, tsFiles as sources } from "../helpers/sourceFiles";

/** `file:line: call` for every argument list that spreads an array. */
function spreadCalls(file: string): string[] {
  const sf = parsed(file);
  const found: string[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isSpreadElement(n) && (ts.isCallExpression(n.parent) || ts.isNewExpression(n.parent))) {
      const line = sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
      found.push(`${path.relative(ROOT, file)}:${line}: ${n.parent.getText(sf).slice(0, 80)}`);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}

/** Functions and methods of one file, and the calls each makes to the others (`f()`, `this.m()`). */
function callGraph(file: string): Map<string, Set<string>> {
  const sf = parsed(file);
  const graph = new Map<string, Set<string>>();
  const nameOf = (n: ts.Node): string | null => {
    if (ts.isFunctionDeclaration(n) && n.name) return n.name.text;
    if (ts.isMethodDeclaration(n) && ts.isIdentifier(n.name)) return `this.${n.name.text}`;
    if (
      ts.isVariableDeclaration(n) &&
      ts.isIdentifier(n.name) &&
      n.initializer &&
      (ts.isArrowFunction(n.initializer) || ts.isFunctionExpression(n.initializer))
    )
      return n.name.text;
    return null;
  };
  const visit = (n: ts.Node, current: string | null): void => {
    const here = nameOf(n) ?? current;
    if (here !== null && !graph.has(here)) graph.set(here, new Set());
    if (here !== null && ts.isCallExpression(n)) graph.get(here)!.add(n.expression.getText(sf));
    ts.forEachChild(n, (c) => visit(c, here));
  };
  visit(sf, null);
  return graph;
}

/** Every cycle of calls within one file, each as "a -> b -> a", found by a depth-first walk. */
function recursion(file: string): string[] {
  const graph = callGraph(file);
  const cycles: string[] = [];
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const walk = (u: string): void => {
    state.set(u, "open");
    stack.push(u);
    for (const v of graph.get(u) ?? []) {
      if (!graph.has(v)) continue;
      if (state.get(v) === "open") cycles.push(`${path.relative(ROOT, file)}: ${[...stack.slice(stack.indexOf(v)), v].join(" -> ")}`);
      else if (!state.has(v)) walk(v);
    }
    stack.pop();
    state.set(u, "done");
  };
  for (const u of graph.keys()) if (!state.has(u)) walk(u);
  return cycles;
}

describe("recursion in src/core", () => {
  it("is only where its depth is bounded by the input's form, not its size", () => {
    expect(sources(path.join(ROOT, "src/core")).flatMap(recursion).sort()).toEqual([
      // periodToRange reads each side of a span; text over 60 characters is refused before, so depth stays small.
      "src/core/dates/periodToRange.ts: periodToRange -> span -> periodToRange",
      // A link label is read inside a link at most MAX_LABEL_DEPTH (2) deep.
      "src/core/parse/inline.ts: read -> readAt -> bracketAt -> read",
    ]);
  });
});

describe("spread arguments", () => {
  it("are found by the scan (a probe file holding one)", () => {
    const probe = path.join(ROOT, "test/lint/stack-safety.test.ts");
    // This very file spreads in a call below, on purpose, so the scan is shown to see one.
    expect(spreadCalls(probe).length).toBe(1);
    expect(Math.max(...[1, 2])).toBe(2);
  });

  it("appear nowhere in src: arrays of any length are pushed or compared in a loop", () => {
    expect(sources(path.join(ROOT, "src")).flatMap(spreadCalls)).toEqual([]);
  });
});
