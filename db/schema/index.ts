/** The database schema (drizzle-kit reads it from here: see drizzle.config.ts). */
export * from "./core";
export * from "./matching";
export * from "./security";
export * from "./reports";
export * from "./models";
