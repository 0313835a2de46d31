// Progress of a batch on stderr: a cli-progress bar (runs done, runs per second, ETA) on a
// terminal, a plain line every few seconds otherwise (logs, Slurm), nothing with --quiet.
import { SingleBar } from 'cli-progress';

/** Reports finished runs. */
export interface Progress {
  advance(): void;
  stop(): void;
}

const PLAIN_INTERVAL_MS = 10_000;

function seconds(s: number): string {
  if (!Number.isFinite(s)) return '?';
  if (s < 90) return `${Math.round(s)} s`;
  if (s < 5400) return `${Math.round(s / 60)} min`;
  return `${(s / 3600).toFixed(1)} h`;
}

/** A progress reporter for `total` runs of which `done` are already finished (resume). */
export function createProgress(label: string, total: number, done: number, quiet: boolean): Progress {
  if (quiet || total === done) return { advance() {}, stop() {} };
  const started = Date.now();
  let finished = done;
  const rate = () => (finished - done) / Math.max((Date.now() - started) / 1000, 1e-3);
  const eta = () => (total - finished) / rate();
  if (process.stderr.isTTY) {
    const bar = new SingleBar({
      stream: process.stderr,
      format: `${label} [{bar}] {value}/{total} runs | {speed} runs/s | ETA {remaining}`,
      hideCursor: true,
      clearOnComplete: true,
    });
    bar.start(total, done, { speed: '-', remaining: '?' });
    return {
      advance() {
        finished++;
        bar.update(finished, { speed: rate().toFixed(2), remaining: seconds(eta()) });
      },
      stop() {
        bar.stop();
      },
    };
  }
  let lastLine = started;
  process.stderr.write(`${label}: ${done}/${total} runs done\n`);
  return {
    advance() {
      finished++;
      if (Date.now() - lastLine < PLAIN_INTERVAL_MS && finished < total) return;
      lastLine = Date.now();
      process.stderr.write(`${label}: ${finished}/${total} runs, ${rate().toFixed(2)} runs/s, ETA ${seconds(eta())}\n`);
    },
    stop() {},
  };
}
