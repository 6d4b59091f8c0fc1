import { Fragment, type MouseEvent, type ReactNode, type Ref, type UIEvent } from 'react';
import { useAreaMessages } from '../../hooks/FormSettingsContext';
import { comboboxMessages, type ActionFormMessages, type NormalizedOption } from '../../schema';
import { ComboboxOption } from './ComboboxOption';
import type { ComboboxItem, FilteredList } from './filterGroups';

export interface ComboboxPopupProps {
  popupRef: Ref<HTMLDivElement>;
  listboxId: string;
  labelledBy?: string;
  label?: string;
  list: FilteredList;
  active: number;
  selected?: NormalizedOption;
  optionId(index: number): string;
  onPick(index: number): void;
  onHover(index: number): void;
  /** The listbox (the scroll container) scrolled to (nearly) the bottom. */
  onEnd(): void;
  loading: boolean;
  /** The shown list is the previous one while new options load. */
  updating: boolean;
  /** `false`: the options are shown but cannot be picked. */
  pickable: boolean;
  offline: boolean;
  loadingMore: boolean;
  error?: string;
  onRetry?(): void;
  hasMore: boolean;
  onLoadMore?(): void;
  emptyMessage?: string;
}

const indexOf = (e: MouseEvent): number => {
  const row = e.target instanceof Element ? e.target.closest('[data-index]') : null;
  return row ? Number(row.getAttribute('data-index')) : -1;
};

const itemLabel = (item: ComboboxItem, m: Pick<ActionFormMessages, 'useTyped'>) => (item.kind === 'option' ? item.option.label : m.useTyped(item.text));

/** The popup's content (placed by `PopupLayer`): the listbox, then status rows (more, offline, loading/updating, empty, error, load more). */
export function ComboboxPopup(p: ComboboxPopupProps) {
  const { list, listboxId } = p;
  const m = useAreaMessages(comboboxMessages);
  const renderItem = (index: number): ReactNode => {
    const item = list.items[index];
    return (
      <ComboboxOption
        key={index}
        id={p.optionId(index)}
        index={index}
        label={itemLabel(item, m)}
        subtitle={item.kind === 'option' ? item.option.subtitle : undefined}
        highlighted={index === p.active}
        selected={item.kind === 'option' && item.option === p.selected}
        disabled={item.kind === 'option' && !p.pickable}
      />
    );
  };
  const custom = list.items.length > 0 && list.items[list.items.length - 1].kind === 'custom';
  const onScroll = (e: UIEvent<HTMLDivElement>) => {
    const el = e.currentTarget;
    if (el.scrollTop + el.clientHeight >= el.scrollHeight - 24) p.onEnd();
  };
  const busy = !p.offline && (p.loading || p.loadingMore || p.updating);

  return (
    // mousedown would move focus out of the input and close the list before the click lands
    <div ref={p.popupRef} className="akf-combobox__popup" onMouseDown={(e) => e.preventDefault()}>
      <div
        role="listbox"
        id={listboxId}
        className="akf-combobox__listbox"
        aria-labelledby={p.labelledBy}
        aria-label={p.labelledBy ? undefined : p.label}
        aria-busy={busy || undefined}
        onScroll={onScroll}
        onClick={(e) => {
          const index = indexOf(e);
          if (index >= 0) p.onPick(index);
        }}
        onMouseMove={(e) => {
          const index = indexOf(e);
          if (index >= 0 && index !== p.active) p.onHover(index);
        }}
      >
        {list.groups.map((group, g) =>
          group.title === undefined ? (
            <Fragment key={`g${g}`}>{group.indexes.map(renderItem)}</Fragment>
          ) : (
            <div key={`g${g}`} role="group" className="akf-combobox__group" aria-labelledby={`${listboxId}-group-${g}`}>
              <div id={`${listboxId}-group-${g}`} className="akf-combobox__group-title">{group.title}</div>
              {group.indexes.map(renderItem)}
            </div>
          ),
        )}
        {custom && renderItem(list.items.length - 1)}
      </div>
      {list.hidden > 0 && <div className="akf-combobox__more">{m.moreOptions(list.hidden)}</div>}
      {p.offline && (
        <div role="status" className="akf-combobox__status akf-combobox__status--offline">
          {m.optionsOffline}
        </div>
      )}
      {busy && (
        <div role="status" className="akf-combobox__status">
          <span className="akf-spinner" aria-hidden="true" />
          {p.updating && !p.loading && !p.loadingMore ? m.updating : m.loading}
        </div>
      )}
      {!p.offline && !p.loading && !p.updating && !p.error && list.items.length === 0 && (
        <div role="status" className="akf-combobox__empty">{p.emptyMessage ?? m.noOptions}</div>
      )}
      {p.error && (
        <div role="alert" className="akf-combobox__error">
          <span className="akf-combobox__error-message">{p.error}</span>
          {p.onRetry && <button type="button" className="akf-combobox__retry" onClick={p.onRetry}>{m.retry}</button>}
        </div>
      )}
      {p.hasMore && !busy && !p.offline && !p.error && p.onLoadMore && (
        // reachable from the keyboard by arrowing past the last option, so kept out of the Tab order
        <button type="button" tabIndex={-1} className="akf-combobox__load-more" onClick={p.onLoadMore}>{m.loadMore}</button>
      )}
    </div>
  );
}
