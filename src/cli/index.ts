#!/usr/bin/env node
/**
 * `tdkt`: the command line of Trợ lý TĐKT. `main` is the whole program with its I/O injected, so
 * the tests run it in-process; the last lines bind it to the real process.
 */
import { Command, CommanderError } from "commander";
import { registerCheckCommand, type CliIo } from "./check-command";
import { localise } from "./commander-vi";
import { registerConsolidateCommand } from "./consolidate-command";
import { errorMessage } from "../core/run";

export type { CliIo };

/** Runs `tdkt` with `argv` (the arguments after the program name); resolves to the exit code. */
export async function main(argv: string[], io: CliIo & { stderrIsTTY?: boolean }): Promise<number> {
  let code = 0;
  const done = (c: number): void => void (code = c);
  const program = localise(
    new Command("tdkt")
      .description("Trợ lý Thi đua – Khen thưởng: kiểm tra và tổng hợp danh sách đề nghị khen thưởng")
      .helpCommand("help [lệnh]", "Hiển thị trợ giúp của một lệnh")
      .showHelpAfterError("(Dùng «tdkt --help» để xem cách dùng.)"),
    io,
  );
  localise(registerCheckCommand(program, io, done), io);
  localise(registerConsolidateCommand(program, io, done), io);
  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    throw e;
  }
  return code;
}

if (require.main === module) {
  void main(process.argv.slice(2), {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    stderrIsTTY: process.stderr.isTTY,
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`Lỗi không mong đợi: ${errorMessage(e)}\n`);
      process.exitCode = 2;
    },
  );
}
