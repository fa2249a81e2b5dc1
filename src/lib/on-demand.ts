// Something that loads on demand, once (a module's export, usually through import()): `load()` starts it, or
// returns the load already under way, or starts again after a failure (a lost connection); `latest()` is the last
// load whatever its outcome, for a render to wait on (React's `use` must see the same promise again to learn how it
// ended); `current()` is the value once it is here, read synchronously (a component mounting later renders it at
// once).
export interface OnDemand<T> {
  load: () => Promise<T>;
  latest: () => Promise<T>;
  current: () => T | undefined;
}

export function onDemand<T>(fetch: () => Promise<T>): OnDemand<T> {
  let value: T | undefined;
  let attempt: Promise<T> | undefined;
  let failed = false;
  const start = () => {
    failed = false;
    attempt = fetch().then(
      (loaded) => (value = loaded),
      (error: unknown) => {
        failed = true;
        throw error;
      },
    );
    return attempt;
  };
  return {
    load: () => (attempt && !failed ? attempt : start()),
    latest: () => attempt ?? start(),
    current: () => value,
  };
}
