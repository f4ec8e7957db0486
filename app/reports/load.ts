import "server-only";
import { notFound } from "next/navigation";
import { getDb } from "@/server/db";
import { isAppError } from "@/lib/errors";
import { readPublicReport, type PublicReport } from "@/services/publications";

/**
 * A published report for the public pages, or Next's 404: unknown slugs, versions that do not
 * exist and articles never published look the same, so the address reveals nothing.
 */
export function loadPublicReport(slug: string, version?: string): PublicReport {
  const n = version === undefined ? undefined : /^[1-9]\d{0,8}$/.test(version) ? Number(version) : NaN;
  if (Number.isNaN(n)) notFound();
  try {
    return readPublicReport(getDb(), { slug, version: n });
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  }
}
