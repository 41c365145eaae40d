/** Cuts the cycles a YAML alias can make (`tags: &x [a, *x]`), so properties can be walked and written as JSON. */

interface Frame {
  node: Record<string, unknown> | unknown[];
  keys: (string | number)[];
  next: number;
}

/**
 * Replaces every reference back to a value that contains it with null, in place, and returns how many
 * were cut. Shared values that are not cycles stay shared. Iterative, so nesting depth cannot overflow.
 */
export function cutCycles(root: unknown): number {
  if (!isContainer(root)) return 0;
  const open = new Set<object>();
  const done = new Set<object>();
  const stack: Frame[] = [];
  const enter = (node: Record<string, unknown> | unknown[]): void => {
    open.add(node);
    stack.push({ node, keys: Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node), next: 0 });
  };
  let cut = 0;
  enter(root);
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    if (top.next >= top.keys.length) {
      stack.pop();
      open.delete(top.node);
      done.add(top.node);
      continue;
    }
    const key = top.keys[top.next++];
    const child = (top.node as Record<string | number, unknown>)[key];
    if (!isContainer(child) || done.has(child)) continue;
    if (open.has(child)) {
      (top.node as Record<string | number, unknown>)[key] = null;
      cut++;
    } else enter(child);
  }
  return cut;
}

function isContainer(v: unknown): v is Record<string, unknown> | unknown[] {
  return v !== null && typeof v === "object";
}
