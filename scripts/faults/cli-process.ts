// The CLI as the fault campaign runs it: a real `hostchain` process (so kill -9 is a real crash),
// pointed at the campaign's own Neo4j and the loopback DNS/RDAP replay servers.
import { spawn } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');

export interface CliRun {
  /** Exit code (null when killed) and what it printed. */
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string }>;
  kill(): void;
}

export function runCli(args: string[], env: Record<string, string>): CliRun {
  const child = spawn(process.execPath, ['bin/hostchain.mjs', ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  return {
    done: new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, out }))),
    kill: () => void child.kill('SIGKILL'),
  };
}

/** Runs to the end; a run the database interrupted (exit 75) is run again, as its message says. */
export async function runToEnd(args: string[], env: Record<string, string>, maxRuns = 4): Promise<{ runs: number; out: string }> {
  for (let runs = 1; ; runs += 1) {
    const r = await runCli(args, env).done;
    if (r.code === 0) return { runs, out: r.out };
    if (r.code !== 75 || runs >= maxRuns) throw new Error(`hostchain ${args.join(' ')} exited ${r.code ?? r.signal}:\n${r.out.slice(-2000)}`);
  }
}
