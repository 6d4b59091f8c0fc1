import { useState } from 'react';
import { useAreaMessages } from '../hooks';
import { resultMessages } from '../schema';
import './runResult.css';

const MAX_SHOWN = 20_000;

function format(result: unknown, noContent: string): string {
  if (result === null || result === undefined) return noContent;
  if (typeof result === 'string') return result;
  try {
    return JSON.stringify(result, null, 2);
  } catch {
    return String(result);
  }
}

/** What a successful Run returned: collapsible JSON outside the live region (a screen reader must not read a payload), truncated when huge, with a copy button. */
export function RunResult({ result, title }: { result: unknown; title?: string }) {
  const m = useAreaMessages(resultMessages);
  const text = format(result, m.noContent);
  const [all, setAll] = useState(false);
  const [copied, setCopied] = useState(false);
  const shown = all || text.length <= MAX_SHOWN ? text : `${text.slice(0, MAX_SHOWN)}…`;
  const copy = () => {
    void navigator.clipboard?.writeText(text).then(() => setCopied(true), () => setCopied(false));
  };
  return (
    <details className="akf-result" open>
      <summary className="akf-result__summary">{title ?? m.result}</summary>
      {/* scrolls when long: focusable so keyboard users can scroll it (axe scrollable-region-focusable) */}
      <pre className="akf-result__json" tabIndex={0}>{shown}</pre>
      <div className="akf-result__actions">
        {shown !== text && (
          <button type="button" className="akf-button akf-button--secondary" onClick={() => setAll(true)}>
            {m.showAll(text.length)}
          </button>
        )}
        <button type="button" className="akf-button akf-button--secondary" onClick={copy}>
          {copied ? m.copied : m.copy}
        </button>
      </div>
    </details>
  );
}
