import { useMemo } from 'react';
import { useTriggers } from '../src';
import { GroupedPicker, type PickerItem } from './GroupedPicker';

/** All TriggerKit triggers from `useTriggers`, grouped by integration, filtered by a search box. */
export function TriggerPicker({ selected, onSelect }: { selected: string | undefined; onSelect: (type: string) => void }) {
  const { triggers, isPending, error, refetch } = useTriggers();
  const groups = useMemo(
    () => Object.fromEntries(Object.entries(triggers).map(([integration, list]) => [integration, list.map((t): PickerItem => ({ id: t.type, title: t.title }))])),
    [triggers],
  );
  return <GroupedPicker groups={groups} selected={selected} onSelect={onSelect} searchLabel="Search triggers" placeholder="e.g. new record" loadingText="Loading triggers…" isPending={isPending} error={error} refetch={refetch} />;
}
