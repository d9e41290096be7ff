/**
 * How browser tests wait: on a condition, checked again and again, with a generous ceiling. A
 * loaded machine makes a test slower, never red; the ceiling only turns a real hang into a
 * failure that names what never came, well inside mocha's timeout (web-test-runner.config.mjs).
 */
export const WAIT_CEILING_MS = 30_000;

/** The next task, without setTimeout's clamping (4 ms a turn once nested): for loops that wait thousands of times. */
export function nextTask() {
  return new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });
}

/** A wait with interval 0 checks every task for this long, then every POLL_MS: it spins only briefly. */
const EVERY_TASK_MS = 10;
const POLL_MS = 5;

/**
 * Resolves with what `condition` returns once that is truthy. Checks every `interval` ms; with 0,
 * every task for the first EVERY_TASK_MS (most conditions hold within a few tasks), then every POLL_MS, so a
 * longer wait (a fetch, an image) leaves the CPU to the work it waits for instead of spinning.
 * Fails after `ceiling` ms with `message`.
 */
export async function waitFor<T>(
  condition: () => T | Promise<T>,
  message: string | (() => string),
  { ceiling = WAIT_CEILING_MS, interval = 20 } = {},
): Promise<NonNullable<T>> {
  const start = performance.now();
  for (;;) {
    const value = await condition();
    if (value) return value as NonNullable<T>;
    const waited = performance.now() - start;
    if (waited > ceiling) throw new Error(`Timeout after ${ceiling / 1000} s: ${typeof message === 'function' ? message() : message}`);
    const pause = interval || (waited < EVERY_TASK_MS ? 0 : POLL_MS);
    await (pause ? new Promise((resolve) => setTimeout(resolve, pause)) : nextTask());
  }
}
