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
export const nextFrame = () => new Promise((resolve) => setTimeout(resolve, 0));
export const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
