-- Dashboard summaries. Why these exist, and what each figure means: db/queries/dashboard.ts.
-- Six small tables kept exact by the triggers below, inside the same transaction as every
-- write to articles, claims and claim_events; rebuildDashboardSummaries() recomputes them from
-- scratch (the backfill at the end of this file runs the same statements).
--
-- Time-to-verdict histogram buckets (lib/dashboard/ttv-buckets.ts): bucket 0 = [0, 1 min);
-- bucket b >= 1 starts at round(60000 * 2^((b-1)/6)) ms; the last one is open-ended.
CREATE TABLE dash_ttv_buckets (
  lo_ms INTEGER PRIMARY KEY,
  hi_ms INTEGER,
  bucket INTEGER NOT NULL UNIQUE
)
--> statement-breakpoint
INSERT INTO dash_ttv_buckets (lo_ms, hi_ms, bucket) VALUES
  (0, 60000, 0),
  (60000, 67348, 1),
  (67348, 75595, 2),
  (75595, 84853, 3),
  (84853, 95244, 4),
  (95244, 106908, 5),
  (106908, 120000, 6),
  (120000, 134695, 7),
  (134695, 151191, 8),
  (151191, 169706, 9),
  (169706, 190488, 10),
  (190488, 213816, 11),
  (213816, 240000, 12),
  (240000, 269391, 13),
  (269391, 302381, 14),
  (302381, 339411, 15),
  (339411, 380976, 16),
  (380976, 427631, 17),
  (427631, 480000, 18),
  (480000, 538782, 19),
  (538782, 604762, 20),
  (604762, 678823, 21),
  (678823, 761953, 22),
  (761953, 855263, 23),
  (855263, 960000, 24),
  (960000, 1077564, 25),
  (1077564, 1209524, 26),
  (1209524, 1357645, 27),
  (1357645, 1523905, 28),
  (1523905, 1710526, 29),
  (1710526, 1920000, 30),
  (1920000, 2155127, 31),
  (2155127, 2419048, 32),
  (2419048, 2715290, 33),
  (2715290, 3047810, 34),
  (3047810, 3421051, 35),
  (3421051, 3840000, 36),
  (3840000, 4310254, 37),
  (4310254, 4838097, 38),
  (4838097, 5430580, 39),
  (5430580, 6095620, 40),
  (6095620, 6842102, 41),
  (6842102, 7680000, 42),
  (7680000, 8620509, 43),
  (8620509, 9676194, 44),
  (9676194, 10861160, 45),
  (10861160, 12191240, 46),
  (12191240, 13684204, 47),
  (13684204, 15360000, 48),
  (15360000, 17241017, 49),
  (17241017, 19352387, 50),
  (19352387, 21722320, 51),
  (21722320, 24382480, 52),
  (24382480, 27368409, 53),
  (27368409, 30720000, 54),
  (30720000, 34482034, 55),
  (34482034, 38704775, 56),
  (38704775, 43444641, 57),
  (43444641, 48764960, 58),
  (48764960, 54736817, 59),
  (54736817, 61440000, 60),
  (61440000, 68964068, 61),
  (68964068, 77409549, 62),
  (77409549, 86889281, 63),
  (86889281, 97529921, 64),
  (97529921, 109473634, 65),
  (109473634, 122880000, 66),
  (122880000, 137928136, 67),
  (137928136, 154819099, 68),
  (154819099, 173778563, 69),
  (173778563, 195059841, 70),
  (195059841, 218947269, 71),
  (218947269, 245760000, 72),
  (245760000, 275856273, 73),
  (275856273, 309638197, 74),
  (309638197, 347557125, 75),
  (347557125, 390119683, 76),
  (390119683, 437894538, 77),
  (437894538, 491520000, 78),
  (491520000, 551712546, 79),
  (551712546, 619276394, 80),
  (619276394, 695114250, 81),
  (695114250, 780239365, 82),
  (780239365, 875789076, 83),
  (875789076, 983040000, 84),
  (983040000, 1103425092, 85),
  (1103425092, 1238552789, 86),
  (1238552789, 1390228500, 87),
  (1390228500, 1560478730, 88),
  (1560478730, 1751578152, 89),
  (1751578152, 1966080000, 90),
  (1966080000, 2206850184, 91),
  (2206850184, 2477105578, 92),
  (2477105578, 2780457001, 93),
  (2780457001, 3120957460, 94),
  (3120957460, 3503156304, 95),
  (3503156304, 3932160000, 96),
  (3932160000, 4413700368, 97),
  (4413700368, 4954211156, 98),
  (4954211156, 5560914001, 99),
  (5560914001, 6241914921, 100),
  (6241914921, 7006312607, 101),
  (7006312607, 7864320000, 102),
  (7864320000, 8827400736, 103),
  (8827400736, 9908422311, 104),
  (9908422311, 11121828003, 105),
  (11121828003, 12483829841, 106),
  (12483829841, 14012625214, 107),
  (14012625214, 15728640000, 108),
  (15728640000, 17654801472, 109),
  (17654801472, 19816844622, 110),
  (19816844622, 22243656006, 111),
  (22243656006, 24967659682, 112),
  (24967659682, 28025250428, 113),
  (28025250428, 31457280000, 114),
  (31457280000, NULL, 115)
--> statement-breakpoint
-- One row per article: counts of its live claims (by status: check-worthy ones only).
-- Clustered by the article's date added, which every dashboard query ranges over.
CREATE TABLE dash_article_stats (
  created_at INTEGER NOT NULL,
  article_id INTEGER NOT NULL,
  title TEXT NOT NULL,
  language TEXT NOT NULL,
  claims INTEGER NOT NULL DEFAULT 0,
  checkworthy INTEGER NOT NULL DEFAULT 0,
  unreviewed INTEGER NOT NULL DEFAULT 0,
  supported INTEGER NOT NULL DEFAULT 0,
  disputed INTEGER NOT NULL DEFAULT 0,
  needs_source INTEGER NOT NULL DEFAULT 0,
  oldest_unreviewed_at INTEGER,
  last_activity_at INTEGER NOT NULL,
  PRIMARY KEY (created_at, article_id)
) WITHOUT ROWID
--> statement-breakpoint
CREATE UNIQUE INDEX dash_article_stats_article_idx ON dash_article_stats (article_id)
--> statement-breakpoint
-- The backlog: live check-worthy claims that are unreviewed or need a source.
CREATE TABLE dash_open_claims (
  claim_id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL,
  article_created_at INTEGER NOT NULL,
  language TEXT NOT NULL,
  assignee_id INTEGER,
  status TEXT NOT NULL,
  created_at INTEGER NOT NULL
)
--> statement-breakpoint
-- Aging: one range count per status and age bucket.
CREATE INDEX dash_open_claims_status_idx ON dash_open_claims (status, created_at, article_created_at, language, assignee_id)
--> statement-breakpoint
CREATE INDEX dash_open_claims_assignee_idx ON dash_open_claims (assignee_id, article_created_at, language, status, created_at)
--> statement-breakpoint
CREATE INDEX dash_open_claims_article_idx ON dash_open_claims (article_id)
--> statement-breakpoint
-- Verdict and reused events on live claims, per UTC day, reviewer, language, resulting status.
CREATE TABLE dash_verdict_daily (
  day INTEGER NOT NULL,
  actor_id INTEGER NOT NULL,
  language TEXT NOT NULL,
  status TEXT NOT NULL,
  reused INTEGER NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (day, status, actor_id, language, reused)
) WITHOUT ROWID
--> statement-breakpoint
-- Per reviewer: (actor_id, day) plus the primary key columns and n, so it covers those queries.
CREATE INDEX dash_verdict_daily_actor_idx ON dash_verdict_daily (actor_id, day, n)
--> statement-breakpoint
-- Who gave each claim its first verdict (fixed when first_verdict_at is first set).
CREATE TABLE dash_first_verdicts (
  claim_id INTEGER PRIMARY KEY,
  actor_id INTEGER NOT NULL
)
--> statement-breakpoint
-- Time from claim creation to first verdict, histogram per UTC day of the first verdict.
-- Keyed reviewer → bucket → day: the queries seek each (reviewer, bucket) for the day range
-- and read them in group order, so no sort is needed.
CREATE TABLE dash_ttv_daily (
  actor_id INTEGER NOT NULL,
  bucket INTEGER NOT NULL,
  day INTEGER NOT NULL,
  language TEXT NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (actor_id, bucket, day, language)
) WITHOUT ROWID
--> statement-breakpoint
-- Per reviewer and article: counts of the live claims assigned to them (the reviewer filter).
CREATE TABLE dash_assignee_stats (
  assignee_id INTEGER NOT NULL,
  created_at INTEGER NOT NULL,
  article_id INTEGER NOT NULL,
  language TEXT NOT NULL,
  claims INTEGER NOT NULL DEFAULT 0,
  checkworthy INTEGER NOT NULL DEFAULT 0,
  unreviewed INTEGER NOT NULL DEFAULT 0,
  supported INTEGER NOT NULL DEFAULT 0,
  disputed INTEGER NOT NULL DEFAULT 0,
  needs_source INTEGER NOT NULL DEFAULT 0,
  oldest_unreviewed_at INTEGER,
  PRIMARY KEY (assignee_id, created_at, article_id)
) WITHOUT ROWID
--> statement-breakpoint
CREATE UNIQUE INDEX dash_assignee_stats_article_idx ON dash_assignee_stats (article_id, assignee_id)
--> statement-breakpoint
-- Keep in sync with articles, claims and claim_events.
CREATE TRIGGER dash_articles_ai AFTER INSERT ON articles
BEGIN
  INSERT INTO dash_article_stats (created_at, article_id, title, language, last_activity_at) VALUES (NEW.created_at, NEW.id, NEW.title, NEW.language, NEW.created_at);
END
--> statement-breakpoint
CREATE TRIGGER dash_articles_au AFTER UPDATE OF title, language, created_at ON articles
WHEN OLD.title IS NOT NEW.title OR OLD.language IS NOT NEW.language OR OLD.created_at IS NOT NEW.created_at
BEGIN
  UPDATE dash_article_stats SET title = NEW.title, language = NEW.language, created_at = NEW.created_at WHERE article_id = NEW.id;
  UPDATE dash_article_stats SET last_activity_at = max(created_at, coalesce((
      SELECT max(e.at) FROM claims c JOIN claim_events e ON e.claim_id = c.id
      WHERE c.article_id = dash_article_stats.article_id AND c.deleted_at IS NULL), created_at))
    WHERE article_id IN (NEW.id) AND 1;
  UPDATE dash_open_claims SET language = NEW.language, article_created_at = NEW.created_at WHERE article_id = NEW.id;
  UPDATE dash_assignee_stats SET language = NEW.language, created_at = NEW.created_at WHERE article_id = NEW.id;
  -- Move the article's verdicts and times to verdict to the new language.
  INSERT INTO dash_verdict_daily (day, actor_id, language, status, reused, n)
    SELECT CAST(e.at / 86400000 AS INTEGER), e.actor_id, lang.language, coalesce(e.to_status, ''), e.kind = 'reused', lang.sign * count(*)
    FROM claims c JOIN claim_events e ON e.claim_id = c.id,
      (SELECT OLD.language AS language, -1 AS sign UNION ALL SELECT NEW.language, 1) lang
    WHERE c.article_id = NEW.id AND c.deleted_at IS NULL AND e.kind IN ('verdict', 'reused') AND OLD.language IS NOT NEW.language
    GROUP BY 1, 2, 3, 4, 5
    ON CONFLICT (day, status, actor_id, language, reused) DO UPDATE SET n = n + excluded.n;
  DELETE FROM dash_verdict_daily WHERE n = 0 AND language = OLD.language AND day IN (
      SELECT CAST(e.at / 86400000 AS INTEGER) FROM claims c JOIN claim_events e ON e.claim_id = c.id
      WHERE c.article_id = NEW.id AND e.kind IN ('verdict', 'reused'));
  INSERT INTO dash_ttv_daily (actor_id, bucket, day, language, n)
    SELECT f.actor_id, (SELECT b.bucket FROM dash_ttv_buckets b WHERE b.lo_ms <= max(0, c.first_verdict_at - c.created_at) ORDER BY b.lo_ms DESC LIMIT 1), CAST(c.first_verdict_at / 86400000 AS INTEGER), lang.language, lang.sign * count(*)
    FROM claims c JOIN dash_first_verdicts f ON f.claim_id = c.id,
      (SELECT OLD.language AS language, -1 AS sign UNION ALL SELECT NEW.language, 1) lang
    WHERE c.article_id = NEW.id AND c.deleted_at IS NULL AND c.first_verdict_at IS NOT NULL AND OLD.language IS NOT NEW.language
    GROUP BY 1, 2, 3, 4
    ON CONFLICT (actor_id, bucket, day, language) DO UPDATE SET n = n + excluded.n;
  DELETE FROM dash_ttv_daily WHERE n = 0 AND (actor_id, bucket, day, language) IN (
      SELECT f.actor_id, (SELECT b.bucket FROM dash_ttv_buckets b WHERE b.lo_ms <= max(0, c.first_verdict_at - c.created_at) ORDER BY b.lo_ms DESC LIMIT 1), CAST(c.first_verdict_at / 86400000 AS INTEGER), OLD.language
      FROM claims c JOIN dash_first_verdicts f ON f.claim_id = c.id WHERE c.article_id = NEW.id);
END
--> statement-breakpoint
CREATE TRIGGER dash_articles_ad AFTER DELETE ON articles
BEGIN
  DELETE FROM dash_article_stats WHERE article_id = OLD.id;
  DELETE FROM dash_open_claims WHERE article_id = OLD.id;
  DELETE FROM dash_assignee_stats WHERE article_id = OLD.id;
END
--> statement-breakpoint
CREATE TRIGGER dash_claims_ai AFTER INSERT ON claims
BEGIN
  UPDATE dash_article_stats SET
      claims = claims + 1,
      checkworthy = checkworthy + (NEW.checkworthy = 1),
      unreviewed = unreviewed + (NEW.checkworthy = 1 AND NEW.status = 'unreviewed'),
      supported = supported + (NEW.checkworthy = 1 AND NEW.status = 'supported'),
      disputed = disputed + (NEW.checkworthy = 1 AND NEW.status = 'disputed'),
      needs_source = needs_source + (NEW.checkworthy = 1 AND NEW.status = 'needs_source')
    WHERE article_id = NEW.article_id AND NEW.deleted_at IS NULL;
  UPDATE dash_article_stats SET oldest_unreviewed_at = NEW.created_at
    WHERE article_id = NEW.article_id AND NEW.deleted_at IS NULL AND NEW.checkworthy = 1 AND NEW.status = 'unreviewed'
      AND (oldest_unreviewed_at IS NULL OR NEW.created_at < oldest_unreviewed_at);
  INSERT INTO dash_open_claims (claim_id, article_id, article_created_at, language, assignee_id, status, created_at)
    SELECT NEW.id, NEW.article_id, a.created_at, a.language, NEW.assignee_id, NEW.status, NEW.created_at
    FROM articles a
    WHERE a.id = NEW.article_id AND NEW.deleted_at IS NULL AND NEW.checkworthy = 1 AND NEW.status IN ('unreviewed', 'needs_source');
  INSERT INTO dash_assignee_stats (assignee_id, created_at, article_id, language, claims, checkworthy, unreviewed, supported, disputed, needs_source)
    SELECT NEW.assignee_id, a.created_at, NEW.article_id, a.language, 1, (NEW.checkworthy = 1),
      (NEW.checkworthy = 1 AND NEW.status = 'unreviewed'), (NEW.checkworthy = 1 AND NEW.status = 'supported'),
      (NEW.checkworthy = 1 AND NEW.status = 'disputed'), (NEW.checkworthy = 1 AND NEW.status = 'needs_source')
    FROM articles a WHERE a.id = NEW.article_id AND NEW.assignee_id IS NOT NULL AND NEW.deleted_at IS NULL
    ON CONFLICT (assignee_id, created_at, article_id) DO UPDATE SET
      claims = claims + 1, checkworthy = checkworthy + excluded.checkworthy, unreviewed = unreviewed + excluded.unreviewed,
      supported = supported + excluded.supported, disputed = disputed + excluded.disputed, needs_source = needs_source + excluded.needs_source;
  UPDATE dash_assignee_stats SET oldest_unreviewed_at = (
      SELECT min(c.created_at) FROM claims c
      WHERE c.article_id = dash_assignee_stats.article_id AND c.assignee_id = dash_assignee_stats.assignee_id
        AND c.deleted_at IS NULL AND c.checkworthy = 1 AND c.status = 'unreviewed')
    WHERE article_id = NEW.article_id AND assignee_id = NEW.assignee_id;
  INSERT INTO dash_first_verdicts (claim_id, actor_id)
    SELECT NEW.id, coalesce((SELECT e.actor_id FROM claim_events e WHERE e.claim_id = NEW.id AND e.kind IN ('verdict', 'reused') ORDER BY e.at, e.id LIMIT 1), NEW.verdict_by, 0)
    WHERE NEW.first_verdict_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM dash_first_verdicts WHERE claim_id = NEW.id);
  INSERT INTO dash_ttv_daily (actor_id, bucket, day, language, n)
    SELECT f.actor_id, (SELECT b.bucket FROM dash_ttv_buckets b WHERE b.lo_ms <= max(0, NEW.first_verdict_at - NEW.created_at) ORDER BY b.lo_ms DESC LIMIT 1), CAST(NEW.first_verdict_at / 86400000 AS INTEGER), a.language, +1
    FROM dash_first_verdicts f, articles a
    WHERE f.claim_id = NEW.id AND a.id = NEW.article_id AND NEW.deleted_at IS NULL AND NEW.first_verdict_at IS NOT NULL
    ON CONFLICT (actor_id, bucket, day, language) DO UPDATE SET n = n + excluded.n;
END
--> statement-breakpoint
CREATE TRIGGER dash_claims_au_stats AFTER UPDATE OF article_id, checkworthy, status, deleted_at, created_at ON claims
WHEN OLD.article_id IS NOT NEW.article_id OR OLD.checkworthy IS NOT NEW.checkworthy OR OLD.status IS NOT NEW.status
  OR (OLD.deleted_at IS NULL) IS NOT (NEW.deleted_at IS NULL) OR OLD.created_at IS NOT NEW.created_at
BEGIN
  UPDATE dash_article_stats SET
      claims = claims - 1,
      checkworthy = checkworthy - (OLD.checkworthy = 1),
      unreviewed = unreviewed - (OLD.checkworthy = 1 AND OLD.status = 'unreviewed'),
      supported = supported - (OLD.checkworthy = 1 AND OLD.status = 'supported'),
      disputed = disputed - (OLD.checkworthy = 1 AND OLD.status = 'disputed'),
      needs_source = needs_source - (OLD.checkworthy = 1 AND OLD.status = 'needs_source')
    WHERE article_id = OLD.article_id AND OLD.deleted_at IS NULL;
  UPDATE dash_article_stats SET
      claims = claims + 1,
      checkworthy = checkworthy + (NEW.checkworthy = 1),
      unreviewed = unreviewed + (NEW.checkworthy = 1 AND NEW.status = 'unreviewed'),
      supported = supported + (NEW.checkworthy = 1 AND NEW.status = 'supported'),
      disputed = disputed + (NEW.checkworthy = 1 AND NEW.status = 'disputed'),
      needs_source = needs_source + (NEW.checkworthy = 1 AND NEW.status = 'needs_source')
    WHERE article_id = NEW.article_id AND NEW.deleted_at IS NULL;
  UPDATE dash_article_stats SET oldest_unreviewed_at = (
      SELECT min(c.created_at) FROM claims c
      WHERE c.article_id = dash_article_stats.article_id AND c.deleted_at IS NULL AND c.checkworthy = 1 AND c.status = 'unreviewed')
    WHERE article_id IN (OLD.article_id, NEW.article_id);
  UPDATE dash_article_stats SET last_activity_at = max(created_at, coalesce((
      SELECT max(e.at) FROM claims c JOIN claim_events e ON e.claim_id = c.id
      WHERE c.article_id = dash_article_stats.article_id AND c.deleted_at IS NULL), created_at))
    WHERE article_id IN (OLD.article_id, NEW.article_id) AND (OLD.article_id IS NOT NEW.article_id OR (OLD.deleted_at IS NULL) IS NOT (NEW.deleted_at IS NULL));
END
--> statement-breakpoint
CREATE TRIGGER dash_claims_au_open AFTER UPDATE OF article_id, checkworthy, status, deleted_at, created_at, assignee_id ON claims
WHEN OLD.article_id IS NOT NEW.article_id OR OLD.checkworthy IS NOT NEW.checkworthy OR OLD.status IS NOT NEW.status
  OR (OLD.deleted_at IS NULL) IS NOT (NEW.deleted_at IS NULL) OR OLD.created_at IS NOT NEW.created_at OR OLD.assignee_id IS NOT NEW.assignee_id
BEGIN
  DELETE FROM dash_open_claims WHERE claim_id = OLD.id;
  INSERT INTO dash_open_claims (claim_id, article_id, article_created_at, language, assignee_id, status, created_at)
    SELECT NEW.id, NEW.article_id, a.created_at, a.language, NEW.assignee_id, NEW.status, NEW.created_at
    FROM articles a
    WHERE a.id = NEW.article_id AND NEW.deleted_at IS NULL AND NEW.checkworthy = 1 AND NEW.status IN ('unreviewed', 'needs_source');
END
--> statement-breakpoint
CREATE TRIGGER dash_claims_au_assignee AFTER UPDATE OF article_id, checkworthy, status, deleted_at, created_at, assignee_id ON claims
WHEN (OLD.assignee_id IS NOT NULL OR NEW.assignee_id IS NOT NULL) AND (OLD.article_id IS NOT NEW.article_id
  OR OLD.checkworthy IS NOT NEW.checkworthy OR OLD.status IS NOT NEW.status OR (OLD.deleted_at IS NULL) IS NOT (NEW.deleted_at IS NULL)
  OR OLD.created_at IS NOT NEW.created_at OR OLD.assignee_id IS NOT NEW.assignee_id)
BEGIN
  UPDATE dash_assignee_stats SET
      claims = claims - 1,
      checkworthy = checkworthy - (OLD.checkworthy = 1),
      unreviewed = unreviewed - (OLD.checkworthy = 1 AND OLD.status = 'unreviewed'),
      supported = supported - (OLD.checkworthy = 1 AND OLD.status = 'supported'),
      disputed = disputed - (OLD.checkworthy = 1 AND OLD.status = 'disputed'),
      needs_source = needs_source - (OLD.checkworthy = 1 AND OLD.status = 'needs_source')
    WHERE article_id = OLD.article_id AND assignee_id = OLD.assignee_id AND OLD.deleted_at IS NULL;
    DELETE FROM dash_assignee_stats WHERE article_id = OLD.article_id AND assignee_id = OLD.assignee_id AND claims = 0;
  INSERT INTO dash_assignee_stats (assignee_id, created_at, article_id, language, claims, checkworthy, unreviewed, supported, disputed, needs_source)
    SELECT NEW.assignee_id, a.created_at, NEW.article_id, a.language, 1, (NEW.checkworthy = 1),
      (NEW.checkworthy = 1 AND NEW.status = 'unreviewed'), (NEW.checkworthy = 1 AND NEW.status = 'supported'),
      (NEW.checkworthy = 1 AND NEW.status = 'disputed'), (NEW.checkworthy = 1 AND NEW.status = 'needs_source')
    FROM articles a WHERE a.id = NEW.article_id AND NEW.assignee_id IS NOT NULL AND NEW.deleted_at IS NULL
    ON CONFLICT (assignee_id, created_at, article_id) DO UPDATE SET
      claims = claims + 1, checkworthy = checkworthy + excluded.checkworthy, unreviewed = unreviewed + excluded.unreviewed,
      supported = supported + excluded.supported, disputed = disputed + excluded.disputed, needs_source = needs_source + excluded.needs_source;
  UPDATE dash_assignee_stats SET oldest_unreviewed_at = (
      SELECT min(c.created_at) FROM claims c
      WHERE c.article_id = dash_assignee_stats.article_id AND c.assignee_id = dash_assignee_stats.assignee_id
        AND c.deleted_at IS NULL AND c.checkworthy = 1 AND c.status = 'unreviewed')
    WHERE article_id = OLD.article_id AND assignee_id = OLD.assignee_id;
  UPDATE dash_assignee_stats SET oldest_unreviewed_at = (
      SELECT min(c.created_at) FROM claims c
      WHERE c.article_id = dash_assignee_stats.article_id AND c.assignee_id = dash_assignee_stats.assignee_id
        AND c.deleted_at IS NULL AND c.checkworthy = 1 AND c.status = 'unreviewed')
    WHERE article_id = NEW.article_id AND assignee_id = NEW.assignee_id;
END
--> statement-breakpoint
CREATE TRIGGER dash_claims_au_ttv AFTER UPDATE OF article_id, deleted_at, created_at, first_verdict_at ON claims
WHEN OLD.article_id IS NOT NEW.article_id OR (OLD.deleted_at IS NULL) IS NOT (NEW.deleted_at IS NULL) OR OLD.created_at IS NOT NEW.created_at
  OR OLD.first_verdict_at IS NOT NEW.first_verdict_at
BEGIN
  INSERT INTO dash_ttv_daily (actor_id, bucket, day, language, n)
    SELECT f.actor_id, (SELECT b.bucket FROM dash_ttv_buckets b WHERE b.lo_ms <= max(0, OLD.first_verdict_at - OLD.created_at) ORDER BY b.lo_ms DESC LIMIT 1), CAST(OLD.first_verdict_at / 86400000 AS INTEGER), a.language, -1
    FROM dash_first_verdicts f, articles a
    WHERE f.claim_id = OLD.id AND a.id = OLD.article_id AND OLD.deleted_at IS NULL AND OLD.first_verdict_at IS NOT NULL
    ON CONFLICT (actor_id, bucket, day, language) DO UPDATE SET n = n + excluded.n;
    DELETE FROM dash_ttv_daily WHERE n = 0
      AND actor_id = (SELECT f.actor_id FROM dash_first_verdicts f WHERE f.claim_id = OLD.id)
      AND bucket = (SELECT b.bucket FROM dash_ttv_buckets b WHERE b.lo_ms <= max(0, OLD.first_verdict_at - OLD.created_at) ORDER BY b.lo_ms DESC LIMIT 1)
      AND day = CAST(OLD.first_verdict_at / 86400000 AS INTEGER);
  DELETE FROM dash_first_verdicts WHERE claim_id = OLD.id AND NEW.first_verdict_at IS NULL;
  INSERT INTO dash_first_verdicts (claim_id, actor_id)
    SELECT NEW.id, coalesce((SELECT e.actor_id FROM claim_events e WHERE e.claim_id = NEW.id AND e.kind IN ('verdict', 'reused') ORDER BY e.at, e.id LIMIT 1), NEW.verdict_by, 0)
    WHERE NEW.first_verdict_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM dash_first_verdicts WHERE claim_id = NEW.id);
  INSERT INTO dash_ttv_daily (actor_id, bucket, day, language, n)
    SELECT f.actor_id, (SELECT b.bucket FROM dash_ttv_buckets b WHERE b.lo_ms <= max(0, NEW.first_verdict_at - NEW.created_at) ORDER BY b.lo_ms DESC LIMIT 1), CAST(NEW.first_verdict_at / 86400000 AS INTEGER), a.language, +1
    FROM dash_first_verdicts f, articles a
    WHERE f.claim_id = NEW.id AND a.id = NEW.article_id AND NEW.deleted_at IS NULL AND NEW.first_verdict_at IS NOT NULL
    ON CONFLICT (actor_id, bucket, day, language) DO UPDATE SET n = n + excluded.n;
END
--> statement-breakpoint
CREATE TRIGGER dash_claims_au_verdicts AFTER UPDATE OF article_id, deleted_at ON claims
WHEN OLD.article_id IS NOT NEW.article_id OR (OLD.deleted_at IS NULL) IS NOT (NEW.deleted_at IS NULL)
BEGIN
  INSERT INTO dash_verdict_daily (day, actor_id, language, status, reused, n)
    SELECT CAST(e.at / 86400000 AS INTEGER), e.actor_id, a.language, coalesce(e.to_status, ''), e.kind = 'reused', -count(*)
    FROM claim_events e, articles a
    WHERE e.claim_id = OLD.id AND e.kind IN ('verdict', 'reused') AND a.id = OLD.article_id AND OLD.deleted_at IS NULL
    GROUP BY 1, 2, 3, 4, 5
    ON CONFLICT (day, status, actor_id, language, reused) DO UPDATE SET n = n + excluded.n;
    DELETE FROM dash_verdict_daily WHERE n = 0 AND day IN (SELECT CAST(e.at / 86400000 AS INTEGER) FROM claim_events e WHERE e.claim_id = OLD.id AND e.kind IN ('verdict', 'reused'));
  INSERT INTO dash_verdict_daily (day, actor_id, language, status, reused, n)
    SELECT CAST(e.at / 86400000 AS INTEGER), e.actor_id, a.language, coalesce(e.to_status, ''), e.kind = 'reused', +count(*)
    FROM claim_events e, articles a
    WHERE e.claim_id = NEW.id AND e.kind IN ('verdict', 'reused') AND a.id = NEW.article_id AND NEW.deleted_at IS NULL
    GROUP BY 1, 2, 3, 4, 5
    ON CONFLICT (day, status, actor_id, language, reused) DO UPDATE SET n = n + excluded.n;
END
--> statement-breakpoint
CREATE TRIGGER dash_claims_ad AFTER DELETE ON claims
BEGIN
  UPDATE dash_article_stats SET
      claims = claims - 1,
      checkworthy = checkworthy - (OLD.checkworthy = 1),
      unreviewed = unreviewed - (OLD.checkworthy = 1 AND OLD.status = 'unreviewed'),
      supported = supported - (OLD.checkworthy = 1 AND OLD.status = 'supported'),
      disputed = disputed - (OLD.checkworthy = 1 AND OLD.status = 'disputed'),
      needs_source = needs_source - (OLD.checkworthy = 1 AND OLD.status = 'needs_source')
    WHERE article_id = OLD.article_id AND OLD.deleted_at IS NULL;
  UPDATE dash_article_stats SET oldest_unreviewed_at = (
      SELECT min(c.created_at) FROM claims c
      WHERE c.article_id = dash_article_stats.article_id AND c.deleted_at IS NULL AND c.checkworthy = 1 AND c.status = 'unreviewed')
    WHERE article_id IN (OLD.article_id);
  UPDATE dash_article_stats SET last_activity_at = max(created_at, coalesce((
      SELECT max(e.at) FROM claims c JOIN claim_events e ON e.claim_id = c.id
      WHERE c.article_id = dash_article_stats.article_id AND c.deleted_at IS NULL), created_at))
    WHERE article_id IN (OLD.article_id) AND 1;
  DELETE FROM dash_open_claims WHERE claim_id = OLD.id;
  UPDATE dash_assignee_stats SET
      claims = claims - 1,
      checkworthy = checkworthy - (OLD.checkworthy = 1),
      unreviewed = unreviewed - (OLD.checkworthy = 1 AND OLD.status = 'unreviewed'),
      supported = supported - (OLD.checkworthy = 1 AND OLD.status = 'supported'),
      disputed = disputed - (OLD.checkworthy = 1 AND OLD.status = 'disputed'),
      needs_source = needs_source - (OLD.checkworthy = 1 AND OLD.status = 'needs_source')
    WHERE article_id = OLD.article_id AND assignee_id = OLD.assignee_id AND OLD.deleted_at IS NULL;
    DELETE FROM dash_assignee_stats WHERE article_id = OLD.article_id AND assignee_id = OLD.assignee_id AND claims = 0;
  UPDATE dash_assignee_stats SET oldest_unreviewed_at = (
      SELECT min(c.created_at) FROM claims c
      WHERE c.article_id = dash_assignee_stats.article_id AND c.assignee_id = dash_assignee_stats.assignee_id
        AND c.deleted_at IS NULL AND c.checkworthy = 1 AND c.status = 'unreviewed')
    WHERE article_id = OLD.article_id AND assignee_id = OLD.assignee_id;
  INSERT INTO dash_ttv_daily (actor_id, bucket, day, language, n)
    SELECT f.actor_id, (SELECT b.bucket FROM dash_ttv_buckets b WHERE b.lo_ms <= max(0, OLD.first_verdict_at - OLD.created_at) ORDER BY b.lo_ms DESC LIMIT 1), CAST(OLD.first_verdict_at / 86400000 AS INTEGER), a.language, -1
    FROM dash_first_verdicts f, articles a
    WHERE f.claim_id = OLD.id AND a.id = OLD.article_id AND OLD.deleted_at IS NULL AND OLD.first_verdict_at IS NOT NULL
    ON CONFLICT (actor_id, bucket, day, language) DO UPDATE SET n = n + excluded.n;
    DELETE FROM dash_ttv_daily WHERE n = 0
      AND actor_id = (SELECT f.actor_id FROM dash_first_verdicts f WHERE f.claim_id = OLD.id)
      AND bucket = (SELECT b.bucket FROM dash_ttv_buckets b WHERE b.lo_ms <= max(0, OLD.first_verdict_at - OLD.created_at) ORDER BY b.lo_ms DESC LIMIT 1)
      AND day = CAST(OLD.first_verdict_at / 86400000 AS INTEGER);
  DELETE FROM dash_first_verdicts WHERE claim_id = OLD.id;
  INSERT INTO dash_verdict_daily (day, actor_id, language, status, reused, n)
    SELECT CAST(e.at / 86400000 AS INTEGER), e.actor_id, a.language, coalesce(e.to_status, ''), e.kind = 'reused', -count(*)
    FROM claim_events e, articles a
    WHERE e.claim_id = OLD.id AND e.kind IN ('verdict', 'reused') AND a.id = OLD.article_id AND OLD.deleted_at IS NULL
    GROUP BY 1, 2, 3, 4, 5
    ON CONFLICT (day, status, actor_id, language, reused) DO UPDATE SET n = n + excluded.n;
    DELETE FROM dash_verdict_daily WHERE n = 0 AND day IN (SELECT CAST(e.at / 86400000 AS INTEGER) FROM claim_events e WHERE e.claim_id = OLD.id AND e.kind IN ('verdict', 'reused'));
END
--> statement-breakpoint
CREATE TRIGGER dash_claim_events_ai AFTER INSERT ON claim_events
BEGIN
  INSERT INTO dash_verdict_daily (day, actor_id, language, status, reused, n)
    SELECT CAST(NEW.at / 86400000 AS INTEGER), NEW.actor_id, a.language, coalesce(NEW.to_status, ''), NEW.kind = 'reused', 1
    FROM claims c, articles a
    WHERE c.id = NEW.claim_id AND a.id = c.article_id AND c.deleted_at IS NULL AND NEW.kind IN ('verdict', 'reused')
    ON CONFLICT (day, status, actor_id, language, reused) DO UPDATE SET n = n + excluded.n;
  UPDATE dash_article_stats SET last_activity_at = max(last_activity_at, NEW.at)
    WHERE article_id = (SELECT c.article_id FROM claims c WHERE c.id = NEW.claim_id AND c.deleted_at IS NULL);
END
--> statement-breakpoint
-- Backfill from existing data (same statements as rebuildDashboardSummaries()).
DELETE FROM dash_article_stats
--> statement-breakpoint
DELETE FROM dash_assignee_stats
--> statement-breakpoint
DELETE FROM dash_open_claims
--> statement-breakpoint
DELETE FROM dash_verdict_daily
--> statement-breakpoint
DELETE FROM dash_first_verdicts
--> statement-breakpoint
DELETE FROM dash_ttv_daily
--> statement-breakpoint
INSERT INTO dash_article_stats (article_id, created_at, title, language, claims, checkworthy, unreviewed, supported, disputed, needs_source, oldest_unreviewed_at, last_activity_at)
  SELECT a.id, a.created_at, a.title, a.language,
  coalesce(s.claims, 0), coalesce(s.checkworthy, 0), coalesce(s.unreviewed, 0), coalesce(s.supported, 0),
  coalesce(s.disputed, 0), coalesce(s.needs_source, 0), s.oldest_unreviewed_at,
  max(a.created_at, coalesce(s.last_event_at, a.created_at))
  FROM articles a
  LEFT JOIN (
  SELECT c.article_id,
  count(*) AS claims,
  sum(c.checkworthy = 1) AS checkworthy,
  sum(c.checkworthy = 1 AND c.status = 'unreviewed') AS unreviewed,
  sum(c.checkworthy = 1 AND c.status = 'supported') AS supported,
  sum(c.checkworthy = 1 AND c.status = 'disputed') AS disputed,
  sum(c.checkworthy = 1 AND c.status = 'needs_source') AS needs_source,
  min(CASE WHEN c.checkworthy = 1 AND c.status = 'unreviewed' THEN c.created_at END) AS oldest_unreviewed_at,
  max((SELECT max(e.at) FROM claim_events e WHERE e.claim_id = c.id)) AS last_event_at
  FROM claims c
  WHERE c.deleted_at IS NULL
  GROUP BY c.article_id
  ) s ON s.article_id = a.id
  WHERE 1
--> statement-breakpoint
INSERT INTO dash_assignee_stats (assignee_id, created_at, article_id, language, claims, checkworthy, unreviewed, supported, disputed, needs_source, oldest_unreviewed_at)
  SELECT c.assignee_id, a.created_at, c.article_id, a.language,
  count(*), sum(c.checkworthy = 1),
  sum(c.checkworthy = 1 AND c.status = 'unreviewed'), sum(c.checkworthy = 1 AND c.status = 'supported'),
  sum(c.checkworthy = 1 AND c.status = 'disputed'), sum(c.checkworthy = 1 AND c.status = 'needs_source'),
  min(CASE WHEN c.checkworthy = 1 AND c.status = 'unreviewed' THEN c.created_at END)
  FROM claims c JOIN articles a ON a.id = c.article_id
  WHERE c.deleted_at IS NULL AND c.assignee_id IS NOT NULL AND 1
  GROUP BY c.assignee_id, c.article_id
--> statement-breakpoint
INSERT INTO dash_open_claims (claim_id, article_id, article_created_at, language, assignee_id, status, created_at)
  SELECT c.id, c.article_id, a.created_at, a.language, c.assignee_id, c.status, c.created_at
  FROM claims c JOIN articles a ON a.id = c.article_id
  WHERE c.deleted_at IS NULL AND c.checkworthy = 1 AND c.status IN ('unreviewed', 'needs_source') AND 1
--> statement-breakpoint
INSERT INTO dash_verdict_daily (day, actor_id, language, status, reused, n)
  SELECT CAST(e.at / 86400000 AS INTEGER) AS day, e.actor_id AS actor_id, a.language AS language,
  coalesce(e.to_status, '') AS status, e.kind = 'reused' AS reused, count(*) AS n
  FROM claims c
  JOIN claim_events e ON e.claim_id = c.id
  JOIN articles a ON a.id = c.article_id
  WHERE c.deleted_at IS NULL AND e.kind IN ('verdict', 'reused') AND 1
  GROUP BY 1, 2, 3, 4, 5
--> statement-breakpoint
INSERT INTO dash_first_verdicts (claim_id, actor_id)
  SELECT c.id, coalesce((SELECT e.actor_id FROM claim_events e WHERE e.claim_id = c.id AND e.kind IN ('verdict', 'reused') ORDER BY e.at, e.id LIMIT 1), c.verdict_by, 0) FROM claims c WHERE c.first_verdict_at IS NOT NULL AND 1
--> statement-breakpoint
INSERT INTO dash_ttv_daily (day, actor_id, language, bucket, n)
  SELECT CAST(c.first_verdict_at / 86400000 AS INTEGER) AS day, f.actor_id AS actor_id, a.language AS language,
  (SELECT b.bucket FROM dash_ttv_buckets b WHERE b.lo_ms <= max(0, c.first_verdict_at - c.created_at) ORDER BY b.lo_ms DESC LIMIT 1) AS bucket, count(*) AS n
  FROM claims c
  JOIN dash_first_verdicts f ON f.claim_id = c.id
  JOIN articles a ON a.id = c.article_id
  WHERE c.deleted_at IS NULL AND c.first_verdict_at IS NOT NULL AND 1
  GROUP BY 1, 2, 3, 4
