/**
 * Keeps every `context.sync()` under a size budget. Excel on the web refuses a request larger
 * than 5 MB (and a response of that size), so the renderer estimates, while it queues, the
 * JSON size of what it sends — each action's payload (values, formulas, number formats,
 * addresses) plus a fixed overhead per action — and of what it asks to read, and syncs only
 * when the next piece would not fit. Small workbooks therefore still need a single write sync.
 */

import { syncStep } from "./sync";

/** Our budget per request and per response: 4 MB, well below Excel on the web's 5 MB. */
export const REQUEST_BUDGET_BYTES = 4_000_000;

/**
 * Estimated bytes of one queued action without its payload (Microsoft's serializer writes an
 * action id, type, object path and argument envelope: 81 637 actions measured 10 MB, ≈125 B
 * each with their small payloads), rounded up.
 */
export const ACTION_BYTES = 150;

/**
 * Estimated response bytes of one cell when reading formulas and number formats: an empty
 * cell costs 13 (`"",` + `"General",`), a cell a user typed a short text or a date into ≈40.
 */
export const READ_CELL_BYTES = 40;

/** The JSON size of a payload as it travels in the request (ASCII-sized estimate). */
export function jsonBytes(x: unknown): number {
  return JSON.stringify(x)?.length ?? 0;
}

export interface BudgetFigures {
  /** Syncs this budget made. */
  syncs: number;
  /** Estimated request bytes of each of those syncs (and of what is still queued, last). */
  requests: number[];
}

export class RequestBudget {
  private request = 0;
  private response = 0;
  readonly figures: BudgetFigures = { syncs: 0, requests: [] };

  constructor(
    private readonly context: Excel.RequestContext,
    readonly limit: number = REQUEST_BUDGET_BYTES,
  ) {}

  /** Request bytes still free in the current request. */
  get room(): number {
    return this.limit - this.request;
  }

  /** Response bytes still free in the current request. */
  get readRoom(): number {
    return this.limit - this.response;
  }

  /** True when something is queued since the last sync. */
  get pending(): boolean {
    return this.request > 0 || this.response > 0;
  }

  /**
   * Call BEFORE queueing actions of the given estimated size: when they would not fit beside
   * what is already queued, the queue is synced first (`step` names it in an error message).
   */
  async reserve(request: number, response: number, step: string): Promise<void> {
    if (this.pending && (this.request + request > this.limit || this.response + response > this.limit))
      await this.flush(step);
    this.request += request;
    this.response += response;
  }

  /** Reserves `actions` actions carrying `payload` bytes in total. */
  async actions(actions: number, payload: number, step: string): Promise<void> {
    await this.reserve(actions * ACTION_BYTES + payload, 0, step);
  }

  /** Syncs what is queued (a no-op when nothing is). */
  async flush(step: string): Promise<void> {
    if (!this.pending) return;
    this.figures.requests.push(this.request);
    this.request = 0;
    this.response = 0;
    this.figures.syncs++;
    await syncStep(this.context, step);
  }
}

/**
 * Splits `rows` rows into consecutive chunks whose estimated size (`rowBytes` each plus
 * `overhead` per chunk) fits the room of the budget, syncing between chunks when needed, and
 * calls `emit(first, last)` (0-based, inclusive) after reserving each chunk.
 */
export async function inChunks(
  budget: RequestBudget,
  rows: number,
  rowBytes: (i: number) => number,
  overhead: number,
  kind: "request" | "response",
  step: string,
  emit: (first: number, last: number) => void,
): Promise<void> {
  let i = 0;
  while (i < rows) {
    const room = () => (kind === "request" ? budget.room : budget.readRoom) - overhead;
    if (budget.pending && rowBytes(i) > room()) await budget.flush(step);
    const free = room();
    let j = i;
    let acc = 0;
    while (j < rows && (j === i || acc + rowBytes(j) <= free)) acc += rowBytes(j++);
    if (kind === "request") await budget.reserve(acc + overhead, 0, step);
    else await budget.reserve(overhead, acc, step);
    emit(i, j - 1);
    i = j;
  }
}
