/**
 * Web Worker entry: owns a `SearchCore`. Documents queue up and are indexed in slices so a
 * search arriving mid-build is answered at once from what is indexed so far (`complete: false`).
 */
import { loadDefaultLanguages, type LanguageProcessor } from './languages.js';
import type { FromSearchWorker, ToSearchWorker } from './protocol.js';
import { SearchCore, type SearchDocument } from './search-core.js';

interface WorkerScope {
  postMessage(message: FromSearchWorker): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ToSearchWorker>) => void): void;
}

const scope = globalThis as unknown as WorkerScope;
const SLICE_MS = 25;
/** Queued batches; `next` is how far a batch is indexed (no splicing 100k-long arrays per slice). */
const pending: { documents: SearchDocument[]; next: number }[] = [];
let core: SearchCore | undefined;
let started: Promise<SearchCore> | undefined;
let scheduled = false;

function post(message: FromSearchWorker): void {
  scope.postMessage(message);
}

async function loadLanguages(moduleUrls: readonly string[] | undefined): Promise<LanguageProcessor[]> {
  if (!moduleUrls || moduleUrls.length === 0) return loadDefaultLanguages();
  const modules = await Promise.all(moduleUrls.map((url) => import(/* @vite-ignore */ url) as Promise<{ default: LanguageProcessor }>));
  return modules.map((module) => module.default);
}

function schedule(): void {
  if (scheduled || !core) return;
  scheduled = true;
  setTimeout(indexSlice, 0);
}

/** Indexes queued documents for one time slice, then yields so searches can run in between. */
function indexSlice(): void {
  scheduled = false;
  if (!core) return;
  const sliceEnd = performance.now() + SLICE_MS;
  let count = 0;
  while (pending.length > 0 && performance.now() < sliceEnd) {
    const batch = pending[0]!;
    const end = Math.min(batch.next + 50, batch.documents.length);
    core.add(batch.documents.slice(batch.next, end));
    count += end - batch.next;
    batch.next = end;
    if (batch.next >= batch.documents.length) pending.shift();
  }
  if (count > 0) post({ type: 'indexed', count });
  if (pending.length > 0) schedule();
}

function handle(message: ToSearchWorker, searchCore: SearchCore): void {
  switch (message.type) {
    case 'add':
      pending.push({ documents: message.documents.slice(), next: 0 });
      schedule();
      break;
    case 'remove': {
      // A session removed before its queued document was indexed must not come back.
      const gone = new Set(message.ids);
      let dropped = 0;
      for (const batch of pending) {
        const kept = batch.documents.filter((document, i) => i < batch.next || !gone.has(document.id));
        dropped += batch.documents.length - kept.length;
        batch.documents = kept;
      }
      searchCore.remove(message.ids);
      // The client counts them as handed over; they are done with, so progress still completes.
      if (dropped > 0) post({ type: 'indexed', count: dropped });
      break;
    }
    case 'search':
      try {
        post({ type: 'result', requestId: message.requestId, result: searchCore.search(message.text, message.options, pending.length === 0) });
      } catch (error) {
        post({ type: 'error', requestId: message.requestId, message: String(error) });
      }
      break;
    case 'snippets':
      try {
        post({ type: 'snippets', requestId: message.requestId, snippets: searchCore.snippets(message.text, message.options, message.ids) });
      } catch (error) {
        post({ type: 'error', requestId: message.requestId, message: String(error) });
      }
      break;
    default:
      break;
  }
}

scope.addEventListener('message', (event) => {
  const message = event.data;
  if (message.type === 'init') {
    started ??= loadLanguages(message.languageModules).then(
      (languages) => {
        core = new SearchCore(languages);
        post({ type: 'ready' });
        return core;
      },
      (error: unknown) => {
        post({ type: 'error', message: `search languages failed to load: ${String(error)}` });
        throw error;
      },
    );
    return;
  }
  if (core) handle(message, core);
  else void started?.then((searchCore) => handle(message, searchCore));
});
