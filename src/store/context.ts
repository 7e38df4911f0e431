import { createContext } from '@lit/context';
import type { SessionStore } from './session-store.js';

/** The store `<session-view>` provides to every descendant element (stable identity). */
export const sessionStoreContext = createContext<SessionStore | undefined>(Symbol.for('session-view/store'));
