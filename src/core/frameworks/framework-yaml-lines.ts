/**
 * Field paths and their places in the YAML text: turning a path into the `field` and
 * `pointer` of an error, and finding the line a path (or a syntax error) is on.
 */
import { isMap, isScalar, isSeq, type Document, type Node } from 'yaml';

export type Segment = string | number;

export function fieldOf(path: readonly Segment[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(seg)) out += out === '' ? seg : `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

export function pointerOf(path: readonly Segment[]): string {
  return path.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/**
 * Offset of `path` in the document: the value itself when the whole path exists and ends at a
 * plain value; otherwise the key (or list item) of the deepest part of the path that exists —
 * so a missing field points at the object that lacks it.
 */
export function offsetOf(doc: Document, path: readonly Segment[]): number {
  let node: unknown = doc.contents;
  let offset = isNodeWithRange(node) ? node.range[0] : 0;
  let found = 0;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) break;
      if (isNodeWithRange(pair.key)) offset = pair.key.range[0];
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item: unknown = node.items[seg];
      if (item === undefined) break;
      if (isNodeWithRange(item)) offset = item.range[0];
      node = item;
    } else {
      break;
    }
    found += 1;
  }
  if (found === path.length && isScalar(node) && isNodeWithRange(node)) offset = node.range[0];
  return offset;
}

function isNodeWithRange(n: unknown): n is Node & { range: [number, number, number] } {
  return typeof n === 'object' && n !== null && Array.isArray((n as { range?: unknown }).range);
}

/** The field path of the innermost node containing `offset` (for syntax errors). */
export function pathAt(doc: Document, offset: number): Segment[] {
  const path: Segment[] = [];
  let node: unknown = doc.contents;
  for (;;) {
    if (isMap(node)) {
      const pair = node.items.find((p) => {
        const start = isNodeWithRange(p.key) ? p.key.range[0] : Number.POSITIVE_INFINITY;
        const end = isNodeWithRange(p.value) ? p.value.range[2] : isNodeWithRange(p.key) ? p.key.range[2] : -1;
        return start <= offset && offset <= end;
      });
      if (!pair || !isScalar(pair.key)) return path;
      path.push(String(pair.key.value));
      node = pair.value;
    } else if (isSeq(node)) {
      const index = node.items.findIndex((item) => isNodeWithRange(item) && item.range[0] <= offset && offset <= item.range[2]);
      if (index < 0) return path;
      path.push(index);
      node = node.items[index];
    } else {
      return path;
    }
  }
}
