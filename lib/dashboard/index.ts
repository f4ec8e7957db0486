export * from "./aging";
export * from "./dates";
export * from "./format";
export * from "./percentile";
export * from "./ttv-buckets";
export * from "./sorts";
