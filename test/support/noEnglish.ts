import { defaultMessages, type ActionFormMessages } from '../../src';

type FunctionKey = { [K in keyof ActionFormMessages]: ActionFormMessages[K] extends (...args: never[]) => string ? K : never }[keyof ActionFormMessages];

// Stand-ins for the values a message embeds: not letters, so the English around them stands out.
const A = 'Ⓐ';
const B = 'Ⓑ';
const N = 7391;

/** Sample arguments for every message function (typed: a new function key needs its samples), each branch once. */
export const MESSAGE_SAMPLES: { [K in FunctionKey]: Array<Parameters<ActionFormMessages[K]>> } = {
  required: [[A]],
  selectFirst: [[A]],
  dependsOnVariable: [[A]],
  useTyped: [[A]],
  unknownVariable: [[A]],
  fieldFailed: [[A, B]],
  actionMissing: [[A]],
  skippedActions: [[1, A], [N, A]],
  moreProblems: [[N]],
  problemNotObject: [[A]],
  problemNoId: [[A]],
  problemCycle: [[A]],
  problemTooDeep: [[A]],
  problemNoTitle: [[A]],
  problemNoType: [[A]],
  problemValuesNotList: [[A]],
  problemOptionsDropped: [[A, 1], [A, N]],
  problemDependentsNotList: [[A]],
  showAll: [[N]],
  httpStatus: [[N]],
  errorRateLimited: [[undefined], [1], [30], [600]],
  errorServer: [[undefined], [409], [422], [404], [500]],
  errorValuesRejected: [[[A, B]]],
  filterRequired: [[A]],
  notANumber: [[A]],
  notAnEmail: [[A]],
  notAUrl: [[A]],
  invalidJson: [[A, B], [A]],
  jsonErrorAt: [[N, N]],
  clear: [[A]],
  moreOptions: [[N]],
  noMatches: [[A]],
  optionsFailed: [[undefined], [A]],
  notAvailableFor: [[[]], [[A]], [[A, B]]],
  conditionGroup: [[N]],
  condition: [[N]],
  filterSummary: [[A]],
  unsupportedType: [[A]],
  triggerMissing: [[A]],
  skippedTriggers: [[1, A], [N, A]],
  subscriptionStatus: [['ACTIVE'], ['ERRORED']],
  subscribed: [[A]],
  subscriptionUpdated: [[A]],
  exampleLoaded: [[1], [N]],
};

/** Parts that read the same in every language. */
const NON_LINGUISTIC = new Set(['HTTP']);
const SPLIT = new RegExp(`${A}|${B}|${N.toLocaleString()}|${N}`);

/** Every English text of `messages`: whole strings, operator labels, and the fixed parts of what functions return. */
export function messageTexts(messages: ActionFormMessages = defaultMessages): string[] {
  const texts = new Set<string>(Object.values(messages.operators));
  for (const [key, value] of Object.entries(messages)) {
    if (typeof value === 'string') texts.add(value.trim());
    if (typeof value !== 'function') continue;
    const samples = (MESSAGE_SAMPLES as Record<string, unknown[][]>)[key];
    if (!samples) throw new Error(`no samples for messages.${key}`);
    for (const args of samples) for (const part of (value as (...a: unknown[]) => string)(...args).split(SPLIT)) texts.add(part.trim());
  }
  return [...texts].filter((t) => /\p{L}/u.test(t) && !NON_LINGUISTIC.has(t));
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One pattern per English text, matched as whole words (so "or" is not found in "Vorgang"). */
const patterns = () => messageTexts().map((text) => ({ text, pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escape(text)}(?![\\p{L}\\p{N}])`, 'u') }));

const SHOWN_ATTRIBUTES = ['aria-label', 'aria-description', 'aria-placeholder', 'aria-roledescription', 'aria-valuetext', 'title', 'placeholder', 'alt'];
// data, not the library's text: a Run result's JSON
const DATA = '.akf-result__json';

/** Every piece of text the user can see or hear in `root`: text nodes and the attributes that name or describe. */
export function shownTexts(root: ParentNode = document.body): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(root as Node, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Text) {
      if (!node.parentElement?.closest(DATA) && node.data.trim()) out.push(node.data);
    } else if (node instanceof Element) {
      for (const name of SHOWN_ATTRIBUTES) {
        const value = node.getAttribute(name);
        if (value) out.push(value);
      }
    }
  }
  return out;
}

/** Every string held by a schema (titles, subtitles, option labels…): text the host's data brings, in its language. */
export function schemaStrings(schema: unknown): string[] {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(schema);
  return out;
}

/**
 * The English library texts found in what `root` shows, as `"text" in "shown"`; texts that are part of the
 * schema's own strings are the host's data and are skipped.
 */
export function englishShown(data: string[] = [], root: ParentNode = document.body): string[] {
  const found: string[] = [];
  const checks = patterns();
  for (const shown of shownTexts(root)) {
    if (data.some((d) => d.includes(shown.trim()))) continue;
    for (const { text, pattern } of checks) if (pattern.test(shown)) found.push(`"${text}" in "${shown}"`);
  }
  return found;
}
