CREATE TABLE `article_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` integer NOT NULL,
	`version` integer NOT NULL,
	`title` text NOT NULL,
	`body` text NOT NULL,
	`source` text NOT NULL,
	`source_url` text,
	`created_by` integer NOT NULL,
	`created_at` integer DEFAULT (cast((julianday('now') - 2440587.5) * 86400000 as integer)) NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `article_versions_article_version_idx` ON `article_versions` (`article_id`,`version`);--> statement-breakpoint
CREATE INDEX `article_versions_created_by_idx` ON `article_versions` (`created_by`);--> statement-breakpoint
ALTER TABLE `articles` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `claims` ADD `quote_prefix` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `claims` ADD `quote_suffix` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `claims` ADD `needs_recheck` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `claims` ADD `orphaned_at` integer;--> statement-breakpoint
CREATE INDEX `claims_needs_recheck_idx` ON `claims` (`article_id`) WHERE needs_recheck = 1 AND deleted_at IS NULL;--> statement-breakpoint
-- Every article so far is its own first version.
INSERT INTO `article_versions` (`article_id`, `version`, `title`, `body`, `source`, `source_url`, `created_by`, `created_at`)
SELECT `id`, 1, `title`, `body`, 'import', `source_url`, `created_by`, `created_at` FROM `articles`;
--> statement-breakpoint
-- A version's text is never changed or removed: the history of an article is its versions.
CREATE TRIGGER article_versions_no_update
BEFORE UPDATE ON article_versions
BEGIN
  SELECT RAISE(ABORT, 'article_versions is append-only: UPDATE is not allowed');
END;
--> statement-breakpoint
CREATE TRIGGER article_versions_no_delete
BEFORE DELETE ON article_versions
BEGIN
  SELECT RAISE(ABORT, 'article_versions is append-only: DELETE is not allowed');
END;
--> statement-breakpoint
CREATE TRIGGER article_versions_no_replace
BEFORE INSERT ON article_versions
WHEN NEW.id IS NOT NULL AND EXISTS (SELECT 1 FROM article_versions WHERE id = NEW.id)
BEGIN
  SELECT RAISE(ABORT, 'article_versions is append-only: REPLACE is not allowed');
END;
