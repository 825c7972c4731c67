/** `tdkt` run in-process through `main`, with its output captured. */
import { main } from "../../src/cli/index";

export interface Run {
  code: number;
  out: string;
  err: string;
}

export async function tdkt(...argv: string[]): Promise<Run> {
  const run = { code: 0, out: "", err: "" };
  run.code = await main(argv, {
    stdout: (t) => void (run.out += t),
    stderr: (t) => void (run.err += t),
    today: () => "2025-11-10",
  });
  return run;
}
