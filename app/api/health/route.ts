import { getDb } from "@/server/db";
import { checkHealth } from "@/services/health";

export const dynamic = "force-dynamic";

/** Public liveness check: 200 once the database is open and migrated. */
export function GET() {
  const health = checkHealth(getDb);
  return Response.json(health, { status: health.ok ? 200 : 503 });
}
