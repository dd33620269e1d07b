import { isRole, ROLES, type Role } from "@baton/shared";
import { useState } from "preact/hooks";
import type { ApiClient } from "../api/client";
import { ErrorLine } from "../app/ErrorLine";
import type { Me } from "../app/types";
import { ConfirmRole, type RoleChange } from "./ConfirmRole";

/** Members and roles: PUT /members/{email} per change, and adding someone by address. */
export function MembersEditor({ api, me, editable }: { api: ApiClient; me: Me; editable: boolean }) {
  const [members, setMembers] = useState(me.members);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role>("agent");
  // A role menu asks before it applies: the change waits here until the admin confirms.
  const [pending, setPending] = useState<{ change: RoleChange; menu: HTMLSelectElement } | null>(null);

  const put = (address: string, nextRole: Role, name?: string) => {
    setError(null);
    setStatus(null);
    api
      .call("putMember", {
        params: { email: address },
        body: { role: nextRole, ...(name === undefined || name === "" ? {} : { name }) },
      })
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
                    const menu = e.currentTarget;
                    const next = menu.value;
                    // The menu shows the stored role until the change is confirmed.
                    menu.value = m.role;
                    if (isRole(next) && next !== m.role)
                      setPending({ change: { email: m.email, from: m.role, to: next }, menu });
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
        <p>
          <a href="#/routing">Availability: away until, skills, cap and working hours</a> (under Routing).
        </p>
      )}
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
                const next = e.currentTarget.value;
                if (isRole(next)) setRole(next);
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
      {pending !== null && (
        <ConfirmRole
          change={pending.change}
          returnTo={pending.menu}
          onConfirm={() => {
            const { email: address, to } = pending.change;
            setPending(null);
            if (isRole(to)) put(address, to);
          }}
          onCancel={() => {
            setPending(null);
          }}
        />
      )}
      {error !== null && <ErrorLine error={error} />}
      {status !== null && <p role="status">{status}</p>}
    </section>
  );
}
