import { useState } from 'react';
import type { Parameters } from '../src';

interface SavedConfigProps {
  current: Parameters;
  onRestore: (saved: Parameters) => void;
}

/** What a workflow builder stores for a step: the flat parameters, restored into the form on reopen. */
export function SavedConfig({ current, onRestore }: SavedConfigProps) {
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const restore = () => {
    try {
      const parsed: unknown = JSON.parse(text || '{}');
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('Saved parameters must be a JSON object.');
      setError('');
      onRestore(parsed as Parameters);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <div className="demo__saved">
      <label htmlFor="saved-config">Saved configuration</label>
      <textarea id="saved-config" rows={6} value={text} onChange={(e) => setText(e.target.value)} spellCheck={false} placeholder='{ "recordType": "Task" }' aria-describedby={error ? 'saved-config-error' : undefined} />
      {error && <p id="saved-config-error" role="alert">{error}</p>}
      <div className="demo__saved-actions">
        <button type="button" onClick={() => setText(JSON.stringify(current, null, 2))}>Save current parameters</button>
        <button type="button" onClick={restore}>Reopen step from saved</button>
      </div>
    </div>
  );
}
