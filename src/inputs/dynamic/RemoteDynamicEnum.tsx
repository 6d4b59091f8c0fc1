import { useMemo, useRef, useState } from 'react';
import { useAreaMessages } from '../../hooks/FormSettingsContext';
import { useFieldOptions } from '../../hooks/useFieldOptions';
import { dynamicMessages, flattenOptions, isDeepEqual, type EnumValue, type LoadedOptionsList } from '../../schema';
import { Combobox } from '../combobox/Combobox';
import { fieldComboboxProps } from '../combobox/fieldComboboxProps';
import type { InputProps } from '../types';
import { dependencyKeyOf, missingDependency, optionsErrorMessage, variableDependency } from './dependencies';
import { useSelectedLabel } from './useSelectedLabel';
import { useStaleValueGuard } from './useStaleValueGuard';

const NO_VALUES: Record<string, unknown> = {};

/** DYNAMIC_ENUM / EDITABLE_DYNAMIC_ENUM whose options load through the provider's `loadOptions`. */
export function RemoteDynamicEnum(props: InputProps<EnumValue | null>) {
  const { input, type, value, context } = props;
  const editable = type === 'EDITABLE_DYNAMIC_ENUM';
  const m = useAreaMessages(dynamicMessages);
  const dependencyValues = props.dependencyValues ?? NO_VALUES;
  const missing = missingDependency(props.dependencies, dependencyValues);
  // a token is resolved at run time: nothing to load for it, and the value stays (typed, or a variable itself)
  const variable = missing ? undefined : variableDependency(props.dependencies, dependencyValues);
  const [search, setSearch] = useState('');
  const q = useFieldOptions(input, dependencyValues, { search, integration: context.integration, action: context.actionName, enabled: !missing && !variable });
  const options = useMemo(() => flattenOptions(q.groups), [q.groups]);
  // a placeholder (the previous list) is not the list for these values: it never decides anything
  const list = useMemo<LoadedOptionsList | undefined>(
    () => (q.data && !q.isPlaceholderData ? { succeeded: q.status === 'success', searched: q.search !== '', hasMore: q.hasNextPage, options } : undefined),
    [q.data, q.isPlaceholderData, q.status, q.search, q.hasNextPage, options],
  );
  const accept = useStaleValueGuard({ name: props.name, checks: context.dependencyChecks, value, onChange: props.onChange, dependencyKey: dependencyKeyOf(dependencyValues), list, missing: !!missing });
  const entered = useRef<EnumValue | null>(null);
  const onChange = (next: EnumValue | null) => {
    accept();
    entered.current = next;
    props.onChange(next);
  };
  // only a saved value is looked up: typed text of an editable type is no option's id
  const { label, state } = useSelectedLabel(value, value !== entered.current, options, q);
  const note = state === 'known' || (editable && state === 'unknown') ? undefined : state === 'looking' ? m.savedValueLooking : m.savedValueUnknown;
  const noteId = `${props.ids.control}-label-note`;

  // options shown for other dependency values may not exist for these: shown, not pickable
  const forOtherValues = q.isPlaceholderData && !!q.loadedFor && !isDeepEqual(q.loadedFor.dependencies, dependencyValues);
  // why it is disabled, as its description too: a placeholder alone is not reliably announced
  const hint = missing ? m.selectFirst(missing.title) : variable ? m.dependsOnVariable(variable.title) : undefined;
  const hintId = `${props.ids.control}-hint`;
  const loading = q.isFetching && !q.isFetchingNextPage && !q.data;
  const error = q.isError && !q.isFetching ? optionsErrorMessage(q.error, m) : undefined;
  return (
    <>
      <Combobox
        {...fieldComboboxProps(props, m)}
        describedBy={[props.describedBy, note ? noteId : undefined, hint ? hintId : undefined].filter(Boolean).join(' ') || undefined}
        disabled={props.disabled || !!missing || (!!variable && !editable)}
        placeholder={hint ?? (input.placeholder || (editable ? m.searchOrTypePlaceholder : m.searchPlaceholder))}
        groups={q.groups}
        onChange={onChange}
        editable={editable}
        filter="none"
        onSearchChange={setSearch}
        searching={search.trim() !== (q.loadedFor?.search ?? '')}
        loading={loading}
        updating={forOtherValues || (q.isPlaceholderData && q.isFetching)}
        pickable={!forOtherValues}
        offline={q.isOffline}
        loadingMore={q.isFetchingNextPage}
        error={error}
        onRetry={() => void (q.isFetchNextPageError ? q.fetchNextPage() : q.refetch())}
        hasMore={q.hasNextPage && !q.isPlaceholderData}
        onLoadMore={() => void q.fetchNextPage()}
        selectedLabel={label}
        emptyMessage={q.search ? m.noMatches(q.search) : m.noOptions}
      />
      {note && <p id={noteId} className="akf-field__note akf-dynamic__label-note">{note}</p>}
      {hint && <span id={hintId} className="akf-visually-hidden">{hint}</span>}
    </>
  );
}
