// The README's minimal host adapter, verbatim: type-checked with the project and tested against
// the conformance suite (test/readme-adapter.test.ts), so what hosts copy works.
import type { SessionAdapter, LiveChange, MutationOptions } from 'session-view';

export function createRestAdapter(baseUrl: string, token: string): SessionAdapter {
  const headers = { Authorization: `Bearer ${token}`, Accept: 'application/json' };
  async function get(path: string, signal?: AbortSignal) {
    const response = await fetch(`${baseUrl}${path}`, { headers, signal: signal ?? null });
    // Throwing the status lets session-view tell "not found" from "forbidden" from "network".
    if (!response.ok) throw Object.assign(new Error(response.statusText), { status: response.status });
    return response.json();
  }
  // One key per user intent: the server must act once per key, even when a retry repeats it.
  async function post(path: string, body: unknown, options?: MutationOptions) {
    const response = await fetch(`${baseUrl}${path}`, {
      method: 'POST',
      headers: { ...headers, 'Content-Type': 'application/json', 'Idempotency-Key': options?.idempotencyKey ?? '' },
      body: JSON.stringify(body),
      signal: options?.signal ?? null,
    });
    if (!response.ok) throw Object.assign(new Error(response.statusText), { status: response.status });
    return response.status === 204 ? undefined : response.json();
  }
  return {
    capabilities: { live: true, notes: true, reroute: true, contactClient: true, ban: true, recordings: true },
    viewer: { id: 'u-42', name: 'Jana Nováková', role: 'admin', timeZone: 'Europe/Prague' },
    listSessions: ({ mode, cursor, limit }, signal) =>
      get(`/sessions?mode=${mode}&limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, signal),
    getSession: (id, signal) => get(`/sessions/${encodeURIComponent(id)}`, signal),
    routingTargets: (signal) => get('/routing/targets', signal),
    reroute: (id, target, options) => post(`/sessions/${encodeURIComponent(id)}/reroute`, { target }, options),
    addNote: (id, text, options) => post(`/sessions/${encodeURIComponent(id)}/notes`, { text }, options),
    contactClient: (id, options) => post(`/sessions/${encodeURIComponent(id)}/contact`, {}, options),
    banClient: (id, { reason, until, ...options }) => post(`/sessions/${encodeURIComponent(id)}/ban`, { reason, until }, options),
    recordingSource: (recordingId, trackId, signal) =>
      get(`/recordings/${encodeURIComponent(recordingId)}/tracks/${encodeURIComponent(trackId)}/source`, signal),
    subscribe(onChange: (change: LiveChange) => void) {
      const events = new EventSource(`${baseUrl}/sessions/changes?token=${encodeURIComponent(token)}`);
      events.onmessage = (message) => onChange(JSON.parse(message.data));
      return () => events.close();
    },
  };
}
