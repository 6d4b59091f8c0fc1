import type { ParagonAction, ParagonInput } from '../../src';
import { INPUT_TYPE_CASES } from '../conformance/inputTypes';

/** One input of every type the conformance suite knows, plus an unknown type, a subtitle link and a cleared-able ENUM. */
export const everyTypeAction: ParagonAction = {
  name: 'DE_EVERY_TYPE',
  title: 'Alle Typen',
  inputs: [
    ...INPUT_TYPE_CASES.map((c, i): ParagonInput => ({ id: `f${i}`, title: `Feld ${c.type}`, type: c.type, required: true, ...c.extra })),
    { id: 'optionalEnum', title: 'Farbe', type: 'ENUM', values: [{ value: 'r', label: 'Rot' }], defaultValue: 'r', subtitle: 'Siehe Handbuch (https://example.com/hilfe)' },
    { id: 'unknown', title: 'Sonderfeld', type: 'FOO_WIDGET' },
  ],
};
