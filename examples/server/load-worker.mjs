// Worker entry: the example is TypeScript run through tsx, and a worker thread starts without the
// parent's loader, so it registers tsx before importing the worker proper.
import { register } from 'tsx/esm/api';

register();
await import('./load-worker.ts');
