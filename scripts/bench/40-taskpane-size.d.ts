/** Types of scripts/bench/40-taskpane-size.js for the TypeScript tests. */

export interface SizedFile {
  file: string;
  bytes: number;
  gzip: number;
}

export interface ExternalFile {
  file: string;
  /** Size of the npm copy of the CDN file, null when not found. */
  bytes: number | null;
  gzip: number | null;
}

export interface TaskpaneSize {
  /** Our scripts the page loads, in page order. */
  ours: SizedFile[];
  /** Scripts from other origins (office.js from Microsoft's CDN). */
  external: ExternalFile[];
  /** .js files in dist/ the page does not load (lazy chunks). */
  lazy: SizedFile[];
  oursGzip: number;
  hasExcelJs: boolean;
  goalKb: number;
}

export function scriptSources(html: string): string[];
/** Which action loads a lazy chunk, by its webpackChunkName. */
export function lazyWhy(file: string): string;
export const GOAL_KB: number;
export function measure(distDir?: string): TaskpaneSize;
export function run(log: (line: string) => void): Promise<void>;
