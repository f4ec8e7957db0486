/**
 * The header's claim search box: a plain GET form to /search, so it works without JavaScript
 * and the query ends up in the URL. Its width never depends on focus: a box that narrowed as it
 * lost focus moved the Search button away between mouse-down and mouse-up, and the click landed
 * on nothing. From 1280 px it is narrower again, so an admin's full navigation (eight links,
 * the search, the name and Sign out) fits on one line at the header's full width.
 */
export function HeaderSearch({ defaultValue = "" }: { defaultValue?: string }) {
  return (
    <form action="/search" method="get" role="search" aria-label="Search claims" className="flex shrink-0 items-center gap-1">
      <label htmlFor="header-search-q" className="sr-only">
        Search claims
      </label>
      <input
        id="header-search-q"
        name="q"
        type="search"
        defaultValue={defaultValue}
        maxLength={500}
        placeholder="Search claims…"
        className="w-48 rounded border border-stone-300 px-2 py-1 text-sm sm:w-64 xl:w-48"
        data-testid="header-search"
      />
      <button type="submit" className="rounded border border-stone-300 px-2 py-1 text-sm hover:bg-stone-100" data-testid="header-search-submit">
        Search
      </button>
    </form>
  );
}
