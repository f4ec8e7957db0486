CREATE TABLE `checkworthiness_models` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`version` text NOT NULL,
	`status` text DEFAULT 'training' NOT NULL,
	`seed` integer NOT NULL,
	`desk_labels` integer NOT NULL,
	`progress` real DEFAULT 0 NOT NULL,
	`phase` text DEFAULT 'Waiting to start' NOT NULL,
	`weights` text,
	`figures` text,
	`error` text,
	`created_by` integer NOT NULL,
	`created_at` integer DEFAULT (cast((julianday('now') - 2440587.5) * 86400000 as integer)) NOT NULL,
	`updated_at` integer DEFAULT (cast((julianday('now') - 2440587.5) * 86400000 as integer)) NOT NULL,
	`finished_at` integer,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `checkworthiness_models_version_unique` ON `checkworthiness_models` (`version`);--> statement-breakpoint
CREATE INDEX `checkworthiness_models_status_idx` ON `checkworthiness_models` (`status`,`id`);--> statement-breakpoint
CREATE UNIQUE INDEX `checkworthiness_models_one_training_idx` ON `checkworthiness_models` (`status`) WHERE status = 'training';--> statement-breakpoint
CREATE INDEX `checkworthiness_models_created_by_idx` ON `checkworthiness_models` (`created_by`);--> statement-breakpoint
ALTER TABLE `claims` ADD `model_version` text;--> statement-breakpoint
CREATE INDEX `claim_events_manual_created_idx` ON `claim_events` (`claim_id`) WHERE kind = 'created' AND json_extract(payload, '$.manual') = 1;--> statement-breakpoint
-- Trained models are history: a finished row (ready or failed) never changes, no row is deleted,
-- and what identifies a model (its version, seed, labels, author, time) never changes even while
-- it trains. Only a training row's progress, heartbeat and outcome move.
CREATE TRIGGER checkworthiness_models_no_delete
BEFORE DELETE ON checkworthiness_models
BEGIN
  SELECT RAISE(ABORT, 'checkworthiness_models is append-only: DELETE is not allowed');
END;
--> statement-breakpoint
CREATE TRIGGER checkworthiness_models_finished
BEFORE UPDATE ON checkworthiness_models
WHEN OLD.status <> 'training'
BEGIN
  SELECT RAISE(ABORT, 'checkworthiness_models: a finished model cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER checkworthiness_models_identity
BEFORE UPDATE ON checkworthiness_models
WHEN NEW.id IS NOT OLD.id OR NEW.version IS NOT OLD.version OR NEW.seed IS NOT OLD.seed OR NEW.desk_labels IS NOT OLD.desk_labels
  OR NEW.created_by IS NOT OLD.created_by OR NEW.created_at IS NOT OLD.created_at
BEGIN
  SELECT RAISE(ABORT, 'checkworthiness_models: a model''s version, seed, labels and author cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER checkworthiness_models_ready_has_weights
BEFORE UPDATE ON checkworthiness_models
WHEN NEW.status = 'ready' AND (NEW.weights IS NULL OR NEW.figures IS NULL)
BEGIN
  SELECT RAISE(ABORT, 'checkworthiness_models: a ready model needs its weights and figures');
END;
--> statement-breakpoint
CREATE TRIGGER checkworthiness_models_no_replace
BEFORE INSERT ON checkworthiness_models
WHEN NEW.id IS NOT NULL AND EXISTS (SELECT 1 FROM checkworthiness_models WHERE id = NEW.id)
BEGIN
  SELECT RAISE(ABORT, 'checkworthiness_models is append-only: REPLACE is not allowed');
END;
