import { useMemo, useState } from 'react';
import { useActions } from '../src';

/** All Actions from `useActions`, grouped by integration, filtered by a search box. */
export function ActionPicker({ selected, onSelect }: { selected: string; onSelect: (name: string) => void }) {
  const { actions, isPending, error, refetch } = useActions();
  const [query, setQuery] = useState('');
  const groups = useMemo(() => {
    const q = query.trim().toLowerCase();
    return Object.entries(actions)
      .map(([integration, list]) => [integration, list.filter((a) => !q || `${integration} ${a.title} ${a.name}`.toLowerCase().includes(q))] as const)
      .filter(([, list]) => list.length > 0);
  }, [actions, query]);
  return (
    <>
      <label className="demo__search">
        <span>Search actions</span>
        <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="e.g. create record" />
      </label>
      {isPending && <p role="status">Loading actions…</p>}
      {error && (
        <p role="alert">
          {error.message} <button type="button" onClick={() => void refetch()}>Retry</button>
        </p>
      )}
      {groups.map(([integration, list]) => (
        <div key={integration} className="demo__group">
          <h3>{integration}</h3>
          <ul>
            {list.map((a) => (
              <li key={a.name}>
                <button type="button" aria-current={a.name === selected || undefined} onClick={() => onSelect(a.name)}>
                  <span>{a.title}</span>
                  <code>{a.name}</code>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}
