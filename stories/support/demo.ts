/**
 * Demo adapters for stories. Adapters are cached per option set so switching the toolbar's
 * theme or locale re-renders a story without regenerating its data; each created adapter's
 * live timers are stopped when a different story asks for a different one.
 */
import type { SessionAdapter } from '../../src/adapter/index.js';
import { createDemoAdapter, type DemoAdapterOptions, type DemoSessionAdapter } from '../../src/adapter/demo/index.js';
import { SessionStore } from '../../src/store/index.js';
import { sampleViewer } from './sample-data.js';

const cache = new Map<string, DemoSessionAdapter>();

export type StoryRole = 'operator' | 'supervisor' | 'admin';

/** The toolbar's role and live mode (set by the preview's decorator); undefined = the story's own. */
export const storyGlobals: { role: StoryRole | undefined; live: boolean | undefined } = { role: undefined, live: undefined };

export function demoAdapter(storyOptions: DemoAdapterOptions = {}): DemoSessionAdapter {
  const options: DemoAdapterOptions = {
    ...storyOptions,
    ...(storyGlobals.live !== undefined ? { live: storyGlobals.live } : {}),
    ...(storyGlobals.role ? { viewer: { ...storyOptions.viewer, role: storyGlobals.role } } : {}),
  };
  const key = JSON.stringify(options);
  let adapter = cache.get(key);
  if (!adapter) {
    for (const other of cache.values()) other.dispose();
    cache.clear();
    adapter = createDemoAdapter({ seed: 1, sessions: 2000, ...options });
    cache.set(key, adapter);
  }
  return adapter;
}

/** A host whose back end never answers: elements show their loading state. */
export function hangingAdapter(): SessionAdapter {
  return {
    capabilities: {},
    viewer: { id: 'v', name: 'Viewer', role: 'operator' },
    listSessions: () => new Promise(() => {}),
    getSession: () => new Promise(() => {}),
  };
}

/**
 * A store over a host that has only what a part's story needs (`parts`: capabilities, viewer,
 * the one or two calls the part makes). Parts that act through the store (contact, ban, the
 * docked player) get it as `.store`; nothing lists or opens sessions.
 */
export function partStore(parts: Partial<SessionAdapter>): SessionStore {
  return new SessionStore({
    capabilities: {},
    viewer: sampleViewer,
    listSessions: async () => ({ sessions: [] }),
    getSession: () => Promise.reject(new Error('A part story opens no session')),
    ...parts,
  });
}
