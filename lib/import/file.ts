import { AppError } from "../errors";
import { decodeUtf8, looksBinary } from "./body";
import { extractArticleFromHtml, htmlDocumentToText } from "./html";
import { markdownToText } from "./markdown";

export const UPLOAD_TYPES = [".txt", ".md", ".markdown", ".html", ".htm"] as const;
export const MAX_UPLOAD_BYTES = 5_000_000;

export type UploadedText = { title: string | null; byline: string | null; publishedAt: string | null; body: string };

function extension(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot < 0 ? "" : name.slice(dot).toLowerCase();
}

/** Article text from an uploaded .txt, .md or .html file; anything else is refused. */
export function textFromUpload(name: string, bytes: Uint8Array): UploadedText {
  const ext = extension(name);
  if (!(UPLOAD_TYPES as readonly string[]).includes(ext)) {
    throw new AppError("bad_request", `Unsupported file type "${ext || name}". Upload a .txt, .md or .html file.`);
  }
  if (bytes.byteLength === 0) throw new AppError("bad_request", "The file is empty.");
  if (bytes.byteLength > MAX_UPLOAD_BYTES) {
    throw new AppError("too_large", `The file is too large (${(bytes.byteLength / 1e6).toFixed(1)} MB); the limit is ${MAX_UPLOAD_BYTES / 1e6} MB.`);
  }
  if (bytes.includes(0)) throw new AppError("bad_request", "That looks like a binary file, not article text.");
  const text = decodeUtf8(bytes);
  if (looksBinary(text)) throw new AppError("bad_request", "That looks like a binary file, not article text.");

  if (ext === ".md" || ext === ".markdown") return markdownToText(text);
  if (ext === ".html" || ext === ".htm") {
    const article = extractArticleFromHtml(text);
    if (article) return { title: article.title || null, byline: article.byline, publishedAt: article.publishedAt, body: article.body };
    return { ...htmlDocumentToText(text), byline: null, publishedAt: null };
  }
  return { title: null, byline: null, publishedAt: null, body: text };
}
