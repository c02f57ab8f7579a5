/** One line of `npm run bench`'s table. */
export interface BenchRow {
  readonly name: string
  readonly value: number | string
  /** e.g. 'ms', 'MB/s', 'MB', '×' or '' for ratios and counts. */
  readonly unit: string
  /** What the issue asks for, e.g. '< 300 ms'; printed beside the figure, never asserted. */
  readonly goal?: string
}

/** A benchmark that runs in a Chromium page (bench/index.html), where the app itself runs. */
export interface BenchCase {
  readonly name: string
  run(): Promise<readonly BenchRow[]>
}
