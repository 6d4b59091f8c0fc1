import { createContext, useContext } from 'react';

/** How a DYNAMIC_CONDITIONAL's loaded field list is doing, for every row's Field picker. */
export interface FieldListStatus {
  loading: boolean;
  loadingMore: boolean;
  error?: string;
  onRetry(): void;
  hasMore: boolean;
  onLoadMore(): void;
}

export const FieldListStatusContext = createContext<FieldListStatus | undefined>(undefined);

/** The loaded field list's status, or `undefined` for a filter with static (or no) keys. */
export const useFieldListStatus = () => useContext(FieldListStatusContext);
