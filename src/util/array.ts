/**
 * Array helpers safe for unbounded inputs: `target.push(...items)` and `Math.max(...items)` pass every element as a
 * call argument and overflow the call stack beyond ~100k elements.
 */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const x of items) target.push(x);
  return target;
}

/** The smallest (or largest) of `items`; `empty` when there is none. */
export function minOf(items: Iterable<number>, empty: number): number {
  let m: number | undefined;
  for (const x of items) if (m === undefined || x < m) m = x;
  return m ?? empty;
}

export function maxOf(items: Iterable<number>, empty: number): number {
  let m: number | undefined;
  for (const x of items) if (m === undefined || x > m) m = x;
  return m ?? empty;
}
