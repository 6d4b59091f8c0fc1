// JSON's grammar in pieces (sticky: each matches at `lastIndex` only).
const SPACE = /[ \t\n\r]*/y;
// eslint-disable-next-line no-control-regex -- JSON strings may not hold raw control characters
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[\da-fA-F]{4}))*"/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;

/** Where `text` stops being JSON: the offset of its first syntax error (its length when it ends early), or -1. */
function errorOffset(text: string): number {
  let at = 0;
  const match = (re: RegExp) => {
    re.lastIndex = at;
    const found = re.test(text);
    if (found) at = re.lastIndex;
    return found;
  };
  const char = (c: string) => {
    match(SPACE);
    if (text[at] !== c) return false;
    at++;
    return true;
  };
  const list = (item: () => boolean, close: string): boolean => {
    do if (!item()) return false;
    while (char(','));
    return char(close);
  };
  const value = (): boolean =>
    char('[') ? char(']') || list(value, ']')
    : char('{') ? char('}') || list(() => (match(SPACE), match(STRING)) && char(':') && value(), '}')
    : match(STRING) || match(NUMBER) || match(LITERAL);
  return value() && (match(SPACE), at === text.length) ? -1 : at;
}

/** The line and column (from 1) of the first JSON syntax error in `text`, as the engine's own message differs by browser and language. */
export function findJsonError(text: string): { line: number; column: number } | undefined {
  let offset: number;
  try {
    offset = errorOffset(text);
  } catch {
    return undefined; // nested deeper than the call stack: no position
  }
  if (offset < 0) return undefined;
  const lines = text.slice(0, offset).split('\n');
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}
