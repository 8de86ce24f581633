// Set-Cookie from a resolver: sign-in and sign-out hand the browser its session cookie in the
// GraphQL response. Resolvers only see the context, so the context gets a setter that queues the
// value for this request, and the plugin adds the queued values to the response.
import type { Plugin } from 'graphql-yoga';

export function responseCookies(): { forRequest(request: Request): (value: string) => void; plugin: Plugin } {
  const queued = new WeakMap<Request, string[]>();
  return {
    forRequest(request) {
      return (value) => {
        const list = queued.get(request) ?? [];
        list.push(value);
        queued.set(request, list);
      };
    },
    plugin: {
      onResponse({ request, response }) {
        for (const value of queued.get(request) ?? []) response.headers.append('set-cookie', value);
      },
    },
  };
}
