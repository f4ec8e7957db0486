import type { NextConfig } from "next";
import { securityHeaders } from "./lib/security-headers";
import { LIMITS } from "./lib/vocabulary/limits";

const nextConfig: NextConfig = {
  // Lets two builds (e.g. a benchmark and the test suite) live side by side.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Native addons must stay outside the server bundle.
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2", "pdfkit", "linkedom"],
  images: { unoptimized: true },
  poweredByHeader: false,
  // forbidden() renders app/forbidden.tsx with a real 403 status.
  experimental: {
    authInterrupts: true,
    // Server actions carry pasted articles and uploads: room for the largest article text (in
    // UTF-8) and file (lib/vocabulary/limits.ts), checked again by the services.
    serverActions: { bodySizeLimit: LIMITS.actionRequestBytes },
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders(process.env.NODE_ENV === "production") }];
  },
};

export default nextConfig;
