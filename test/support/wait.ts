// Waiting on a condition instead of a fixed sleep: polls until `condition` holds, fails with
// what was awaited after `timeoutMs`. Real timers, so fake timers in a test do not freeze it.
const realSetTimeout = globalThis.setTimeout.bind(globalThis);

export async function waitUntil(
  condition: () => boolean | Promise<boolean>,
  opts: { timeoutMs?: number; intervalMs?: number; what?: string } = {},
): Promise<void> {
  const deadline = performance.now() + (opts.timeoutMs ?? 10_000);
  for (;;) {
    if (await condition()) return;
    if (performance.now() > deadline) throw new Error(`timed out after ${opts.timeoutMs ?? 10_000} ms waiting for ${opts.what ?? "a condition"}`);
    await new Promise((resolve) => realSetTimeout(resolve, opts.intervalMs ?? 10));
  }
}
