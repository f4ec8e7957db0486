-- Search stemming and check-worthy ranking (db/search/index.ts holds the same statements; a test compares them).
-- Words stay indexed as written: stemming (English and Spanish Snowball) happens at query time against
-- the index's own vocabulary (claims_fts_terms, db/search/terms.ts), so the triggers stay plain SQL and
-- any connection (the sqlite3 shell included) can still write claims.
-- The meta column gains cw1 (check-worthy, or has a verdict) / cw0 (headlines, SEE ALSO lines …):
-- the meta triggers are recreated with it, and the index is rebuilt so every row carries it.
DROP TRIGGER IF EXISTS claims_fts_ai;
--> statement-breakpoint
DROP TRIGGER IF EXISTS claims_fts_au_meta;
--> statement-breakpoint
DROP TRIGGER IF EXISTS claims_fts_au_live;
--> statement-breakpoint
DROP TRIGGER IF EXISTS articles_fts_ai;
--> statement-breakpoint
DROP TRIGGER IF EXISTS articles_fts_au_language;
--> statement-breakpoint
DROP TABLE IF EXISTS claims_fts;
--> statement-breakpoint
CREATE VIRTUAL TABLE claims_fts USING fts5(text, notes, evidence, meta, tokenize = 'unicode61 remove_diacritics 2');
--> statement-breakpoint
INSERT INTO claims_fts (claims_fts, rank) VALUES ('rank', 'bm25(4.0, 1.0, 1.0, 0.0)');
--> statement-breakpoint
CREATE VIRTUAL TABLE claims_fts_terms USING fts5vocab(claims_fts, row);
--> statement-breakpoint
CREATE TRIGGER claims_fts_ai AFTER INSERT ON claims WHEN NEW.deleted_at IS NULL
BEGIN
  -- A new claim has no events or evidence yet (both reference it), so notes and evidence start empty.
  INSERT INTO claims_fts (rowid, text, notes, evidence, meta) VALUES (NEW.id, NEW.text, '', '', 's' || replace(NEW.status, '_', '') || ' a' || NEW.article_id || ' l' || coalesce((SELECT a.language FROM articles a WHERE a.id = NEW.article_id), 'none') || ' cw' || (NEW.checkworthy = 1 OR NEW.status <> 'unreviewed') || coalesce(' r' || NEW.verdict_by, '') || coalesce(' r' || NEW.assignee_id, '') || ' d' || strftime('%Y%m%d', NEW.created_at / 1000, 'unixepoch') || ' m' || strftime('%Y%m', NEW.created_at / 1000, 'unixepoch') || ' y' || strftime('%Y', NEW.created_at / 1000, 'unixepoch'));
END;
--> statement-breakpoint
CREATE TRIGGER claims_fts_au_meta AFTER UPDATE OF status, verdict_by, assignee_id, article_id, created_at, checkworthy ON claims
WHEN NEW.deleted_at IS NULL AND OLD.deleted_at IS NULL AND (OLD.status IS NOT NEW.status OR OLD.verdict_by IS NOT NEW.verdict_by
  OR OLD.assignee_id IS NOT NEW.assignee_id OR OLD.article_id IS NOT NEW.article_id OR OLD.created_at IS NOT NEW.created_at
  OR OLD.checkworthy IS NOT NEW.checkworthy)
BEGIN
  UPDATE claims_fts SET meta = 's' || replace(NEW.status, '_', '') || ' a' || NEW.article_id || ' l' || coalesce((SELECT a.language FROM articles a WHERE a.id = NEW.article_id), 'none') || ' cw' || (NEW.checkworthy = 1 OR NEW.status <> 'unreviewed') || coalesce(' r' || NEW.verdict_by, '') || coalesce(' r' || NEW.assignee_id, '') || ' d' || strftime('%Y%m%d', NEW.created_at / 1000, 'unixepoch') || ' m' || strftime('%Y%m', NEW.created_at / 1000, 'unixepoch') || ' y' || strftime('%Y', NEW.created_at / 1000, 'unixepoch') WHERE rowid = NEW.id;
END;
--> statement-breakpoint
CREATE TRIGGER claims_fts_au_live AFTER UPDATE OF deleted_at ON claims
WHEN (OLD.deleted_at IS NULL) IS NOT (NEW.deleted_at IS NULL)
BEGIN
  DELETE FROM claims_fts WHERE rowid = OLD.id;
  INSERT INTO claims_fts (rowid, text, notes, evidence, meta)
    SELECT NEW.id, NEW.text, coalesce((SELECT group_concat(note, char(10)) FROM (SELECT e.note AS note FROM claim_events e WHERE e.claim_id = NEW.id AND e.kind IN ('verdict', 'reused') AND e.note <> '' ORDER BY e.id)), ''), coalesce((SELECT group_concat(title, char(10)) FROM (SELECT v.title AS title FROM evidence v WHERE v.claim_id = NEW.id AND v.title <> '' ORDER BY v.id)), ''), 's' || replace(NEW.status, '_', '') || ' a' || NEW.article_id || ' l' || coalesce((SELECT a.language FROM articles a WHERE a.id = NEW.article_id), 'none') || ' cw' || (NEW.checkworthy = 1 OR NEW.status <> 'unreviewed') || coalesce(' r' || NEW.verdict_by, '') || coalesce(' r' || NEW.assignee_id, '') || ' d' || strftime('%Y%m%d', NEW.created_at / 1000, 'unixepoch') || ' m' || strftime('%Y%m', NEW.created_at / 1000, 'unixepoch') || ' y' || strftime('%Y', NEW.created_at / 1000, 'unixepoch') WHERE NEW.deleted_at IS NULL;
END;
--> statement-breakpoint
CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles
BEGIN
  UPDATE claims_fts SET meta = (SELECT 's' || replace(c.status, '_', '') || ' a' || c.article_id || ' l' || coalesce(NEW.language, 'none') || ' cw' || (c.checkworthy = 1 OR c.status <> 'unreviewed') || coalesce(' r' || c.verdict_by, '') || coalesce(' r' || c.assignee_id, '') || ' d' || strftime('%Y%m%d', c.created_at / 1000, 'unixepoch') || ' m' || strftime('%Y%m', c.created_at / 1000, 'unixepoch') || ' y' || strftime('%Y', c.created_at / 1000, 'unixepoch') FROM claims c WHERE c.id = claims_fts.rowid)
    WHERE claims_fts MATCH 'meta : "a' || NEW.id || '"';
END;
--> statement-breakpoint
CREATE TRIGGER articles_fts_au_language AFTER UPDATE OF language ON articles WHEN OLD.language IS NOT NEW.language
BEGIN
  UPDATE claims_fts SET meta = (SELECT 's' || replace(c.status, '_', '') || ' a' || c.article_id || ' l' || coalesce(NEW.language, 'none') || ' cw' || (c.checkworthy = 1 OR c.status <> 'unreviewed') || coalesce(' r' || c.verdict_by, '') || coalesce(' r' || c.assignee_id, '') || ' d' || strftime('%Y%m%d', c.created_at / 1000, 'unixepoch') || ' m' || strftime('%Y%m', c.created_at / 1000, 'unixepoch') || ' y' || strftime('%Y', c.created_at / 1000, 'unixepoch') FROM claims c WHERE c.id = claims_fts.rowid)
    WHERE claims_fts MATCH 'meta : "a' || NEW.id || '"';
END;
--> statement-breakpoint
-- Backfill (same content as rebuildSearchIndex()).
INSERT INTO claims_fts (rowid, text, notes, evidence, meta) SELECT c.id, c.text, coalesce((SELECT group_concat(note, char(10)) FROM (SELECT e.note AS note FROM claim_events e WHERE e.claim_id = c.id AND e.kind IN ('verdict', 'reused') AND e.note <> '' ORDER BY e.id)), ''), coalesce((SELECT group_concat(title, char(10)) FROM (SELECT v.title AS title FROM evidence v WHERE v.claim_id = c.id AND v.title <> '' ORDER BY v.id)), ''), 's' || replace(c.status, '_', '') || ' a' || c.article_id || ' l' || coalesce(a.language, 'none') || ' cw' || (c.checkworthy = 1 OR c.status <> 'unreviewed') || coalesce(' r' || c.verdict_by, '') || coalesce(' r' || c.assignee_id, '') || ' d' || strftime('%Y%m%d', c.created_at / 1000, 'unixepoch') || ' m' || strftime('%Y%m', c.created_at / 1000, 'unixepoch') || ' y' || strftime('%Y', c.created_at / 1000, 'unixepoch') FROM claims c LEFT JOIN articles a ON a.id = c.article_id WHERE c.deleted_at IS NULL ORDER BY c.id;
--> statement-breakpoint
INSERT INTO claims_fts (claims_fts) VALUES ('optimize');
