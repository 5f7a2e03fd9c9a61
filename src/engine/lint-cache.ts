/**
 * Caches that live for one walk of one file (`lintDockerfile`, `lintWorkflow`). Helpers that
 * several rules share (label pairs, ENV/ARG assignments, parsed command options, unwrapped
 * commands; a workflow's expressions, matrices and `uses:` references) compute their result once
 * per instruction, command or node and keep it here. They used to be WeakMaps keyed by
 * instruction: a fresh ephemeron entry per instruction per keystroke costs about twice a plain Map
 * entry, and the GC has to trace ephemerons. These are plain Maps, dropped when the walk ends, so
 * they never keep a file's model alive; outside a walk (a helper called on its own) nothing is
 * stored.
 */

let walks = 0;
const caches: WalkCache<object, unknown>[] = [];

export class WalkCache<K extends object, V> {
  /**
   * A new Map per walk, dropped when the walk ends, never `clear()`ed: a long-lived Map ends up in
   * the old generation, and clearing it left its old tables' references to the walk's young objects
   * in the remembered set, so every scavenge kept (and promoted) megabytes of dead models. Measured
   * on the 300-line benchmark: scavenge pauses of ~7 ms with `clear()`, ~0.6 ms with a fresh Map.
   */
  private map: Map<K, V> | undefined;
  constructor() {
    caches.push(this);
  }
  get(key: K): V | undefined {
    return this.map?.get(key);
  }
  set(key: K, value: V): void {
    if (walks > 0) (this.map ??= new Map()).set(key, value);
  }
  clear(): void {
    this.map = undefined;
  }
}

/** Turns the caches on for one walk; pair every call with `endWalk` (in a `finally`). */
export function beginWalk(): void {
  walks++;
}

/** Ends a walk: when the outermost one ends, the caches are emptied. */
export function endWalk(): void {
  if (--walks === 0) for (const cache of caches) cache.clear();
}
