import { parse } from '@babel/parser';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

// Every string the user sees or hears comes from the messages; these folders hold the components.
const ROOTS = ['src/inputs', 'src/form'];
/** Props and attributes whose string is shown or announced (our own components' ones too). */
const NAMED = new Set(['aria-label', 'aria-description', 'aria-placeholder', 'aria-roledescription', 'aria-valuetext', 'placeholder', 'title', 'alt', 'label', 'emptyMessage', 'clearLabel', 'retryLabel', 'submitLabel', 'selectedLabel']);
/** In objects, `label`/`title` are mostly data (option labels, ids); these are always shown. */
const NAMED_PROPS = new Set([...NAMED].filter((name) => name !== 'label' && name !== 'title'));
const COMPARISONS = new Set(['===', '!==', '==', '!=']);
const LETTER = /\p{L}/u;

type Node = { type: string; [key: string]: unknown };
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && typeof (v as Node).type === 'string';

function children(node: Node): Node[] {
  const out: Node[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === 'loc' || key === 'extra' || key.endsWith('Comments')) continue;
    for (const v of Array.isArray(value) ? value : [value]) if (isNode(v)) out.push(v);
  }
  return out;
}

/** The linguistic text of a literal: a string or a template's fixed parts. */
function literalText(node: Node | undefined | null): string | undefined {
  if (!node) return undefined;
  if (node.type === 'StringLiteral') return node.value as string;
  if (node.type === 'TemplateLiteral') return (node.quasis as Array<{ value: { cooked: string } }>).map((q) => q.value.cooked).join('…');
  return undefined;
}

/** String literals inside a JSX child expression (`{copied ? 'Copied' : 'Copy'}`), not inside nested elements or attributes. */
function childLiterals(node: Node, out: string[]) {
  if (node.type === 'JSXElement' || node.type === 'JSXFragment' || node.type === 'JSXAttribute') return;
  // the first argument of a call is data (a key, an id), not text: `m.clear(title)`, `String(value)`
  if (node.type === 'CallExpression') return;
  // `status === 'error' && …`: a compared literal is a value, not text
  if (node.type === 'BinaryExpression' && COMPARISONS.has(node.operator as string)) return;
  const text = literalText(node);
  if (text !== undefined && LETTER.test(text)) out.push(text);
  for (const child of children(node)) childLiterals(child, out);
}

const propName = (key: unknown): string | undefined =>
  isNode(key) ? (key.type === 'Identifier' ? (key.name as string) : key.type === 'StringLiteral' ? (key.value as string) : undefined) : undefined;

/** Every user-visible English string literal in one file's source: JSX text, named attributes and props, literal JSX children. */
export function visibleLiterals(code: string, jsx: boolean): Array<{ line: number; text: string }> {
  const ast = parse(code, { sourceType: 'module', plugins: jsx ? ['typescript', 'jsx'] : ['typescript'] }) as unknown as Node;
  const found: Array<{ line: number; text: string }> = [];
  const add = (node: Node, text: string) => found.push({ line: (node.loc as { start: { line: number } }).start.line, text: text.trim() });
  const visit = (node: Node) => {
    if (node.type === 'JSXText' && LETTER.test(node.value as string)) add(node, node.value as string);
    if (node.type === 'JSXAttribute') {
      const name = (node.name as Node).name as string;
      const value = node.value as Node | null;
      const text = value?.type === 'JSXExpressionContainer' ? literalText(value.expression as Node) : literalText(value);
      if (NAMED.has(name) && text !== undefined && LETTER.test(text)) add(node, text);
      if (NAMED.has(name) && value?.type === 'JSXExpressionContainer') {
        const inner: string[] = [];
        childLiterals(value.expression as Node, inner);
        for (const t of inner) if (t !== text) add(node, t);
      }
    }
    if (node.type === 'ObjectProperty') {
      const text = literalText(node.value as Node);
      if (NAMED_PROPS.has(propName(node.key) ?? '') && text !== undefined && LETTER.test(text)) add(node, text);
    }
    if ((node.type === 'JSXElement' || node.type === 'JSXFragment') && Array.isArray(node.children)) {
      for (const child of node.children as Node[]) {
        if (child.type !== 'JSXExpressionContainer') continue;
        const texts: string[] = [];
        childLiterals(child.expression as Node, texts);
        for (const text of texts) add(child, text);
      }
    }
    for (const child of children(node)) visit(child);
  };
  visit(ast);
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

describe('no English left in the components', () => {
  test('the check finds JSX text, named attributes, props and literal children', () => {
    const code = `const a = <div aria-label="Remove pair" title={\`Clear \${x}\`}>Add pair {ok ? 'Copied' : 'Copy'}<b>·</b>{' · '}</div>;
      const props = { placeholder: 'Value', className: 'akf-x' };
      const b = <Combobox label="Key" className="akf-y" />;
      const c = <p title={kind === 'notFound' ? 'Gone' : m.x}>{s === 'saved' && <i />}</p>;`;
    expect(visibleLiterals(code, true).map((f) => f.text).sort()).toEqual(['Add pair', 'Clear …', 'Copied', 'Copy', 'Gone', 'Key', 'Remove pair', 'Value']);
  });

  test('src/inputs and src/form hold no user-visible string literal: every one comes from the messages', () => {
    const files = ROOTS.flatMap((root) => sourceFiles(join(process.cwd(), root)));
    expect(files.length).toBeGreaterThan(40);
    const found = files.flatMap((file) =>
      visibleLiterals(readFileSync(file, 'utf8'), file.endsWith('.tsx')).map((f) => `${relative(process.cwd(), file)}:${f.line}: ${f.text}`),
    );
    expect(found).toEqual([]);
  });
});
