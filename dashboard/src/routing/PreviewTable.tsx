import type { RoutingPreviewResponse } from "@baton/shared";

/**
 * What the draft would do to the mailbox's last conversations: per conversation the rules that
 * fire with their actions, and the one-line reasons the sidebars would show; per rule how many it
 * would fire on.
 */
export function PreviewTable({
  preview,
  rules,
}: {
  preview: RoutingPreviewResponse;
  rules: ReadonlyArray<{ id: string; name: string }>;
}) {
  return (
    <section aria-labelledby="preview-title" class="preview">
      <h4 id="preview-title">Preview: the last {preview.evaluated} conversations</h4>
      <p role="status">
        {rules.length === 0
          ? "No rules."
          : rules.map((r) => `'${r.name}' would fire on ${preview.firedByRule[r.id] ?? 0}`).join("; ")}
        . Nothing was changed.
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">Conversation</th>
            <th scope="col">Rules that fire</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {preview.conversations.map((c) => (
            <tr>
              <th scope="row">
                {c.subject || "(no subject)"} <span class="muted">{c.from}</span>
              </th>
              <td>
                {c.fired.length === 0
                  ? "none"
                  : [...new Set(c.fired.map((f) => f.ruleName))].map((name) => <div>{name}</div>)}
              </td>
              <td>
                {c.sentences.length === 0 ? (
                  <span class="muted">Nothing would change.</span>
                ) : (
                  c.sentences.map((s) => <div>{s}</div>)
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
