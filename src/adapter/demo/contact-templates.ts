/**
 * The demo's approved message templates for contacting a client, and the WhatsApp rule the demo
 * enforces like the real provider: outside the 24-hour customer-service window only a template
 * may start a conversation.
 */
import { contactWindow, type Channel, type ContactTemplate, type Message } from '../../model/index.js';
import { SessionViewError } from '../errors.js';

const CZECH: ContactTemplate[] = [
  { id: 'order-update', name: 'Novinky k objednávce', text: 'Dobrý den, máme pro vás novinky k vaší objednávce. Můžeme pokračovat?', language: 'cs' },
  { id: 'callback', name: 'Nabídka zpětného hovoru', text: 'Dobrý den, ozýváme se k vašemu dotazu. Hodí se vám, abychom pokračovali zde?', language: 'cs' },
  { id: 'feedback', name: 'Dotaz na spokojenost', text: 'Dobrý den, vyřešili jsme vše, co jste potřeboval(a)? Odpovězte prosím na tuto zprávu.', language: 'cs' },
];

const ENGLISH: ContactTemplate[] = [
  { id: 'order-update', name: 'Order update', text: 'Hello, we have news about your order. May we continue here?', language: 'en' },
  { id: 'callback', name: 'Follow-up offer', text: 'Hello, we are following up on your question. Is it a good time to continue here?', language: 'en' },
  { id: 'feedback', name: 'Satisfaction check', text: 'Hello, did we solve everything you needed? Please reply to this message.', language: 'en' },
];

/** The templates approved for a conversation in this language. */
export function demoContactTemplates(language: string | undefined): ContactTemplate[] {
  return (language === 'cs' || language === 'sk' ? CZECH : ENGLISH).map((template) => ({ ...template }));
}

/**
 * The template a new conversation opens with: none inside the window, a known one outside it
 * (the demo refuses as WhatsApp's API does).
 */
export function templateForContact(
  channel: Channel,
  messages: readonly Message[],
  now: number,
  language: string | undefined,
  templateId: string | undefined,
): ContactTemplate | undefined {
  if (templateId !== undefined) {
    const template = demoContactTemplates(language).find((candidate) => candidate.id === templateId);
    if (!template) throw new SessionViewError('invalid-data', `Demo adapter: no approved template "${templateId}"`);
    return template;
  }
  if (contactWindow(channel, messages, now).templateOnly) {
    throw new SessionViewError('forbidden', 'Demo adapter: outside the 24-hour customer-service window only an approved template can be sent');
  }
  return undefined;
}
