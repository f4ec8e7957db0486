import { NextResponse, type NextRequest } from "next/server";
import { isPublicPath, PUBLIC_PAGE_HEADER } from "@/lib/public-page";

const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

/**
 * Sends visitors without a session cookie to the sign-in page. It deliberately does not
 * decode or re-issue the session: a re-issued cookie on a prefetch racing a sign-out would
 * sign the user back in. Every page, action and route handler checks the session itself.
 */
export default function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  // Published reports are public; the header tells the layout to leave the desk's navigation out.
  const publicPage = isPublicPath(pathname);
  const headers = new Headers(request.headers);
  headers.delete(PUBLIC_PAGE_HEADER);
  if (publicPage) {
    headers.set(PUBLIC_PAGE_HEADER, "1");
    return NextResponse.next({ request: { headers } });
  }
  if (pathname === "/signin") return NextResponse.next({ request: { headers } });
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.get(name)?.value);
  if (hasSession) return NextResponse.next({ request: { headers } });
  const url = new URL("/signin", request.nextUrl.origin);
  if (pathname !== "/" && pathname !== "/articles") url.searchParams.set("callbackUrl", `${pathname}${search}`);
  return NextResponse.redirect(url);
}

export const config = {
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico).*)"],
};
