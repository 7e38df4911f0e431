import type { PolicyPageReport } from './policy-page.js';

export type { PolicyPageReport };

/**
 * Opens test/bundle/policy-page.html in a frame (its own realm, its own CSP from the test server)
 * and resolves with what the page reported once it ran its steps.
 */
export async function runHostPage(query: Record<string, string>): Promise<PolicyPageReport> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:1100px;height:700px;border:0';
  frame.title = 'host page';
  frame.src = `/test/bundle/policy-page.html?${new URLSearchParams(query).toString()}`;
  const report = new Promise<PolicyPageReport>((resolve) => {
    const onMessage = (event: MessageEvent<{ policyPageReport?: PolicyPageReport }>) => {
      if (event.source !== frame.contentWindow || !event.data?.policyPageReport) return;
      removeEventListener('message', onMessage);
      resolve(event.data.policyPageReport);
    };
    addEventListener('message', onMessage);
  });
  document.body.append(frame);
  try {
    return await report;
  } finally {
    frame.remove();
  }
}

/** The same server under another origin (localhost ↔ 127.0.0.1), as a CDN would be. */
export function secondOrigin(): string {
  const other = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return `${location.protocol}//${other}:${location.port}`;
}
