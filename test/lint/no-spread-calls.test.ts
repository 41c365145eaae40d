/** No spread into a call in src: `push(...arr)` or `Math.max(...arr)` over a note-sized array overflows the stack. */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { ROOT } from "../helpers/paths";

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : e.name.endsWith(".ts") ? [p] : [];
  });
}

/** `file:line: call` for every argument list that spreads an array. */
function spreadCalls(file: string): string[] {
  const sf = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
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

describe("spread arguments", () => {
  it("are found by the scan (a probe file holding one)", () => {
    const probe = path.join(ROOT, "test/lint/no-spread-calls.test.ts");
    // This very file spreads in a call below, on purpose, so the scan is shown to see one.
    expect(spreadCalls(probe).length).toBe(1);
    expect(Math.max(...[1, 2])).toBe(2);
  });

  it("appear nowhere in src: arrays of any length are pushed or compared in a loop", () => {
    expect(sources(path.join(ROOT, "src")).flatMap(spreadCalls)).toEqual([]);
  });
});
