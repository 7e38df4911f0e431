import sinon from 'sinon';

/** Opens an exported HTML file in an iframe the way a browser opens a downloaded file. */
export async function openExport(html: string, sandbox = 'allow-scripts allow-same-origin'): Promise<HTMLIFrameElement> {
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html' }));
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', sandbox);
  frame.setAttribute('title', 'export');
  frame.width = '900';
  frame.height = '600';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  URL.revokeObjectURL(url);
  return frame;
}

export const frameDocument = (frame: HTMLIFrameElement) => frame.contentDocument!;

/**
 * Stops the exported page's timers until the test ticks them: its search waits for a pause in
 * typing, and a busy machine can pause between two keys typed by the test. Restore after the test.
 */
export function freezeTimers(frame: HTMLIFrameElement): sinon.SinonFakeTimers {
  // `global` (the frame's window instead of ours) is a sinon option its typings leave out.
  const config = { global: frame.contentWindow, toFake: ['setTimeout', 'clearTimeout'] };
  return sinon.useFakeTimers(config as Parameters<typeof sinon.useFakeTimers>[0]);
}
