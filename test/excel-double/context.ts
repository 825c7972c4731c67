/**
 * Request context of the Excel double with Office.js batch semantics: operations are queued and
 * run at `sync()`, in order; the first failing one rejects the sync and drops the rest (operations
 * before it stay applied, as in Excel). Counts syncs and measures each sync's payload.
 */
import type { ModelWorkbook } from "./model";

/** What a test or benchmark reads back about the round trips. */
export interface SyncStats {
  syncs: number;
  /**
   * Test hook: the code Excel fails sync number `n` (1-based, counted since the last reset) with,
   * or null. The sync then runs nothing, as Excel does when it refuses a request outright.
   */
  refuse?: (n: number) => string | null;
  /**
   * Test hook: sync number `n` fails with `code` at its operation number `at` (0-based, in the
   * order queued), as Excel fails a batch at its first failing operation: those before it stay
   * applied, none after it runs. Null: the sync runs normally.
   */
  failPartWay?: (n: number) => { code: string; at: number } | null;
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

/** Excel on the web refuses a request or a response larger than 5 MB (taken as 5 000 000 bytes). */
export const PAYLOAD_LIMIT_BYTES = 5_000_000;

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
  /** Bytes of the object paths (getItem("…"), getRanges("…")…) the next request carries. */
  private pathBytes = 0;

  constructor(
    readonly model: ModelWorkbook,
    readonly stats: SyncStats,
  ) {}

  enqueue(request: unknown, run: () => unknown): void {
    this.queue.push({ request, run });
  }

  /** A proxy was made from a method call: its name and arguments travel with the next request. */
  path(method: string, ...args: unknown[]): void {
    this.pathBytes += jsonBytes({ [method]: args });
  }

  /**
   * Runs the queue as one round trip with Excel on the web's limits: a request over the payload
   * limit is refused before anything runs; a response over it fails the sync (writes queued before
   * the loads stay applied, as for any failing batch).
   */
  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    this.stats.syncs++;
    const refused = this.stats.refuse?.(this.stats.syncs) ?? null;
    if (refused !== null) {
      this.pathBytes = 0;
      throw new FakeOfficeError(refused, `The double refuses sync ${this.stats.syncs}.`);
    }
    const request = jsonBytes(ops.map((o) => o.request)) + this.pathBytes;
    this.pathBytes = 0;
    let response = 0;
    try {
      if (request > PAYLOAD_LIMIT_BYTES)
        throw new FakeOfficeError(
          "RequestPayloadSizeLimitExceeded",
          "The request payload size has exceeded the limit.",
        );
      const partWay = this.stats.failPartWay?.(this.stats.syncs) ?? null;
      ops.forEach((op, i) => {
        if (partWay !== null && i === partWay.at)
          throw new FakeOfficeError(
            partWay.code,
            `The double fails sync ${this.stats.syncs} at operation ${i}.`,
          );
        response += jsonBytes(op.run());
      });
      if (response > PAYLOAD_LIMIT_BYTES)
        throw new FakeOfficeError(
          "ResponsePayloadSizeLimitExceeded",
          "The response payload size has exceeded the limit.",
        );
    } finally {
      const bytes = request + response;
      this.stats.requestBytes.push(bytes);
      if (bytes > this.stats.maxRequestBytes) this.stats.maxRequestBytes = bytes;
    }
  }
}
