import Link from "next/link";
import { headers } from "next/headers";
import { PUBLIC_PAGE_HEADER } from "@/lib/public-page";
import { getCurrentUser } from "@/server/session";
import { can } from "@/lib/permissions";
import { ROLE_LABELS } from "@/lib/vocabulary";
import { HeaderSearch } from "./header-search";

/** The app header; the layout passes in the sign-out action (components never import app/). */
export async function SiteHeader({ signOutAction }: { signOutAction: () => Promise<void> }) {
  // Public report pages carry their publisher's masthead, not the desk's navigation.
  if ((await headers()).get(PUBLIC_PAGE_HEADER)) return null;
  const user = await getCurrentUser();
  return (
    <header className="border-b border-stone-200 bg-white">
      <nav aria-label="Main" className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <Link href="/articles" className="text-lg font-semibold tracking-tight">
          ClaimDesk
        </Link>
        {user && (
          <>
            <Link href="/articles" className="text-sm hover:underline">Articles</Link>
            <Link href="/articles/new" className="text-sm hover:underline">Add article</Link>
            {can(user.role, "dashboard:view") && <Link href="/dashboard" className="text-sm hover:underline">Dashboard</Link>}
            {can(user.role, "export:bulk") && <Link href="/export" className="text-sm hover:underline">Export</Link>}
            {can(user.role, "model:manage") && <Link href="/model" className="text-sm hover:underline">Model</Link>}
            {can(user.role, "users:manage") && <Link href="/admin/users" className="text-sm hover:underline">Users</Link>}
            {can(user.role, "desk:settings") && <Link href="/admin/desk" className="text-sm hover:underline">Desk settings</Link>}
            <Link href="/settings" className="text-sm hover:underline">Settings</Link>
            <HeaderSearch />
            <span className="ml-auto text-sm text-stone-600" data-testid="current-user">
              {user.name} · {ROLE_LABELS[user.role]}
            </span>
            <form action={signOutAction}>
              <button type="submit" className="rounded border border-stone-300 px-2 py-1 text-sm hover:bg-stone-100">
                Sign out
              </button>
            </form>
          </>
        )}
      </nav>
    </header>
  );
}
