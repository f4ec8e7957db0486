/**
 * Request header set by proxy.ts (and only there: a client's own copy is dropped) on public
 * pages, the published reports: the layout then leaves the desk's navigation out.
 */
export const PUBLIC_PAGE_HEADER = "x-claimdesk-public-page";

export function isPublicPath(pathname: string): boolean {
  return pathname === "/reports" || pathname.startsWith("/reports/");
}
