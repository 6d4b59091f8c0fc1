/** Small building blocks shared by the schema and value arbitraries. */
import fc from 'fast-check';
import { setOwn } from '../../src/schema/options';

/** Marks a field the generator leaves out (removed when the schema is built). */
export const MISSING = Symbol('missing');
export type Raw = Record<string, unknown>;

/** The arbitrary's value, or (with `absentWeight` odds against one) the field left out. */
export const maybe = <T>(arb: fc.Arbitrary<T>, absentWeight = 1): fc.Arbitrary<T | typeof MISSING> =>
  fc.oneof({ weight: absentWeight, arbitrary: fc.constant(MISSING) }, { weight: 1, arbitrary: arb });
/** In malformed shapes, sometimes one of the `junk` values instead. */
export const withJunk = <T>(malformed: boolean, arb: fc.Arbitrary<T>, junk: unknown[], junkWeight = 1): fc.Arbitrary<unknown> =>
  malformed ? fc.oneof({ weight: 8, arbitrary: arb }, { weight: junkWeight, arbitrary: fc.constantFrom(...junk) }) : arb;

/** A fresh copy without the left-out fields (fast-check may share generated objects between runs). */
export function build(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(build);
  if (typeof value !== 'object' || value === null) return value;
  const out: Raw = {};
  for (const [key, v] of Object.entries(value)) if (v !== MISSING) setOwn(out, key, build(v));
  return out;
}

