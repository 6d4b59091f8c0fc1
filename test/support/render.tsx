import { QueryClient } from '@tanstack/react-query';
import { render, type RenderOptions } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { ActionKitProvider, type ActionKitProviderProps } from '../../src';

/** A header.payload.signature token whose payload has `sub` (the library decodes, never verifies). */
export const TEST_TOKEN = `eyJhbGciOiJub25lIn0.${btoa(JSON.stringify({ sub: 'user-1' })).replace(/=+$/, '')}.sig`;

/** A QueryClient like a host's: no retries, so failures show at once. */
export const testQueryClient = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });

/** Renders inside an ActionKitProvider pointed at the mock ActionKit; it stays across `rerender` (a host re-rendering its form). */
export function renderWithProvider(ui: ReactElement, provider: Partial<ActionKitProviderProps> = {}, options?: Omit<RenderOptions, 'wrapper'>) {
  const queryClient = provider.queryClient ?? testQueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <ActionKitProvider projectId="project-1" token={TEST_TOKEN} queryClient={queryClient} {...provider}>
      {children}
    </ActionKitProvider>
  );
  return render(ui, { ...options, wrapper });
}
