/** The intersection of a tuple of object types. */
type Intersect<T extends readonly object[]> = T extends readonly [infer H, ...infer R extends readonly object[]] ? H & Intersect<R> : unknown;

/**
 * One object of several areas' defaults, typed as all of them. Call it with a PURE annotation, so an
 * object nobody imports is dropped by bundlers (object spread would keep it).
 */
export const compose = <T extends readonly object[]>(...areas: T): Intersect<T> => Object.assign({}, ...areas) as Intersect<T>;
