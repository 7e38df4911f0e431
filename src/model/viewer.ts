/** Who is looking at the sessions, and what the host lets the library do. */
import type { Role } from './enums.js';

export interface Viewer {
  id: string;
  name: string;
  role: Role;
  /** IANA time zone for dates; defaults to the browser's. */
  timeZone?: string;
  /** BCP 47 locale for number/date formats; defaults to the element's `lang`. */
  locale?: string;
}

/** Optional features of a host. A missing capability hides the feature. */
export interface Capabilities {
  live: boolean;
  notes: boolean;
  reroute: boolean;
  contactClient: boolean;
  /**
   * The host lists approved message templates (\`listContactTemplates\`): needed to contact a
   * WhatsApp client outside the 24-hour customer-service window.
   */
  contactTemplates: boolean;
  ban: boolean;
  unban: boolean;
  recordings: boolean;
  downloadRecordings: boolean;
  /** The host's back end filters, sorts and searches; the library pages lazily. */
  serverQuery: boolean;
}

export const NO_CAPABILITIES: Capabilities = {
  live: false,
  notes: false,
  reroute: false,
  contactClient: false,
  contactTemplates: false,
  ban: false,
  unban: false,
  recordings: false,
  downloadRecordings: false,
  serverQuery: false,
};

export type Action = 'addNote' | 'contactClient' | 'ban' | 'unban' | 'reroute' | 'downloadRecording';

/**
 * What each role may do in the UI. The host's server stays the authority: a refusal from it
 * is shown even when this table allowed the attempt.
 */
export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Action[]>> = {
  operator: ['addNote', 'contactClient'],
  supervisor: ['addNote', 'contactClient', 'ban', 'downloadRecording'],
  admin: ['addNote', 'contactClient', 'ban', 'unban', 'reroute', 'downloadRecording'],
};

const CAPABILITY_FOR_ACTION: Readonly<Record<Action, keyof Capabilities>> = {
  addNote: 'notes',
  contactClient: 'contactClient',
  ban: 'ban',
  unban: 'unban',
  reroute: 'reroute',
  downloadRecording: 'downloadRecordings',
};

/** True when the viewer's role allows `action` and the host supports it. */
export function can(viewer: Viewer | undefined, capabilities: Capabilities, action: Action): boolean {
  if (!viewer) return false;
  return ROLE_PERMISSIONS[viewer.role].includes(action) && capabilities[CAPABILITY_FOR_ACTION[action]];
}
