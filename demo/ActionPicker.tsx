import { useMemo } from 'react';
import { useActions } from '../src';
import { GroupedPicker, type PickerItem } from './GroupedPicker';

/** All Actions from `useActions`, grouped by integration, filtered by a search box. */
export function ActionPicker({ selected, onSelect }: { selected: string; onSelect: (name: string) => void }) {
  const { actions, isPending, error, refetch } = useActions();
  const groups = useMemo(
    () => Object.fromEntries(Object.entries(actions).map(([integration, list]) => [integration, list.map((a): PickerItem => ({ id: a.name, title: a.title }))])),
    [actions],
  );
  return <GroupedPicker groups={groups} selected={selected} onSelect={onSelect} searchLabel="Search actions" placeholder="e.g. create record" loadingText="Loading actions…" isPending={isPending} error={error} refetch={refetch} />;
}
