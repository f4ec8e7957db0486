import { getDb } from "@/server/db";
import { isAppError } from "@/lib/errors";
import { readPublicReport } from "@/services/publications";

type Context = { params: Promise<{ slug: string; n: string }> };

/** The published version's stored bytes, exactly: their SHA-256 is the one publishing returned. */
export async function GET(_req: Request, { params }: Context): Promise<Response> {
  const { slug, n } = await params;
  const notFound = () => Response.json({ error: "There is no published report at this address." }, { status: 404 });
  if (!/^[1-9]\d{0,8}$/.test(n)) return notFound();
  try {
    const found = readPublicReport(getDb(), { slug, version: Number(n) });
    return new Response(found.text, {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Cache-Control": "public, max-age=31536000, immutable",
        ETag: `"${found.sha256}"`,
        "Content-Disposition": `inline; filename="${slug}-v${n}.json"`,
      },
    });
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") return notFound();
    throw error;
  }
}
