import { spawn, type ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

export interface HttpChild {
  /** http://127.0.0.1:<port> */
  url: string;
  process: ChildProcess;
  /** Resolves when the process has ended, with its exit code or the signal that ended it. */
  exited: Promise<number | NodeJS.Signals | null>;
  /** Ends the process with SIGTERM (or the signal given) and waits until it is gone. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export interface SpawnOptions {
  /** The TypeScript entry file, run by this Node with tsx as the loader (one process: a signal reaches the server itself). */
  script: string;
  cwd: string;
  port: number;
  env: Record<string, string>;
  /** A path that answers 2xx once the server is ready. */
  readyPath?: string;
  /** Milliseconds to wait for it (default 60 s: a cold tsx start on a busy machine can be slow). */
  readyTimeout?: number;
}

/**
 * Starts a TypeScript HTTP server as a child process and resolves once `readyPath` answers. If the
 * child exits first, or does not answer in time, it rejects with what the child wrote to stderr.
 *
 * @example const child = await spawnHttpChild({ script: 'server/main.ts', cwd, port, env: { PORT: String(port) } });
 */
export async function spawnHttpChild({ script, cwd, port, env, readyPath = '/', readyTimeout = 60_000 }: SpawnOptions): Promise<HttpChild> {
  const child = spawn(process.execPath, ['--import', 'tsx', script], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-4000)));
  const exited = new Promise<number | NodeJS.Signals | null>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));
  let gone = false;
  void exited.then(() => (gone = true));
  const url = `http://127.0.0.1:${port}`;
  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (!gone) child.kill(signal);
    // A server that does not end on SIGTERM within 10 s (a connection held open) is killed.
    const slow = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(slow);
  };

  const deadline = Date.now() + readyTimeout;
  while (!gone) {
    try {
      const response = await fetch(url + readyPath, { signal: AbortSignal.timeout(2000) });
      await response.arrayBuffer();
      if (response.ok) return { url, process: child, exited, stop };
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await stop('SIGKILL');
      throw new Error(`${script} did not answer ${url}${readyPath} within ${readyTimeout / 1000} s:\n${stderr}`);
    }
    await sleep(100);
  }
  throw new Error(`${script} exited (${await exited}) before it answered ${url}${readyPath}:\n${stderr}`);
}
