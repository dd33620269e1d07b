// The Firestore emulator is a Java program. Developers should not have to know that: when `java` is
// missing we install Debian's headless JRE (17, the newest bookworm ships; firebase-tools 14.27 accepts
// it) if we are root, and otherwise say exactly what to run.
import { execFileSync, spawnSync } from "node:child_process";

function hasJava() {
  return spawnSync("java", ["-version"], { stdio: "ignore" }).status === 0;
}

export function ensureJava() {
  if (hasJava()) return;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const hasApt = spawnSync("apt-get", ["--version"], { stdio: "ignore" }).status === 0;
  if (!isRoot || !hasApt) {
    throw new Error(
      "Java is required by the Firestore emulator but `java` was not found.\n" +
        "Install a JRE 17+ (e.g. `sudo apt-get install -y openjdk-17-jre-headless` or " +
        "`brew install openjdk@17`) and run the command again.",
    );
  }
  console.log("Java not found: installing openjdk-17-jre-headless (one time, about a minute)...");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "--no-install-recommends", "openjdk-17-jre-headless"], {
    stdio: "inherit",
    env,
  });
  if (!hasJava()) throw new Error("openjdk-17-jre-headless was installed but `java` still does not run.");
}
