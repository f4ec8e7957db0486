import { describe, expect, it } from "vitest";
import { safeLocalPath } from "@/lib/safe-redirect";

describe("safeLocalPath", () => {
  it.each(["/articles/12?claim=3#panel", "/dashboard", "/search?q=a%2Fb"])("keeps the app path %s", (path) => {
    expect(safeLocalPath(path)).toBe(path);
  });

  it.each([
    "/\\evil.example/x",
    "/\\/evil.example",
    "//evil.example/x",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    " //evil.example",
    "https://evil.example/x",
    "javascript:alert(1)",
    "evil.example",
    "",
    undefined,
  ])("sends %j back to the article list", (raw) => {
    expect(safeLocalPath(raw)).toBe("/articles");
  });
});
