/** Levenshtein distance between two strings. */
export function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The candidates closest to a mistyped name, at most `maxDistance` letters apart (to say « vous vouliez peut-être… »). */
export function closest(name: string, candidates: Iterable<string>, maxDistance = 2): string[] {
  const scored = [...candidates].map((candidate) => ({ candidate, score: distance(name, candidate) })).filter(({ score }) => score <= maxDistance);
  if (scored.length === 0) return [];
  const best = Math.min(...scored.map(({ score }) => score));
  return scored.filter(({ score }) => score === best).map(({ candidate }) => candidate);
}
