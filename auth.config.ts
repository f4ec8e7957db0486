import type { NextAuthConfig } from "next-auth";
import type { Role } from "@/lib/vocabulary";

/**
 * Auth.js settings with no database or argon2 imports, kept apart from auth.ts so they
 * stay safe to load anywhere. Authorization happens in each page, action and route handler.
 */
export const authConfig = {
  trustHost: true,
  pages: { signIn: "/signin" },
  // A working day; the proxy does not roll sessions forward (see proxy.ts).
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = Number(user.id);
        token.role = user.role;
        token.sv = user.sessionVersion;
        token.sid = crypto.randomUUID();
      }
      return token;
    },
    session({ session, token }) {
      if (session.user) {
        session.user.id = String(token.uid);
        session.user.role = token.role as Role;
        session.sessionVersion = token.sv ?? 0;
        session.sessionId = token.sid ?? null;
      }
      return session;
    },
  },
} satisfies NextAuthConfig;

declare module "next-auth" {
  interface User {
    role: Role;
    /** The user's session version when this session was issued (see users.session_version). */
    sessionVersion: number;
  }
  interface Session {
    user: { id: string; role: Role; name?: string | null; email?: string | null };
    sessionVersion: number;
    /** Identifies this session, so signing out can end it (see ended_sessions). */
    sessionId: string | null;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    uid?: number;
    role?: Role;
    sv?: number;
    sid?: string;
  }
}
