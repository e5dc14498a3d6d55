// Where the chart's last drawn row stands in the series now: a time and its rank among the rows of that second.

/** The newest row drawn: its time and, since several readings can share a second, which of that second's rows it was. */
export interface DrawnRow {
  time: number;
  rank: number;
}

export const NOTHING_DRAWN: DrawnRow = { time: Number.NaN, rank: 0 };

/** The series' newest row as a DrawnRow (rank 1 is the first row of its second). */
export function newestRow(times: ArrayLike<number>, length: number): DrawnRow {
  if (length === 0) return NOTHING_DRAWN;
  const time = times[length - 1] as number;
  let rank = 1;
  for (let i = length - 2; i >= 0 && times[i] === time; i--) rank++;
  return { time, rank };
}

/**
 * The index of `drawn` in the series now, or -1 when the series no longer holds it (it restarted, or aged past it).
 * By rank, not the newest row of that second: a reading that came later in the same second (a heater's new target is
 * reported at once) is a row of its own, and the segment to it is not drawn yet.
 */
export function rowOf(times: ArrayLike<number>, length: number, drawn: DrawnRow): number {
  if (Number.isNaN(drawn.time)) return -1;
  let last = length - 1;
  while (last >= 0 && (times[last] as number) > drawn.time) last--;
  if (last < 0 || times[last] !== drawn.time) return -1;
  let first = last;
  while (first > 0 && times[first - 1] === drawn.time) first--;
  const row = first + drawn.rank - 1;
  return row <= last ? row : -1;
}
