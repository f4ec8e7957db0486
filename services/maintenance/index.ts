/**
 * Storage maintenance for the CLI: online backup and the search index. Each is engine-specific
 * (SQLite's backup API, FTS5), so it lives in db/; this is the one door the CLI uses, and the one
 * place a second storage engine would answer with its own tools.
 */
export { backupDatabase, DEFAULT_PAGES_PER_STEP, type BackupOptions, type BackupSummary } from "@/db/backup";
export { checkSearchIndex, optimizeSearchIndex, rebuildSearchIndex } from "@/db/search/index";
export { rebuildDashboardSummaries } from "@/db/dashboard/summaries";
