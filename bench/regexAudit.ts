/**
 * Every regular expression in src/core, found in the source (literals, and `new RegExp` built at module load),
 * run on adversarial inputs: long runs of the characters the pattern itself mentions, after a prefix that
 * starts a match, so a pattern that backtracks over its input shows quadratic time at 100 KB.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

export interface FoundRegex {
  /** Where it is written: `src/core/…:line`. */
  at: string;
  re: RegExp;
}

/** The regex literals of every .ts file under `dir`, and the lines that build one with `new RegExp`. */
export function regexesIn(dir: string, root: string): { literals: FoundRegex[]; constructed: string[] } {
  const literals: FoundRegex[] = [];
  const constructed: string[] = [];
  for (const file of tsFiles(dir)) {
    const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.ES2020, true);
    const at = (node: ts.Node): string => `${path.relative(root, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node)) {
        const text = node.text;
        const end = text.lastIndexOf("/");
        literals.push({ at: at(node), re: new RegExp(text.slice(1, end), text.slice(end + 1)) });
      } else if (ts.isNewExpression(node) && node.expression.getText(source) === "RegExp") {
        constructed.push(at(node));
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { literals, constructed };
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? tsFiles(p) : e.name.endsWith(".ts") ? [p] : [];
  });
}

/** Characters that fill an adversarial input: those the pattern names, and the usual suspects. */
const USUAL = [" ", "\t", "a", "1", "-", ".", "|", "[", "]", "#", ":", "*", "\n", "→", "%"];

export function fillers(re: RegExp): string[] {
  const mentioned = re.source
    .replace(/\\[dDsSwWbB]/g, "")
    .replace(/\\(.)/g, "$1")
    .replace(/[()?:^$+*{}|]/g, "");
  return [...new Set([...mentioned, ...USUAL])].slice(0, 40);
}

/**
 * Inputs of about `size` characters: a prefix (nothing, a letter, a digit, or the literal text the pattern
 * opens with, so its first fixed part matches) then one filler repeated, then a character that ends the
 * match attempt late.
 */
export function adversarialInputs(re: RegExp, size: number): string[] {
  const prefixes = [...new Set(["", "a", "1", leadingLiteral(re.source)])];
  const out: string[] = [];
  for (const f of fillers(re)) for (const p of prefixes) out.push(`${p}${f.repeat(size)}\u0001`);
  return out;
}

/** The fixed text a pattern starts with (`^rotation\s*…` → "rotation"), escapes resolved. */
function leadingLiteral(source: string): string {
  let out = "";
  for (let i = source.startsWith("^") ? 1 : 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === "\\") {
      const next = source[i + 1] ?? "";
      if (/[dDsSwWbBpPuxk0-9]/.test(next)) break;
      out += next;
      i++;
    } else if ("[(.*+?{|$)^".includes(ch)) break;
    else out += ch;
  }
  // A quantifier after the last character applies to it alone: that character is not fixed.
  return /[*+?{]/.test(source.charAt(source.indexOf(out) + out.length)) ? out.slice(0, -1) : out;
}

/** Run `re` on `input` the way code does: one test, or a replace of every match of a global pattern. */
export function runRegex(re: RegExp, input: string): number {
  if (!re.global && !re.sticky) return re.test(input) ? 1 : 0;
  re.lastIndex = 0;
  return input.replace(re, "").length;
}
