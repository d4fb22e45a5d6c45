/**
 * A change to a paged list, applied to its pages: the update sees one flat list (remove an
 * item, replace one, put one first) and the result is handed back page by page, each page
 * keeping its size and cursor, the last one taking what is left over.
 */
export interface PageOf<T> {
  items: T[];
  nextCursor: string | null;
}

export function repage<T, P extends PageOf<T>>(pages: readonly P[], update: (items: T[]) => T[]): P[] {
  const flat = update(pages.flatMap((p) => p.items));
  let at = 0;
  return pages.map((page, i) => {
    const isLast = i === pages.length - 1;
    const size = isLast ? flat.length - at : Math.min(page.items.length, flat.length - at);
    const items = flat.slice(at, at + Math.max(size, 0));
    at += items.length;
    return { ...page, items };
  });
}
