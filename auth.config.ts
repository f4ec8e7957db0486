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
      }
      return token;
    },
    session({ session, token }) {
      if (session.user) {
        session.user.id = String(token.uid);
        session.user.role = token.role as Role;
      }
      return session;
    },
  },
} satisfies NextAuthConfig;

declare module "next-auth" {
  interface User {
    role: Role;
  }
  interface Session {
    user: { id: string; role: Role; name?: string | null; email?: string | null };
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    uid?: number;
    role?: Role;
  }
}
