// "[3/9] Building the Outlook pane… 12.3 s" and the summary at the end.

export interface Summary {
  checked: string[];
  built: string[];
  written: string[];
  deployed: string[];
  skipped: string[];
}

export class Progress {
  readonly summary: Summary = { checked: [], built: [], written: [], deployed: [], skipped: [] };
  private index = 0;

  constructor(
    private readonly total: number,
    private readonly log: (line: string) => void,
    private readonly now: () => number = () => performance.now(),
  ) {}

  async step<T>(title: string, work: () => T | Promise<T>): Promise<T> {
    this.index += 1;
    const started = this.now();
    this.log(`[${this.index}/${this.total}] ${title}…`);
    const result = await work();
    this.log(`      done in ${((this.now() - started) / 1000).toFixed(1)} s`);
    return result;
  }

  skip(title: string, why: string): void {
    this.index += 1;
    this.log(`[${this.index}/${this.total}] ${title}: skipped (${why})`);
    this.summary.skipped.push(`${title}: ${why}`);
  }

  report(): string {
    const section = (name: string, items: string[]) =>
      items.length === 0 ? [] : [`${name}:`, ...items.map((item) => `  - ${item}`)];
    const { checked, built, written, deployed, skipped } = this.summary;
    return [
      "Summary",
      ...section("Checked", checked),
      ...section("Built", built),
      ...section("Written", written),
      ...section("Deployed", deployed),
      ...section("Skipped", skipped),
    ].join("\n");
  }
}
