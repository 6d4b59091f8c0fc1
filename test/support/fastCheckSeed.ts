import fc from 'fast-check';

/**
 * One seed for every property, so `npm test` (and CI) is reproducible: a failure shows again on the
 * next run. `FC_SEED=<n>` replays another seed; `FC_SEED=random` explores new cases.
 */
const fromEnv = process.env.FC_SEED;
if (fromEnv !== 'random') fc.configureGlobal({ seed: fromEnv ? Number(fromEnv) : 20261201 });
