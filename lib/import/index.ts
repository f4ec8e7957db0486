export * from "./article-input";
export * from "./body";
export { fetchArticle, isPrivateAddress, parseHttpUrl, type FetchOptions } from "./fetch-url";
export { extractArticleFromHtml, htmlToText } from "./html";
export { markdownToText } from "./markdown";
export { textFromUpload, UPLOAD_TYPES, MAX_UPLOAD_BYTES } from "./file";
