/** An append-only list of numbers in a Float64Array that doubles when full. */
export class GrowableArray {
  private data: Float64Array;
  private count = 0;

  constructor(initialCapacity = 256) {
    this.data = new Float64Array(initialCapacity);
  }

  get length(): number {
    return this.count;
  }

  push(value: number): void {
    if (this.count === this.data.length) {
      const data = new Float64Array(this.data.length * 2);
      data.set(this.data);
      this.data = data;
    }
    this.data[this.count++] = value;
  }

  /** The values as a view (no copy); valid until the next push. */
  view(): Float64Array {
    return this.data.subarray(0, this.count);
  }
}
