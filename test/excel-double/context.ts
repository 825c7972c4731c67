/**
 * Request context of the Excel double with Office.js batch semantics: operations are queued and
 * run at `sync()`, in order; the first failing one rejects the sync and drops the rest (operations
 * before it stay applied, as in Excel). Counts syncs and measures each sync's payload.
 */
import type { ModelWorkbook } from "./model";

/** What a test or benchmark reads back about the round trips. */
export interface SyncStats {
  syncs: number;
  /** Largest single sync: JSON bytes of the queued operations plus JSON bytes of the loaded data. */
  maxRequestBytes: number;
  /** Bytes of every sync, in order. */
  requestBytes: number[];
}

export function createStats(): SyncStats {
  return { syncs: 0, maxRequestBytes: 0, requestBytes: [] };
}

export function resetStats(stats: SyncStats): void {
  stats.syncs = 0;
  stats.maxRequestBytes = 0;
  stats.requestBytes.length = 0;
}

/** An error shaped like `OfficeExtension.Error`: `code` from `Excel.ErrorCodes`. */
export class FakeOfficeError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
  }
}

export function notLoaded(property: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

interface Operation {
  /** JSON-able description of what goes over the wire. */
  request: unknown;
  /** Runs at sync; returns the JSON-able data sent back (loads) or undefined. */
  run: () => unknown;
}

const encoder = new TextEncoder();

function jsonBytes(value: unknown): number {
  return value === undefined ? 0 : encoder.encode(JSON.stringify(value)).length;
}

export class FakeContext {
  private queue: Operation[] = [];

  constructor(
    readonly model: ModelWorkbook,
    readonly stats: SyncStats,
  ) {}

  enqueue(request: unknown, run: () => unknown): void {
    this.queue.push({ request, run });
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    this.stats.syncs++;
    let bytes = jsonBytes(ops.map((o) => o.request));
    try {
      for (const op of ops) bytes += jsonBytes(op.run());
    } finally {
      this.stats.requestBytes.push(bytes);
      if (bytes > this.stats.maxRequestBytes) this.stats.maxRequestBytes = bytes;
    }
  }
}
