// What a fan's answers so far say about the tracks: which ones tie (one group, one place) and which group comes
// before which, closed under transitivity. The sorter asks only what this cannot already answer.

/** How item a stands against item b: before (a ranks higher), after, equal (tied), or not known yet. */
export type Relation = 'before' | 'after' | 'equal' | 'unknown';

export class Knowledge {
  readonly size: number;
  /** The group of each item: the lowest index among the items it is tied with. */
  readonly group: Int16Array;
  /** `before[a * size + b]` is 1 when item a is known to rank strictly higher than item b. */
  private readonly before: Uint8Array;

  constructor(size: number, group?: Int16Array, before?: Uint8Array) {
    this.size = size;
    this.group = group ? group.slice() : Int16Array.from({ length: size }, (_, i) => i);
    this.before = before ? before.slice() : new Uint8Array(size * size);
  }

  clone(): Knowledge {
    return new Knowledge(this.size, this.group, this.before);
  }

  relation(a: number, b: number): Relation {
    if (this.group[a] === this.group[b]) return 'equal';
    if (this.before[a * this.size + b]) return 'before';
    if (this.before[b * this.size + a]) return 'after';
    return 'unknown';
  }

  /** Items known to rank strictly higher than `item`. */
  countAbove(item: number): number {
    let count = 0;
    for (let x = 0; x < this.size; x++) count += this.before[x * this.size + item]!;
    return count;
  }

  /** Items known to rank strictly lower than `item`. */
  countBelow(item: number): number {
    let count = 0;
    for (let y = 0; y < this.size; y++) count += this.before[item * this.size + y]!;
    return count;
  }

  /** The fan prefers a to b: everything at or above a now ranks above everything at or below b. */
  addBefore(a: number, b: number): void {
    const n = this.size;
    const above: number[] = [];
    const below: number[] = [];
    for (let x = 0; x < n; x++) {
      if (this.group[x] === this.group[a] || this.before[x * n + a]) above.push(x);
      if (this.group[x] === this.group[b] || this.before[b * n + x]) below.push(x);
    }
    for (const x of above) for (const y of below) this.before[x * n + y] = 1;
  }

  /**
   * The fan likes a and b the same: their groups become one. Only asked of items whose order is not known, so no
   * item is above one and below the other, and the merged relation stays a strict order between groups.
   */
  addTie(a: number, b: number): void {
    const n = this.size;
    const from = this.group[b]!;
    const to = this.group[a]!;
    const keep = Math.min(from, to);
    const members: number[] = [];
    for (let x = 0; x < n; x++) {
      if (this.group[x] === from || this.group[x] === to) {
        this.group[x] = keep;
        members.push(x);
      }
    }
    const above = new Set<number>();
    const below = new Set<number>();
    for (const m of members)
      for (let x = 0; x < n; x++) {
        if (this.before[x * n + m]) above.add(x);
        if (this.before[m * n + x]) below.add(x);
      }
    for (const x of above) {
      for (const m of members) this.before[x * n + m] = 1;
      for (const y of below) this.before[x * n + y] = 1;
    }
    for (const m of members) for (const y of below) this.before[m * n + y] = 1;
  }
}
