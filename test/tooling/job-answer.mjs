// Jobs that outlast one server command: the test runner gives a command 20 s to answer, so a long
// job (a heap snapshot, a spreadsheet conversion, the server benchmark) is started by one command
// and its result asked for by others until it is there.

/** `job`'s result, or `{ pending: true }` if it has not settled within `ms` (the caller asks again). */
export async function answerWithin(job, ms) {
  const pending = { pending: true };
  let timer;
  const answer = await Promise.race([job, new Promise((resolve) => (timer = setTimeout(() => resolve(pending), ms)))]);
  clearTimeout(timer);
  return answer;
}
