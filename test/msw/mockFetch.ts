import { getResponse, type HttpHandler } from 'msw';

/**
 * A `fetch` answered by MSW handlers in-process: the same mock ActionKit as the demo's service
 * worker, for places where a worker cannot register (Storybook's test runner, SSR checks).
 */
export function mockFetch(handlers: HttpHandler[]): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const response = await getResponse(handlers, request);
    return response ?? new Response(JSON.stringify({ message: `No mock for ${request.method} ${request.url}` }), { status: 404 });
  };
}
