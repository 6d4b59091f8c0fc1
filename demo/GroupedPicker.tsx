import { useMemo, useState } from 'react';

/** One entry of a picker: shown by title, found by title, id and integration. */
export interface PickerItem {
  id: string;
  title: string;
}

interface GroupedPickerProps {
  /** Items per integration. */
  groups: Record<string, PickerItem[]>;
  selected: string | undefined;
  onSelect: (id: string) => void;
  searchLabel: string;
  placeholder: string;
  loadingText: string;
  isPending: boolean;
  error: Error | null;
  refetch: () => unknown;
}

/** Items grouped by integration, filtered by a search box: the demo's Action and trigger pickers. */
export function GroupedPicker({ groups, selected, onSelect, searchLabel, placeholder, loadingText, isPending, error, refetch }: GroupedPickerProps) {
  const [query, setQuery] = useState('');
  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    return Object.entries(groups)
      .map(([integration, list]) => [integration, list.filter((item) => !q || `${integration} ${item.title} ${item.id}`.toLowerCase().includes(q))] as const)
      .filter(([, list]) => list.length > 0);
  }, [groups, query]);
  return (
    <>
      <label className="demo__search">
        <span>{searchLabel}</span>
        <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={placeholder} />
      </label>
      {isPending && <p role="status">{loadingText}</p>}
      {error && (
        <p role="alert">
          {error.message} <button type="button" onClick={() => void refetch()}>Retry</button>
        </p>
      )}
      {shown.map(([integration, list]) => (
        <div key={integration} className="demo__group">
          <h3>{integration}</h3>
          <ul>
            {list.map((item) => (
              <li key={item.id}>
                <button type="button" aria-current={item.id === selected || undefined} onClick={() => onSelect(item.id)}>
                  <span>{item.title}</span>
                  <code>{item.id}</code>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}
