// What a persisted zustand store takes back from storage: its saved fields, as a schema reads them, and nothing
// else. zustand's default merge spreads the stored state over the store, actions included, so a stored
// {"toggle":"x"} would replace an action and break every control that calls it, for good.
import * as v from 'valibot';

/**
 * A `merge` for zustand's `persist`: the fields `schema` accepts (an object schema drops unknown keys), over the
 * current state. A value the schema refuses leaves the state as it is.
 */
export function mergeFields<Fields extends object>(schema: v.GenericSchema<unknown, Fields>) {
  return <State extends Fields>(persisted: unknown, current: State): State => {
    const result = v.safeParse(schema, persisted);
    return result.success ? { ...current, ...result.output } : current;
  };
}
