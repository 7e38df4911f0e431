import { executeServerCommand } from '@web/test-runner-commands';

/**
 * Runs a Node-side check of test/tooling/bundle-commands.mjs as a job and waits for its answer
 * (one command may not outlast the runner's 20 s limit; the server answers "pending" every 10 s).
 */
export async function runNodeCheck<T>(check: 'package' | 'size'): Promise<T> {
  const job = await executeServerCommand<{ id: number }, { check: string }>('bundle-check-start', { check });
  let answer: { pending?: true; value?: T; error?: string } | undefined;
  do answer = await executeServerCommand<{ pending?: true; value?: T; error?: string }, { id: number }>('bundle-check-result', { id: job.id });
  while (answer?.pending);
  if (!answer || answer.error !== undefined) throw new Error(answer?.error ?? `no answer from the ${check} check`);
  return answer.value as T;
}
