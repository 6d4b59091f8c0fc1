import { createContext, useContext } from 'react';

/** How a DYNAMIC_CONDITIONAL's loaded field list is doing, for every row's Field picker. */
export interface FieldListStatus {
  loading: boolean;
  /** The previous list is shown while the keys for new dependency values (not pickable) or more keys load. */
  updating: boolean;
  pickable: boolean;
  offline: boolean;
  loadingMore: boolean;
  error?: string;
  onRetry(): void;
  hasMore: boolean;
  onLoadMore(): void;
  /** Why a row's field is marked: it is missing from the complete key list loaded after a dependency changed. */
  unavailable(field: string): string | undefined;
}

export const FieldListStatusContext = createContext<FieldListStatus | undefined>(undefined);

/** The loaded field list's status, or `undefined` for a filter with static (or no) keys. */
export const useFieldListStatus = () => useContext(FieldListStatusContext);
