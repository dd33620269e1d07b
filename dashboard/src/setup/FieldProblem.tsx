/** A field's problem, beside it, announced; `id` is what the input's aria-describedby names. */
export function FieldProblem({ id, message }: { id: string; message: string | undefined }) {
  return message === undefined ? null : (
    <span class="field-error" role="alert" id={id}>
      {message}
    </span>
  );
}
