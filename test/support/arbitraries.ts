/**
 * fast-check arbitraries for the property tests: Paragon Action schemas (well-formed, malformed,
 * cyclic, large; see `SchemaShape`) and values a user could enter for them (see `ValueShape`).
 * @example fc.assert(fc.property(actionWithValues(actionArb({ malformed: true })), ({ action, values }) => …))
 */
export { actionArb, largeAction, enumValue, ODD_IDS, type SchemaShape } from './schemaArbitraries';
export { actionWithValues, allNodes, textValue, valuesFor, type ValueShape } from './valueArbitraries';
