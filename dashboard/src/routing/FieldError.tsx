/** The sentence beside a field, announced when it appears; `err-{path}` is what the field's aria-describedby names. */
export function FieldError({ marks, path }: { marks: Readonly<Record<string, string>>; path: string }) {
  const message = marks[path];
  return message === undefined ? null : (
    <span class="field-error" role="alert" id={errorId(path)}>
      {message}
    </span>
  );
}

export function errorId(path: string): string {
  return `err-${path.replace(/[^A-Za-z0-9_-]/g, "_")}`;
}

/** The attributes that tie a field to its error. */
export function invalidProps(marks: Readonly<Record<string, string>>, path: string) {
  return { "aria-invalid": marks[path] !== undefined, "aria-describedby": errorId(path) };
}
