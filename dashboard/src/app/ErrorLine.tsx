import { ApiError } from "../api/client";

/** An error as a sentence the reader can act on; never a stack trace. */
export function messageOf(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error && /auth\//.test(error.message))
    return "Sign-in failed: check the address and try again.";
  return "Something went wrong; try again in a moment.";
}

export function ErrorLine({ error }: { error: unknown }) {
  return (
    <p class="error" role="alert">
      {messageOf(error)}
    </p>
  );
}
