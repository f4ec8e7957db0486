import { describe, expect, it } from "vitest";
import { CLAIM_REVIEW_RATINGS, CLAIM_REVIEW_SCALE, claimReviewScriptTag, toClaimReview } from "@/lib/export";
import { englishReport, ES_SUPPORTED, SCRIPT_TEXT, spanishReport, TRICKY_TEXT } from "./fixtures";
import { parseDocument } from "./render";

const ORG = { "@type": "Organization", name: "ClaimDesk Fact Check", url: "https://factcheck.example.org/" };

describe("CLAIM_REVIEW_RATINGS", () => {
  it("is the documented mapping on a 1..5 scale", () => {
    expect(CLAIM_REVIEW_SCALE).toEqual({ bestRating: 5, worstRating: 1 });
    expect(CLAIM_REVIEW_RATINGS).toEqual({
      supported: { ratingValue: 5, alternateName: "Supported" },
      disputed: { ratingValue: 1, alternateName: "Disputed" },
      needs_source: { ratingValue: 3, alternateName: "Needs a source" },
    });
  });
});

describe("toClaimReview", () => {
  it("emits one ClaimReview per verdict, without needs_source by default", () => {
    const items = toClaimReview(englishReport());
    expect(items.map((i) => i.claimReviewed)).toEqual([TRICKY_TEXT, SCRIPT_TEXT]);
  });

  it("fills every Google fact-check field for a supported claim", () => {
    const [item] = toClaimReview(englishReport());
    expect(item["@context"]).toBe("https://schema.org");
    expect(item["@type"]).toBe("ClaimReview");
    expect(item.url).toBe("https://claimdesk.example.org/articles/7/review#claim-11");
    expect(item.claimReviewed).toBe(TRICKY_TEXT);
    expect(item.author).toEqual(ORG);
    expect(item.datePublished).toBe("2025-03-02");
    expect(item.reviewRating).toEqual({
      "@type": "Rating",
      ratingValue: 5,
      bestRating: 5,
      worstRating: 1,
      // The desk's word, not a claim about evidence the record may not hold.
      alternateName: "Supported",
    });
    expect(item.itemReviewed).toEqual({
      "@type": "Claim",
      author: { "@type": "Person", name: "Jane O'Neil" },
      datePublished: "2025-02-28",
      appearance: [{ "@type": "CreativeWork", url: "https://news.example.com/a/budget%20(2025)?q=1&x=2" }],
    });
    expect(Object.keys(item)).toEqual([
      "@context", "@type", "url", "claimReviewed", "author", "datePublished", "reviewRating", "itemReviewed",
    ]);
  });

  it("maps disputed to 1 and, on request only, needs_source to 3", () => {
    const disputed = toClaimReview(englishReport())[1];
    expect(disputed.reviewRating).toMatchObject({ ratingValue: 1, alternateName: "Disputed" });
    expect(disputed.datePublished).toBe("2025-03-03");
    expect(disputed.url).toBe("https://claimdesk.example.org/articles/7/review#claim-12");
    const all = toClaimReview(englishReport(), { includeNeedsSource: true });
    expect(all).toHaveLength(3);
    expect(all[2].reviewRating).toEqual({
      "@type": "Rating",
      ratingValue: 3,
      bestRating: 5,
      worstRating: 1,
      alternateName: "Needs a source",
    });
    expect(all.some((i) => i.claimReviewed === "=SUM(A1)")).toBe(false); // unreviewed: never
  });

  it("points at the public report page only: replaces its fragment, and has no url without one", () => {
    const withHash = toClaimReview(englishReport({ reportUrl: "https://r.example/x?y=1#top" }));
    expect(withHash[0].url).toBe("https://r.example/x?y=1#claim-11");
    expect(toClaimReview(englishReport({ reportUrl: null }))[0].url).toBeUndefined();
    expect(toClaimReview(englishReport({ reportUrl: "javascript:alert(1)" }))[0].url).toBeUndefined();
  });

  it("names the publication the claim appeared in when there is no byline, never 'Unknown'", () => {
    const report = englishReport();
    report.article = { ...report.article, byline: null };
    expect(toClaimReview(report)[0].itemReviewed.author).toEqual({ "@type": "Organization", name: "news.example.com" });
  });

  it("omits an unknown author, dates and appearance rather than inventing them (Spanish article)", () => {
    const items = toClaimReview(spanishReport());
    expect(items.map((i) => i.claimReviewed)).toEqual([ES_SUPPORTED, "¿Niño 🎉 cumpleaños? ¡Sí!"]);
    const [item] = items;
    expect(item.url).toBeUndefined(); // neither reportUrl nor source URL
    expect(item.author).toEqual({ "@type": "Organization", name: "Verificación Ñ", url: "https://verifica.example.es/" });
    expect(item.itemReviewed).toEqual({ "@type": "Claim" });
    expect("appearance" in item.itemReviewed).toBe(false);
    expect("datePublished" in item.itemReviewed).toBe(false);
  });

  it("respects verifiedOnly (same verdicts) and returns [] without verdicts", () => {
    expect(toClaimReview(englishReport({ options: { verifiedOnly: true } }))).toEqual(toClaimReview(englishReport()));
    const report = englishReport();
    report.claims = report.claims.map((c) => ({ ...c, status: "unreviewed" as const }));
    expect(toClaimReview(report)).toEqual([]);
  });
});

describe("claimReviewScriptTag", () => {
  it("embeds the JSON so that </script> in a claim cannot break out", () => {
    const items = toClaimReview(englishReport());
    const tag = claimReviewScriptTag(items);
    expect(tag.startsWith('<script type="application/ld+json">')).toBe(true);
    expect(tag.endsWith("</script>")).toBe(true);
    expect(tag.match(/<\/script/gi)).toHaveLength(1);
    expect(tag.slice(0, -"</script>".length)).not.toMatch(/<!--|<\/|[\u2028\u2029]/);

    const doc = parseDocument(`<!doctype html><html><head>${tag}</head><body><p>after</p></body></html>`);
    const scripts = doc.querySelectorAll("script");
    expect(scripts).toHaveLength(1);
    expect(scripts[0].getAttribute("type")).toBe("application/ld+json");
    expect(JSON.parse(scripts[0].textContent ?? "")).toEqual(items);
    expect(doc.querySelector("body p")?.textContent).toBe("after");
  });

  it("escapes line and paragraph separators", () => {
    const tag = claimReviewScriptTag([{ claimReviewed: "a\u2028b\u2029c & <x>" }]);
    expect(tag).toContain("a\\u2028b\\u2029c \\u0026 \\u003cx\\u003e");
  });
});
