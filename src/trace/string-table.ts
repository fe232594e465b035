/** Interned strings for the trace: events carry int ids, names live here once. */
export class StringTable {
  private readonly ids = new Map<string, number>();
  readonly strings: string[] = [];

  intern(s: string): number {
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.strings.length;
      this.strings.push(s);
      this.ids.set(s, id);
    }
    return id;
  }

  get(id: number): string {
    return id >= 0 && id < this.strings.length ? this.strings[id] : '';
  }
}
