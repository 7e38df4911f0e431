/** One line of bench/results/<area>.json: a measurement against its baseline (a rival or a budget). */
export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  baseline: number;
  ratio: number;
}
