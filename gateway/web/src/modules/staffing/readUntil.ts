/**
 * Reads until `done` holds, at most ~3 s: the pool's lists are a read model that follows a change within moments, so
 * a list read right after the change may not show it yet.
 */
export async function readUntil<T>(read: () => Promise<T>, done: (value: T) => boolean, attempts = 15): Promise<T> {
  let value = await read();
  for (let i = 1; i < attempts && !done(value); i++) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    value = await read();
  }
  return value;
}
