/**
 * A unified diff of a text before and after fixes, for `--fix-dry-run` in the stylish format. Fixes
 * rarely add or remove lines, so the lines between the unchanged head and tail are paired one to one
 * when both sides have as many; otherwise that middle is shown as one replaced block. Either way the
 * diff is valid (`patch` applies it), if not always the smallest.
 */

/** Unchanged lines shown around each change. */
export const DIFF_CONTEXT = 3;

type Op = { readonly kind: " " | "-" | "+"; readonly line: string };

function splitLines(text: string): string[] {
  if (text === "") return [];
  const lines = text.split("\n");
  // A final line break ends the last line rather than starting an empty one.
  if (lines.length > 1 && lines.at(-1) === "") lines.pop();
  return lines;
}

function operations(before: readonly string[], after: readonly string[]): Op[] {
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head++;
  let tail = 0;
  while (tail < before.length - head && tail < after.length - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  const ops: Op[] = before.slice(0, head).map((line) => ({ kind: " ", line }));
  const oldMiddle = before.slice(head, before.length - tail);
  const newMiddle = after.slice(head, after.length - tail);
  if (oldMiddle.length === newMiddle.length) {
    // Runs of changed lines keep their - lines before their + lines, as diff prints them.
    for (let i = 0; i < oldMiddle.length; ) {
      if (oldMiddle[i] === newMiddle[i]) {
        ops.push({ kind: " ", line: oldMiddle[i]! });
        i++;
        continue;
      }
      let j = i;
      while (j < oldMiddle.length && oldMiddle[j] !== newMiddle[j]) j++;
      for (let k = i; k < j; k++) ops.push({ kind: "-", line: oldMiddle[k]! });
      for (let k = i; k < j; k++) ops.push({ kind: "+", line: newMiddle[k]! });
      i = j;
    }
  } else {
    for (const line of oldMiddle) ops.push({ kind: "-", line });
    for (const line of newMiddle) ops.push({ kind: "+", line });
  }
  for (const line of before.slice(before.length - tail)) ops.push({ kind: " ", line });
  return ops;
}

/** `start,count` of a hunk side; an empty side names the line before it, as diff does. */
const range = (start: number, count: number) => `${count === 0 ? start - 1 : start},${count}`;

/**
 * The unified diff from `before` to `after` (both named `name`), or "" when they are the same.
 * Each line of the result is one diff line, without colour.
 */
export function unifiedDiff(before: string, after: string, name: string, context: number = DIFF_CONTEXT): string[] {
  if (before === after) return [];
  const ops = operations(splitLines(before), splitLines(after));
  const out = [`--- a/${name}`, `+++ b/${name}`];
  // Where each op sits in the old and the new text (1-based).
  const oldAt: number[] = [];
  const newAt: number[] = [];
  let o = 1;
  let n = 1;
  for (const op of ops) {
    oldAt.push(o);
    newAt.push(n);
    if (op.kind !== "+") o++;
    if (op.kind !== "-") n++;
  }
  const changed = ops.flatMap((op, i) => (op.kind === " " ? [] : [i]));
  let k = 0;
  while (k < changed.length) {
    const first = changed[k]!;
    let last = first;
    // Changes closer than two contexts apart share a hunk.
    while (k + 1 < changed.length && changed[k + 1]! - last <= 2 * context + 1) last = changed[++k]!;
    k++;
    const from = Math.max(0, first - context);
    const to = Math.min(ops.length, last + context + 1);
    const slice = ops.slice(from, to);
    const oldCount = slice.filter((op) => op.kind !== "+").length;
    const newCount = slice.filter((op) => op.kind !== "-").length;
    out.push(`@@ -${range(oldAt[from]!, oldCount)} +${range(newAt[from]!, newCount)} @@`);
    for (const op of slice) out.push(`${op.kind}${op.line}`);
  }
  return out;
}
