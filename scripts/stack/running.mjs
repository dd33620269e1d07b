// Knowing whether a Baton stack already runs, so a second `npm start` says so instead of failing on a
// port halfway through starting the emulators.
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createConnection } from "node:net";

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return error.code === "EPERM";
  }
}

/** The pid recorded in the lock file, when that process still runs. */
export function runningPid(lockPath) {
  if (!existsSync(lockPath)) return null;
  try {
    const { pid } = JSON.parse(readFileSync(lockPath, "utf8"));
    return Number.isInteger(pid) && pid !== process.pid && isAlive(pid) ? pid : null;
  } catch {
    return null; // a torn or foreign file: treat as stale
  }
}

export function writeLock(lockPath) {
  writeFileSync(lockPath, JSON.stringify({ pid: process.pid, startedAt: new Date().toISOString() }));
}

export function removeLock(lockPath) {
  if (runningPid(lockPath) === null) rmSync(lockPath, { force: true });
}

function isListening(host, port) {
  return new Promise((resolve) => {
    const socket = createConnection({ host, port });
    const done = (listening) => {
      socket.destroy();
      resolve(listening);
    };
    socket.setTimeout(500, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}

/** The ports of `ports` (name -> number) that something already listens on. */
export async function busyPorts(host, ports) {
  const checks = await Promise.all(
    Object.entries(ports).map(async ([name, port]) =>
      (await isListening(host, port)) ? [[name, port]] : [],
    ),
  );
  return checks.flat();
}
