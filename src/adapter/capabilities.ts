import { NO_CAPABILITIES, type Capabilities } from '../model/index.js';
import type { SessionAdapter } from './types.js';

/**
 * The capabilities the UI may rely on: what the host declares, and only where it also
 * implements the method behind it (a flag without a method would offer a broken button).
 */
export function resolveCapabilities(adapter: SessionAdapter): Capabilities {
  const declared = { ...NO_CAPABILITIES, ...adapter.capabilities };
  return {
    live: declared.live && typeof adapter.subscribe === 'function',
    notes: declared.notes && typeof adapter.addNote === 'function',
    reroute: declared.reroute && typeof adapter.reroute === 'function' && typeof adapter.routingTargets === 'function',
    contactClient: declared.contactClient && typeof adapter.contactClient === 'function',
    contactTemplates:
      declared.contactClient && declared.contactTemplates && typeof adapter.contactClient === 'function' && typeof adapter.listContactTemplates === 'function',
    ban: declared.ban && typeof adapter.banClient === 'function',
    unban: declared.unban && typeof adapter.unbanClient === 'function',
    recordings: declared.recordings && typeof adapter.recordingSource === 'function',
    downloadRecordings: declared.downloadRecordings && typeof adapter.recordingSource === 'function',
    serverQuery: declared.serverQuery,
  };
}
