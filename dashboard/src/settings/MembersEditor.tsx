import { ROLES } from "@baton/shared";
import { useState } from "preact/hooks";
import type { ApiClient } from "../api/client";
import { ErrorLine } from "../app/ErrorLine";
import type { Me } from "../app/types";

/** Members and roles: PUT /members/{email} per change, and adding someone by address. */
export function MembersEditor({ api, me, editable }: { api: ApiClient; me: Me; editable: boolean }) {
  const [members, setMembers] = useState(me.members);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<string>("agent");

  const put = (address: string, nextRole: string, name?: string) => {
    setError(null);
    setStatus(null);
    api
      .put<{ member: { email: string; name: string; role: string } }>(
        `/members/${encodeURIComponent(address)}`,
        {
          role: nextRole,
          ...(name === undefined || name === "" ? {} : { name }),
        },
      )
      .then(({ member }) => {
        setMembers((list) =>
          [...list.filter((m) => m.email !== member.email), member].sort((a, b) =>
            a.email < b.email ? -1 : 1,
          ),
        );
        setStatus(`${member.email} is now ${member.role}.`);
        setEmail("");
      }, setError);
  };

  return (
    <section aria-labelledby="members-title">
      <h3 id="members-title">Members and roles</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">Member</th>
            <th scope="col">Role</th>
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <tr>
              <th scope="row">
                {m.name} <span class="muted">{m.email}</span>
              </th>
              <td>
                <select
                  aria-label={`Role of ${m.email}`}
                  value={m.role}
                  disabled={!editable}
                  onChange={(e) => {
                    put(m.email, e.currentTarget.value);
                  }}
                >
                  {ROLES.map((r) => (
                    <option value={r}>{r}</option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {editable && (
        <form
          class="toolbar"
          onSubmit={(e) => {
            e.preventDefault();
            put(email.trim(), role);
          }}
        >
          <label>
            Add member{" "}
            <input
              type="email"
              value={email}
              required
              onInput={(e) => {
                setEmail(e.currentTarget.value);
              }}
            />
          </label>
          <label>
            as{" "}
            <select
              value={role}
              onChange={(e) => {
                setRole(e.currentTarget.value);
              }}
            >
              {ROLES.map((r) => (
                <option value={r}>{r}</option>
              ))}
            </select>
          </label>
          <button type="submit">Add</button>
        </form>
      )}
      {error !== null && <ErrorLine error={error} />}
      {status !== null && <p role="status">{status}</p>}
    </section>
  );
}
