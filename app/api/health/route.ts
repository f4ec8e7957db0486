import { getDb } from "@/db/client";

export const dynamic = "force-dynamic";

/** Public liveness check: 200 once the database is open and migrated. */
export function GET() {
  try {
    getDb().$client.prepare("select 1").get();
    return Response.json({ ok: true });
  } catch (error) {
    console.error("Health check failed", error);
    return Response.json({ ok: false, error: "The database is not available." }, { status: 503 });
  }
}
