/** How the dashboard's per-article table can be ordered. */
export const ARTICLE_SORTS = ["oldest_unreviewed", "progress", "unreviewed", "disputed", "last_activity", "created", "title"] as const;
export type ArticleSort = (typeof ARTICLE_SORTS)[number];
export type SortDir = "asc" | "desc";

/** The direction each sort starts with: the articles that need attention first. */
export const DEFAULT_SORT_DIR: Record<ArticleSort, SortDir> = {
  oldest_unreviewed: "asc",
  progress: "asc",
  unreviewed: "desc",
  disputed: "desc",
  last_activity: "desc",
  created: "desc",
  title: "asc",
};

/** Rows per page of the per-article table. */
export const ARTICLE_PAGE_SIZE = 50;
