import { describe, expect, it } from "vitest";
import { articleTextProblem, uploadProblem } from "@/lib/article-size";
import { LIMITS } from "@/lib/vocabulary";

describe("the article size limit, checked before sending", () => {
  it("lets a text up to the limit through and refuses one character more, saying both sizes", () => {
    expect(articleTextProblem("a".repeat(LIMITS.articleBodyChars))).toBeNull();
    expect(articleTextProblem("a".repeat(LIMITS.articleBodyChars + 1))).toBe(
      "The text is 2,000,001 characters long; an article can have up to 2,000,000. Nothing was sent, and your text is still here: split it into parts.",
    );
  });

  it("asks for a file when none is chosen, and refuses one over the upload limit", () => {
    expect(uploadProblem(null)).toBe("Choose a file to upload.");
    expect(uploadProblem({ size: 0, name: "" })).toBe("Choose a file to upload.");
    expect(uploadProblem({ size: LIMITS.uploadBytes, name: "a.txt" })).toBeNull();
    expect(uploadProblem({ size: 7_340_000, name: "big.html" })).toBe("“big.html” is 7.4 MB; a file can be up to 5 MB. Nothing was sent.");
  });
});
