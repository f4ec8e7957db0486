/**
 * The shared vocabulary: statuses, roles, languages, event kinds and their labels, size limits,
 * and UTC date helpers. The single source for all of them; nothing else defines its own.
 */
export * from "./statuses";
export * from "./limits";
export * from "./dates";
