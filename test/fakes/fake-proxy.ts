/**
 * Request context and proxy base of the fake Excel. Like Office.js, every property write and
 * method call is queued and applied on `context.sync()`; a property can be read only after it
 * was loaded and synced (otherwise "PropertyNotLoaded"), and `isNullObject` only after a sync.
 */

import type { FakeWorkbookState } from "./fake-state";

/**
 * What the fake counts per queued operation besides its payload, like an action of Microsoft's
 * request serializer (id, type, object path, argument envelope; measured ≈125 B with payload).
 */
export const FAKE_ACTION_BYTES = 100;

/** Estimated size of one sync: request (actions + JSON payloads) and response (loaded JSON). */
export interface FakeSyncSize {
  request: number;
  response: number;
}

export class FakeContext {
  private queue: Array<() => void> = [];
  private request = 0;
  private response = 0;

  constructor(
    readonly state: FakeWorkbookState,
    private readonly onSync: (size: FakeSyncSize) => void,
  ) {}

  /** Queues an operation; `payload` = JSON bytes of its argument (values, formulas, formats). */
  enqueue(op: () => void, payload = 0): void {
    this.queue.push(op);
    this.request += FAKE_ACTION_BYTES + payload;
  }

  /** Counts bytes a queued load returns (called while the sync applies it). */
  responded(bytes: number): void {
    this.response += bytes;
  }

  get pending(): number {
    return this.queue.length;
  }

  /**
   * Applies the queued commands in order (including commands an applied one queues, e.g. the
   * items of a loaded collection); the first failing one rejects the sync (no rollback).
   */
  sync(): Promise<void> {
    try {
      for (let i = 0; i < this.queue.length; i++) this.queue[i]();
      return Promise.resolve();
    } catch (e) {
      return Promise.reject(e instanceof Error ? e : new Error(String(e)));
    } finally {
      this.onSync({ request: this.request, response: this.response });
      this.queue = [];
      this.request = 0;
      this.response = 0;
    }
  }
}

export function notLoaded(prop: string): Error {
  return new Error(`PropertyNotLoaded: properti "${prop}" belum dimuat (load + sync dulu)`);
}

type LoadArg = string | string[] | { select?: string } | undefined;

function parseProps(props: LoadArg, defaults: string[]): string[] {
  if (props === undefined) return defaults;
  const text =
    typeof props === "string" ? props : Array.isArray(props) ? props.join(",") : (props.select ?? "");
  const list = text
    .split(",")
    .map((p) => p.trim())
    .filter((p) => p !== "");
  return list.length > 0 ? list : defaults;
}

export abstract class FakeProxy {
  protected readonly loaded = new Map<string, unknown>();
  private isResolved = false;
  private nullObject = false;

  constructor(protected readonly ctx: FakeContext) {}

  /** Known after the sync that follows the proxy's creation, as in Office.js. */
  get isNullObject(): boolean {
    if (!this.isResolved) throw notLoaded("isNullObject");
    return this.nullObject;
  }

  protected markResolved(isNull: boolean): void {
    this.isResolved = true;
    this.nullObject = isNull;
  }

  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw notLoaded(prop);
    return this.loaded.get(prop) as T;
  }

  /** Properties loaded by `load()` without arguments. */
  protected abstract defaultProps(): string[];

  /** The current value of a property in the workbook state (called during sync). */
  protected abstract snapshot(prop: string): unknown;

  load(props?: LoadArg): this {
    const list = parseProps(props, this.defaultProps());
    this.ctx.enqueue(() => {
      if (this.nullObject) return;
      for (const p of list) {
        const value = this.snapshot(p);
        this.loaded.set(p, value);
        this.ctx.responded(JSON.stringify(value)?.length ?? 0);
      }
    });
    return this;
  }
}
