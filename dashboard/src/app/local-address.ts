/**
 * The local sign-in's address, checked before the Auth emulator sees it. A plain check, not the
 * API's email schema: the sign-in page is first load, which stays free of zod; the API checks again.
 */
const ADDRESS = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function localAddressProblem(typed: string): string | null {
  const address = typed.trim();
  if (address === "") return "Type the address to sign in as, such as ana@acme.example.";
  if (!ADDRESS.test(address)) return `"${address}" is not an email address.`;
  return null;
}
