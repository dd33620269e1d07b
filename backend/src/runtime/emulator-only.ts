/**
 * The one way a trigger exists in only one of the two worlds. The Functions emulator sets
 * FUNCTIONS_EMULATOR=true while it discovers and runs the functions; a deploy's discovery does not.
 * A trigger that must not exist in a world is left undefined there, so it is never registered: an
 * emulator-only endpoint is not deployed at all (no URL to probe), rather than deployed and refusing.
 */
type Env = Readonly<Record<string, string | undefined>>;

export function inEmulator(env: Env = process.env): boolean {
  return env.FUNCTIONS_EMULATOR === "true";
}

/** Defines the trigger only under the emulator (on-demand runs of what a schedule does when deployed). */
export function emulatorOnly<T>(define: () => T, env: Env = process.env): T | undefined {
  return inEmulator(env) ? define() : undefined;
}

/** Defines the trigger only when deployed (it needs a service the emulator lacks, e.g. Cloud Tasks). */
export function deployedOnly<T>(define: () => T, env: Env = process.env): T | undefined {
  return inEmulator(env) ? undefined : define();
}
