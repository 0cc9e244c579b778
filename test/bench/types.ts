/** One benchmark figure, printed as a ratio against a baseline measured in the same run. */
export interface BenchResult {
  name: string;
  /** The measured figure, with units: "12.3 MB/s", "0.41 s". */
  figure: string;
  /** figure / baseline (or baseline / figure for times — say which in `baseline`). */
  ratio: number;
  /** What the ratio is against: "raw nodejieba cut (45.1 MB/s)". */
  baseline: string;
  /** Optional target, e.g. "ratio ≤ 5". */
  target?: string;
}
