CREATE TABLE `desk_settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_by` integer,
	`created_at` integer DEFAULT (cast((julianday('now') - 2440587.5) * 86400000 as integer)) NOT NULL,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `publications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` integer NOT NULL,
	`version` integer NOT NULL,
	`article_version` integer NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`report_json` text NOT NULL,
	`sha256` text NOT NULL,
	`published_by` integer NOT NULL,
	`published_at` integer NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`published_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `publications_article_version_idx` ON `publications` (`article_id`,`version`);--> statement-breakpoint
CREATE INDEX `publications_published_by_idx` ON `publications` (`published_by`);--> statement-breakpoint
CREATE TABLE `report_withdrawals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` integer NOT NULL,
	`reason` text NOT NULL,
	`withdrawn_by` integer NOT NULL,
	`withdrawn_at` integer NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`withdrawn_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `report_withdrawals_article_idx` ON `report_withdrawals` (`article_id`);--> statement-breakpoint
CREATE INDEX `report_withdrawals_by_idx` ON `report_withdrawals` (`withdrawn_by`);--> statement-breakpoint
ALTER TABLE `articles` ADD `slug` text;--> statement-breakpoint
CREATE UNIQUE INDEX `articles_slug_unique` ON `articles` (`slug`);--> statement-breakpoint
ALTER TABLE `claims` ADD `awaiting_confirmation` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `claims` ADD `source_owner_id` integer REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `claims` ADD `source_due_at` integer;--> statement-breakpoint
CREATE INDEX `claims_awaiting_idx` ON `claims` (`article_id`) WHERE awaiting_confirmation = 1 AND deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `claims_source_due_idx` ON `claims` (`source_due_at`) WHERE status = 'needs_source' AND source_due_at IS NOT NULL AND deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `claims_source_owner_idx` ON `claims` (`source_owner_id`);--> statement-breakpoint
-- A published version is a record of what was said: never changed, never removed.
CREATE TRIGGER publications_no_update
BEFORE UPDATE ON publications
BEGIN
  SELECT RAISE(ABORT, 'publications are append-only: UPDATE is not allowed');
END;
--> statement-breakpoint
CREATE TRIGGER publications_no_delete
BEFORE DELETE ON publications
BEGIN
  SELECT RAISE(ABORT, 'publications are append-only: DELETE is not allowed');
END;
--> statement-breakpoint
-- INSERT OR REPLACE removes a conflicting row without firing DELETE triggers: refuse any insert
-- that would collide with an existing row, by id or by (article, version).
CREATE TRIGGER publications_no_replace
BEFORE INSERT ON publications
WHEN EXISTS (SELECT 1 FROM publications WHERE id = NEW.id OR (article_id = NEW.article_id AND version = NEW.version))
BEGIN
  SELECT RAISE(ABORT, 'publications are append-only: REPLACE is not allowed');
END;
--> statement-breakpoint
CREATE TRIGGER report_withdrawals_no_update
BEFORE UPDATE ON report_withdrawals
BEGIN
  SELECT RAISE(ABORT, 'report_withdrawals is append-only: UPDATE is not allowed');
END;
--> statement-breakpoint
CREATE TRIGGER report_withdrawals_no_delete
BEFORE DELETE ON report_withdrawals
BEGIN
  SELECT RAISE(ABORT, 'report_withdrawals is append-only: DELETE is not allowed');
END;
--> statement-breakpoint
CREATE TRIGGER report_withdrawals_no_replace
BEFORE INSERT ON report_withdrawals
WHEN EXISTS (SELECT 1 FROM report_withdrawals WHERE id = NEW.id)
BEGIN
  SELECT RAISE(ABORT, 'report_withdrawals is append-only: REPLACE is not allowed');
END;
--> statement-breakpoint
-- The two-person rule starts on for Disputed verdicts.
INSERT INTO `desk_settings` (`key`, `value`) VALUES ('two_person_rule', 'disputed');
