import type { NormalizedOption } from '../../schema';

/**
 * The option typeahead moves to (as Radix Select does): the next label starting with the typed text,
 * from the current option on; a repeated single letter cycles through the labels starting with it.
 */
export function findTypeaheadMatch(options: NormalizedOption[], search: string, current: NormalizedOption | undefined): NormalizedOption | undefined {
  const repeated = search.length > 1 && [...search].every((c) => c === search[0]);
  const needle = (repeated ? search[0] : search).toLowerCase();
  const start = Math.max(current ? options.indexOf(current) : -1, 0);
  let candidates = options.map((_, i) => options[(start + i) % options.length]);
  if (needle.length === 1) candidates = candidates.filter((o) => o !== current);
  const next = candidates.find((o) => o.label.toLowerCase().startsWith(needle));
  return next === current ? undefined : next;
}
