/**
 * Contacting the client of an ended conversation. Some channels allow only an approved template
 * outside a customer-service window: WhatsApp's is 24 hours from the client's last message.
 */
import type { Channel } from './enums.js';
import type { Message } from './session.js';

/** A message the host's channel provider approved for starting a conversation. */
export interface ContactTemplate {
  id: string;
  /** What the user picks by (the provider's template name or a label). */
  name: string;
  /** The text the client will receive (placeholders filled by the host). */
  text: string;
  /** BCP 47 tag of the template's language, when the host knows it. */
  language?: string;
}

/** WhatsApp's customer-service window: free-form messages only within it. */
export const WHATSAPP_SERVICE_WINDOW_MS = 24 * 60 * 60 * 1000;

/** Channels whose free-form messages are limited to a window after the client's last message. */
const SERVICE_WINDOW_MS: Partial<Record<Channel, number>> = { whatsapp: WHATSAPP_SERVICE_WINDOW_MS };

export interface ContactWindow {
  /** True when only an approved template may be sent now. */
  templateOnly: boolean;
  /** When the client last wrote (the window's start), if they ever did. */
  lastClientMessageAt?: number;
  /** When the window closes (closed) for a channel with a window. */
  closesAt?: number;
}

/**
 * Whether a new conversation on this channel needs a template now. Measured from the client's
 * last message, not the session's end: an operator's late reply does not re-open the window.
 */
export function contactWindow(channel: Channel, messages: readonly Message[], now: number): ContactWindow {
  const length = SERVICE_WINDOW_MS[channel];
  if (length === undefined) return { templateOnly: false };
  let lastClientMessageAt: number | undefined;
  for (const message of messages) {
    if (message.sender === 'client' && (lastClientMessageAt === undefined || message.at > lastClientMessageAt)) lastClientMessageAt = message.at;
  }
  if (lastClientMessageAt === undefined) return { templateOnly: true };
  const closesAt = lastClientMessageAt + length;
  return { templateOnly: now >= closesAt, lastClientMessageAt, closesAt };
}
