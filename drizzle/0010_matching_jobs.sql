CREATE TABLE `matching_jobs` (
	`article_id` integer PRIMARY KEY NOT NULL,
	`owner` text NOT NULL,
	`heartbeat_at` integer NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE no action
);
