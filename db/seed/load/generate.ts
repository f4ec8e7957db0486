/** The synthetic rows of seed-load (see ./index.ts for the distributions). */
import type Database from "better-sqlite3";
import { Batcher, FIRST, LAST, prng, SUBJECTS, SUBJECTS_ES, VERBS, VERBS_ES } from "./rows";
import { DAY_MS as DAY, HOUR_MS as HOUR, MINUTE_MS as MIN } from "@/lib/vocabulary";
import type { SeedLoadOptions as Options } from "./index";

export function generate(client: Database.Database, o: Options, log: (m: string) => void) {
  const r = prng(o.seed);
  const now = o.now;
  const start = now - o.days * DAY;

  // Reviewers: the first five are leads, who also create articles and assign work.
  const reviewerIds: number[] = [];
  const medians: number[] = []; // each reviewer's median time to first verdict
  const weights: number[] = [];
  const userInsert = client.prepare("INSERT INTO users (id, email, name, role, password_hash, disabled, created_at) VALUES (?, ?, ?, ?, ?, 0, ?)");
  client.transaction(() => {
    for (let i = 1; i <= o.reviewers; i++) {
      const name = `${FIRST[(i - 1) % FIRST.length]} ${LAST[(i * 7) % LAST.length]}${i > FIRST.length ? ` ${Math.ceil(i / FIRST.length)}` : ""}`;
      userInsert.run(i, `reviewer${String(i).padStart(3, "0")}@load.claimdesk.test`, name, i <= 5 ? "lead" : "editor", "!synthetic-no-login", start - 30 * DAY);
      reviewerIds.push(i);
      medians.push(2 * HOUR + r.next() * 12 * HOUR);
      weights.push(Math.exp(0.7 * r.gauss()));
    }
  })();
  const leads = reviewerIds.slice(0, Math.min(5, reviewerIds.length));
  const cumulative: number[] = [];
  weights.reduce((acc, w, i) => (cumulative[i] = acc + w), 0);
  const totalWeight = cumulative[cumulative.length - 1];
  const weightedReviewer = () => {
    const x = r.next() * totalWeight;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo; // index into reviewerIds
  };

  // Article arrival times: weekdays ×2 weekends, working hours; ids ascend with time.
  const articleTimes = new Float64Array(o.articles);
  for (let i = 0; i < o.articles; i++) {
    let t: number;
    for (;;) {
      const day = Math.floor(start / DAY) + 1 + r.int(o.days);
      const dow = new Date(day * DAY).getUTCDay();
      if ((dow === 0 || dow === 6) && r.next() < 0.5) continue;
      const hour = Math.min(23.99, Math.max(0, 13 + 3.5 * r.gauss()));
      t = day * DAY + Math.floor(hour * HOUR) + r.int(HOUR / 60) * 1000;
      if (t < now - 10 * MIN) break;
    }
    articleTimes[i] = t;
  }
  articleTimes.sort();

  // Claims per article: 1 … 2×mean−1, adjusted to add up to exactly o.claims.
  const mean = o.claims / o.articles;
  const perArticle = new Int32Array(o.articles);
  let sum = 0;
  for (let i = 0; i < o.articles; i++) {
    perArticle[i] = Math.max(1, 1 + Math.floor(r.next() * (2 * mean - 1)));
    sum += perArticle[i];
  }
  while (sum !== o.claims) {
    const i = r.int(o.articles);
    if (sum < o.claims) {
      perArticle[i]++;
      sum++;
    } else if (perArticle[i] > 1) {
      perArticle[i]--;
      sum--;
    }
  }

  const articles = new Batcher(
    client,
    "INSERT INTO articles (id, title, byline, source_url, published_at, language, body, created_by, created_at)",
    9,
    50,
  );
  const claims = new Batcher(
    client,
    `INSERT INTO claims (id, article_id, start, "end", text, score, checkworthy, reasons, status, assignee_id, version, verdict_by, verdict_at, first_verdict_at, deleted_at, created_at, updated_at)`,
    17,
    50,
  );
  const events = new Batcher(client, "INSERT INTO claim_events (claim_id, actor_id, at, kind, from_status, to_status)", 6, 150);

  let claimId = 0;
  const cap = (t: number) => Math.min(t, now);
  const verdictPick = () => {
    const x = r.next();
    return x < 0.58 ? "supported" : x < 0.82 ? "disputed" : "needs_source";
  };

  const BATCH_ARTICLES = 5000;
  const begin = client.prepare("BEGIN");
  const commit = client.prepare("COMMIT");
  begin.run();
  for (let ai = 0; ai < o.articles; ai++) {
    const articleId = ai + 1;
    const created = articleTimes[ai];
    const es = r.next() < 0.22;
    const creator = r.pick(leads);
    const mainReviewer = weightedReviewer();
    const n = perArticle[ai];

    // Claim texts first: the body is their concatenation, so offsets are exact.
    const texts: string[] = [];
    for (let k = 0; k < n; k++) {
      const pct = 1 + r.int(60);
      const year = 2015 + r.int(10);
      texts.push(
        es
          ? `${r.pick(SUBJECTS_ES)} ${r.pick(VERBS_ES)} un ${pct}% en ${year}.`
          : `${r.pick(SUBJECTS)} ${r.pick(VERBS)} ${pct}% in ${year}.`,
      );
    }
    const body = texts.join(" ");
    const published = new Date(created - r.int(2) * DAY).toISOString().slice(0, 10);
    articles.push(
      articleId,
      `${es ? "Informe" : "Report"} ${articleId}: ${texts[0].slice(0, 40)}`,
      `${r.pick(FIRST)} ${r.pick(LAST)}`,
      `https://news.example/${articleId}`,
      published,
      es ? "es" : "en",
      body,
      creator,
      created,
    );

    let offset = 0;
    for (let k = 0; k < n; k++) {
      claimId++;
      const text = texts[k];
      const startOff = offset;
      offset += text.length + 1;
      const cw = r.next() < 0.72;
      const score = Math.round((cw ? 0.5 + 0.5 * r.next() : 0.5 * r.next()) * 1000) / 1000;
      let c = created + k * 37;
      if (r.next() < 0.03) c = Math.min(now - MIN, c + r.int(2 * DAY)); // added later (split/merge)
      let status = "unreviewed";
      let version = 1;
      let verdictBy: number | null = null;
      let verdictAt: number | null = null;
      let firstVerdictAt: number | null = null;
      let assignee: number | null = null;
      let last = c;
      const ev = (actor: number, at: number, kind: string, from: string | null = null, to: string | null = null) => {
        events.push(claimId, actor, at, kind, from, to);
        if (at > last) last = at;
      };
      ev(creator, c, "created", null, "unreviewed");
      const verdict = (actor: number, at: number, to: string, kind = "verdict") => {
        ev(actor, at, kind, status, to);
        status = to;
        verdictBy = actor;
        verdictAt = at;
        if (firstVerdictAt === null) firstVerdictAt = at;
        version++;
      };

      if (cw) {
        const reviewerIdx = r.next() < 0.8 ? mainReviewer : weightedReviewer();
        let readyAt = c;
        if (r.next() < 0.92) {
          assignee = reviewerIds[reviewerIdx];
          const at = cap(c + Math.round(r.exp(40 * MIN)));
          ev(creator, at, "assigned");
          version++;
          readyAt = at;
        }
        const reviewer = reviewerIds[reviewerIdx];
        const reused = r.next() < 0.07;
        const stuck = r.next() < 0.03;
        const ttv = reused ? 30_000 + r.exp(3 * MIN) : r.lognormal(medians[reviewerIdx], 1.1);
        const due = Math.round(c + ttv);
        // Evidence and comments along the way (only what has happened by now).
        if (!reused) {
          const nEvidence = 1 + r.int(3);
          for (let e = 0; e < nEvidence; e++) {
            const at = Math.round(readyAt + r.next() * Math.max(0, due - readyAt));
            if (at <= now) ev(reviewer, at, "evidence_added");
          }
        }
        const nComments = r.int(4);
        for (let e = 0; e < nComments; e++) {
          const at = Math.round(c + r.next() * (due + DAY - c));
          if (at <= now) ev(reviewerIds[weightedReviewer()], at, "comment");
        }
        if (!stuck && due <= now) {
          verdict(reviewer, due, verdictPick(), reused ? "reused" : "verdict");
          if (status === "needs_source" && r.next() < 0.6) {
            const at = Math.round(due + r.lognormal(20 * HOUR, 1));
            if (at <= now) {
              ev(reviewer, Math.round((due + at) / 2), "evidence_added");
              verdict(reviewer, at, r.next() < 0.7 ? "supported" : "disputed");
            }
          }
          if (r.next() < 0.025) {
            const at = Math.round(verdictAt! + r.lognormal(DAY, 1));
            if (at <= now) {
              ev(r.pick(leads), at, "reset", status, "unreviewed");
              status = "unreviewed";
              verdictBy = null;
              verdictAt = null;
              version++;
              const again = Math.round(at + r.lognormal(6 * HOUR, 1));
              if (r.next() < 0.7 && again <= now) verdict(reviewerIds[weightedReviewer()], again, verdictPick());
            }
          }
        }
      } else {
        // Not check-worthy: edits and comments, and the odd verdict anyway.
        const nTouches = 1 + r.int(3);
        for (let e = 0; e < nTouches; e++) {
          const at = Math.round(c + r.exp(DAY));
          if (at <= now) ev(reviewerIds[weightedReviewer()], at, r.next() < 0.5 ? "span_changed" : "comment");
        }
        if (r.next() < 0.06) {
          const at = Math.round(c + r.lognormal(DAY, 1));
          if (at <= now) verdict(reviewerIds[weightedReviewer()], at, r.next() < 0.8 ? "supported" : "disputed");
        }
      }

      let deletedAt: number | null = null;
      if (r.next() < 0.01) {
        const at = Math.round(last + r.exp(DAY));
        if (at <= now) {
          ev(creator, at, "deleted");
          deletedAt = at;
          version++;
        }
      }

      claims.push(
        claimId,
        articleId,
        startOff,
        startOff + text.length,
        text,
        score,
        cw ? 1 : 0,
        "[]",
        status,
        assignee,
        version,
        verdictBy,
        verdictAt,
        firstVerdictAt,
        deletedAt,
        c,
        last,
      );
    }

    if ((ai + 1) % BATCH_ARTICLES === 0 || ai + 1 === o.articles) {
      articles.flush();
      claims.flush();
      events.flush();
      commit.run();
      log(
        `articles ${(ai + 1).toLocaleString("en-US")}/${o.articles.toLocaleString("en-US")}, claims ${claims.count.toLocaleString("en-US")}, events ${events.count.toLocaleString("en-US")}`,
      );
      if (ai + 1 < o.articles) begin.run();
    }
  }
  return { users: reviewerIds.length, articles: articles.count, claims: claims.count, events: events.count };
}
