// Auth emulator users for every demo member, with the custom claims the rules and the API read.
import type { Auth, UserRecord } from "firebase-admin/auth";
import { DEMO_ORG, DEMO_PASSWORD, MEMBERS, type DemoMember } from "./people";

function isUserNotFound(error: unknown): boolean {
  return (error as { code?: unknown }).code === "auth/user-not-found";
}

async function upsertUser(auth: Auth, member: DemoMember): Promise<UserRecord> {
  const profile = {
    email: member.email,
    emailVerified: true,
    displayName: member.name,
    password: DEMO_PASSWORD,
  };
  try {
    const existing = await auth.getUserByEmail(member.email);
    return await auth.updateUser(existing.uid, profile);
  } catch (error) {
    if (!isUserNotFound(error)) throw error;
    return auth.createUser(profile);
  }
}

export async function seedUsers(auth: Auth): Promise<void> {
  await Promise.all(
    MEMBERS.map(async (member) => {
      const user = await upsertUser(auth, member);
      await auth.setCustomUserClaims(user.uid, { org: DEMO_ORG, role: member.role });
    }),
  );
}
