import NextAuth from "next-auth";
import { authConfig } from "./auth.config";

const { auth } = NextAuth(authConfig);

// Only sends signed-out visitors to the sign-in page; every page, action and route
// handler still checks the session and role itself.
export default auth;

export const config = {
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico).*)"],
};
