import type { Position } from 'unist';

/** A point of the source text: line and column (from 1) and offset (from 0). */
export interface SourcePoint {
  line: number;
  column: number;
  offset: number;
}

/**
 * Turns offsets of a text into points. The line starts are found at the first question (most files
 * never ask). Lines end at `\n`: the checker's input has no lone `\r` (`prepareInput` turns it into `\n`).
 */
export function pointer(source: string): (offset: number) => SourcePoint {
  let lineStarts: number[] | undefined;
  return (offset) => {
    if (!lineStarts) {
      lineStarts = [0];
      for (let index = source.indexOf('\n'); index >= 0; index = source.indexOf('\n', index + 1)) lineStarts.push(index + 1);
    }
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - lineStarts[low]! + 1, offset };
  };
}

/**
 * The place without its last `count` signs (signs left out of the quote: « 10 %, » quoted « 10 % », the
 * full stop after « 9 h 30. »), so that the place and the quote are the same text. The signs left out are
 * on the place's last line.
 */
export function withoutLastSigns(place: Position, count: number): Position {
  const { end } = place;
  if (count <= 0 || end.column - count < 1) return place;
  return { start: place.start, end: { line: end.line, column: end.column - count, ...(end.offset === undefined ? {} : { offset: end.offset - count }) } };
}
