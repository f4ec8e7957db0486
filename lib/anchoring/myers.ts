/**
 * Myers' O((N+M)·D) difference algorithm over integer sequences (interned tokens or lines),
 * returning the matched runs. Our own rather than the `diff` package's diffArrays because this one
 * works on Int32Arrays, trims the common ends first, and gives up after `maxEdits` edits: on
 * dissimilar blocks diffArrays spent ~7 ms per pair of 300-token paragraphs, and a block that
 * needs that many edits is better treated as replaced anyway.
 *
 * E. W. Myers, "An O(ND) difference algorithm and its variations", Algorithmica 1 (1986).
 */

/** a[a .. a+length) equals b[b .. b+length). */
export type Run = { a: number; b: number; length: number };

/**
 * Matched runs of a shortest edit script between a[aFrom, aTo) and b[bFrom, bTo), in order,
 * with absolute indices; null when more than `maxEdits` insertions plus deletions are needed.
 */
export function diffRuns(
  a: ArrayLike<number>,
  aFrom: number,
  aTo: number,
  b: ArrayLike<number>,
  bFrom: number,
  bTo: number,
  maxEdits: number,
): Run[] | null {
  let head = 0;
  while (aFrom + head < aTo && bFrom + head < bTo && a[aFrom + head] === b[bFrom + head]) head++;
  let tail = 0;
  while (aTo - tail > aFrom + head && bTo - tail > bFrom + head && a[aTo - 1 - tail] === b[bTo - 1 - tail]) tail++;
  const runs: Run[] = [];
  if (head > 0) runs.push({ a: aFrom, b: bFrom, length: head });
  const middle = middleRuns(a, aFrom + head, aTo - tail, b, bFrom + head, bTo - tail, maxEdits);
  if (middle === null) return null;
  runs.push(...middle);
  if (tail > 0) runs.push({ a: aTo - tail, b: bTo - tail, length: tail });
  return runs;
}

function middleRuns(
  a: ArrayLike<number>,
  a0: number,
  a1: number,
  b: ArrayLike<number>,
  b0: number,
  b1: number,
  maxEdits: number,
): Run[] | null {
  const n = a1 - a0;
  const m = b1 - b0;
  if (n === 0 || m === 0) return n + m <= maxEdits ? [] : null;
  const limit = Math.min(n + m, maxEdits);
  // trace[d][k + d] = furthest x on diagonal k (x - y) after d edits.
  const trace: Int32Array[] = [];
  let prev = new Int32Array(1);
  for (let d = 0; d <= limit; d++) {
    const row = new Int32Array(2 * d + 1);
    for (let k = -d; k <= d; k += 2) {
      let x: number;
      if (d === 0) x = 0;
      else if (k === -d || (k !== d && prev[k - 1 + d - 1] < prev[k + 1 + d - 1])) x = prev[k + 1 + d - 1];
      else x = prev[k - 1 + d - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[a0 + x] === b[b0 + y]) {
        x++;
        y++;
      }
      row[k + d] = x;
      if (x >= n && y >= m) {
        trace.push(row);
        return backtrack(trace, n, m, a0, b0);
      }
    }
    trace.push(row);
    prev = row;
  }
  return null;
}

function backtrack(trace: Int32Array[], n: number, m: number, a0: number, b0: number): Run[] {
  const runs: Run[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const k = x - y;
    let xStart = 0;
    let prevX = 0;
    let prevK = 0;
    if (d > 0) {
      const prev = trace[d - 1];
      const down = k === -d || (k !== d && prev[k - 1 + d - 1] < prev[k + 1 + d - 1]);
      prevK = down ? k + 1 : k - 1;
      prevX = prev[prevK + d - 1];
      xStart = down ? prevX : prevX + 1;
    }
    if (x > xStart) runs.push({ a: a0 + xStart, b: b0 + xStart - k, length: x - xStart });
    x = prevX;
    y = prevX - prevK;
  }
  return runs.reverse();
}
