/** "Ana Lima <ana@x.test>" -> "ana@x.test"; a bare address is lower-cased as it is. */
export function bareAddress(value: string): string {
  return (/<([^<>]*)>\s*$/.exec(value)?.[1] ?? value).trim().toLowerCase();
}
