export * from "./import";
export * from "./read";
export * from "./schemas";
export { prepareSource, type ArticleSource } from "./sources";
