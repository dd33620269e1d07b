import { useEffect, useRef, useState } from "preact/hooks";
import type { ClockView } from "../view";
import { slaAnnouncement, tonesOf, type Tones } from "./sla-announcement";

/**
 * One polite live region for SLA warnings and breaches: its text changes only when a clock turns
 * warning or breached (slaAnnouncement), never on the countdown's ticks. `threadKey` resets it, so
 * opening another thread is no news.
 */
export function SlaAnnouncer({ clocks, threadKey }: { clocks: readonly ClockView[]; threadKey: string }) {
  const seen = useRef<{ key: string; tones: Tones } | null>(null);
  const [said, setSaid] = useState("");
  useEffect(() => {
    const before = seen.current?.key === threadKey ? seen.current.tones : null;
    const news = slaAnnouncement(before, clocks);
    if (before === null) setSaid("");
    else if (news !== null) setSaid(news);
    seen.current = { key: threadKey, tones: tonesOf(clocks) };
  }, [clocks, threadKey]);
  return (
    <p class="sr-only" aria-live="polite" data-testid="sla-announcement">
      {said}
    </p>
  );
}
