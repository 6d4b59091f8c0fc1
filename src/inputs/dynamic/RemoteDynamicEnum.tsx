import { useMemo, useRef, useState } from 'react';
import { useFieldOptions } from '../../hooks/useFieldOptions';
import { findOption, flattenOptions, type EnumValue, type LoadedOptionsList } from '../../schema';
import { Combobox } from '../combobox/Combobox';
import { fieldComboboxProps } from '../combobox/fieldComboboxProps';
import type { InputProps } from '../types';
import { dependencyKeyOf, missingDependency, optionsErrorMessage } from './dependencies';
import { useStaleValueGuard } from './useStaleValueGuard';

const NO_VALUES: Record<string, unknown> = {};

/** DYNAMIC_ENUM / EDITABLE_DYNAMIC_ENUM whose options load through the provider's `loadOptions`. */
export function RemoteDynamicEnum(props: InputProps<EnumValue | null>) {
  const { input, type, value, context } = props;
  const dependencyValues = props.dependencyValues ?? NO_VALUES;
  const missing = missingDependency(props.dependencies, dependencyValues);
  const [search, setSearch] = useState('');
  const q = useFieldOptions(input, dependencyValues, { search, integration: context.integration, action: context.actionName, enabled: !missing });
  const options = useMemo(() => flattenOptions(q.groups), [q.groups]);
  const list = useMemo<LoadedOptionsList | undefined>(
    () => (q.data ? { succeeded: q.status === 'success', searched: q.search !== '', hasMore: q.hasNextPage, options } : undefined),
    [q.data, q.status, q.search, q.hasNextPage, options],
  );
  const accept = useStaleValueGuard(value, props.onChange, dependencyKeyOf(dependencyValues), list);
  const onChange = (next: EnumValue | null) => {
    accept();
    props.onChange(next);
  };

  // the chosen option's label survives searches that do not list it
  const known = useRef<{ value: EnumValue; label: string }>(undefined);
  const found = value == null ? undefined : findOption(options, value);
  if (found) known.current = { value: found.value, label: found.label };
  const selectedLabel = found?.label ?? (known.current && value != null && String(known.current.value) === String(value) ? known.current.label : undefined);

  // why it is disabled, as its description too: a placeholder alone is not reliably announced
  const hint = missing ? `Select ${missing.title} first` : undefined;
  const hintId = `${props.ids.control}-hint`;
  const loading = q.isFetching && !q.isFetchingNextPage && !q.data;
  const error = q.isError && !q.isFetching ? optionsErrorMessage(q.error) : undefined;
  return (
    <>
      <Combobox
        {...fieldComboboxProps(props)}
        describedBy={hint ? [props.describedBy, hintId].filter(Boolean).join(' ') : props.describedBy}
        disabled={props.disabled || !!missing}
        placeholder={hint ?? (input.placeholder || (type === 'EDITABLE_DYNAMIC_ENUM' ? 'Search or type a value…' : 'Search…'))}
        groups={q.groups}
        onChange={onChange}
        editable={type === 'EDITABLE_DYNAMIC_ENUM'}
        filter="none"
        onSearchChange={setSearch}
        loading={loading}
        loadingMore={q.isFetchingNextPage}
        error={error}
        onRetry={() => void (q.isFetchNextPageError ? q.fetchNextPage() : q.refetch())}
        hasMore={q.hasNextPage}
        onLoadMore={() => void q.fetchNextPage()}
        selectedLabel={selectedLabel}
        emptyMessage={q.search ? `No matches for "${q.search}"` : 'No options'}
      />
      {hint && <span id={hintId} className="akf-visually-hidden">{hint}</span>}
    </>
  );
}
