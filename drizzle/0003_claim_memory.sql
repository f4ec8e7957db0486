CREATE TABLE `claim_match_scans` (
	`claim_id` integer PRIMARY KEY NOT NULL,
	`scanned_at` integer NOT NULL,
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `claim_matches` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`claim_id` integer NOT NULL,
	`matched_claim_id` integer NOT NULL,
	`similarity` real NOT NULL,
	`same` integer DEFAULT false NOT NULL,
	`dismissed_at` integer,
	`dismissed_by` integer,
	`created_at` integer DEFAULT (cast((julianday('now') - 2440587.5) * 86400000 as integer)) NOT NULL,
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`matched_claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`dismissed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `claim_matches_pair_idx` ON `claim_matches` (`claim_id`,`matched_claim_id`);--> statement-breakpoint
CREATE INDEX `claim_matches_matched_idx` ON `claim_matches` (`matched_claim_id`);