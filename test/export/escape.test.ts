import { describe, expect, it } from "vitest";
import { escapeHtml, jsonForScript, neutralizeCsvCell, safeHttpUrl } from "@/lib/export";

describe("safeHttpUrl", () => {
  it("accepts only absolute http(s) URLs", () => {
    expect(safeHttpUrl("https://example.com/a b")).toBe("https://example.com/a%20b");
    expect(safeHttpUrl("  HTTP://Example.com  ")).toBe("http://example.com/");
    for (const bad of [
      "javascript:alert(1)",
      "JavaScript:alert(1)",
      " javascript:alert(1)",
      "java\tscript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "vbscript:x",
      "/relative/path",
      "//example.com/x",
      "mailto:a@b.c",
      "not a url",
      "",
      null,
    ]) {
      expect(safeHttpUrl(bad), String(bad)).toBeNull();
    }
  });
});

describe("escapeHtml", () => {
  it("escapes the five HTML special characters", () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe(
      "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;",
    );
  });
});

describe("neutralizeCsvCell", () => {
  it("prefixes formula-looking cells with an apostrophe", () => {
    for (const v of ["=SUM(A1)", "+1", "-2", "@x", "\tx", "\rx"]) expect(neutralizeCsvCell(v)).toBe(`'${v}`);
    for (const v of ["1", "a=b", "x-2", "", " =1", "'=1"]) expect(neutralizeCsvCell(v)).toBe(v);
  });
});

describe("jsonForScript", () => {
  it("escapes <, >, &, U+2028, U+2029 and stays equivalent JSON", () => {
    const value = { s: "</script><!-- & \u2028\u2029 >" };
    const out = jsonForScript(value);
    expect(out).not.toMatch(/[<>&\u2028\u2029]/);
    expect(out).toContain("\\u003c/script\\u003e");
    expect(out).toContain("\\u2028");
    expect(JSON.parse(out)).toEqual(value);
  });
});
