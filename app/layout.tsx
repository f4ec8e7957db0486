import type { Metadata } from "next";
import "./globals.css";
import { SiteHeader } from "@/components/site-header";
import { signOutAction } from "./signin/actions";

export const metadata: Metadata = {
  title: { default: "ClaimDesk", template: "%s · ClaimDesk" },
  description: "Editorial claim verification desk",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-stone-50 font-sans text-stone-900 antialiased">
        <a href="#main" className="sr-only-focusable absolute left-2 top-2 z-50 rounded bg-white px-3 py-2 shadow">
          Skip to content
        </a>
        <SiteHeader signOutAction={signOutAction} />
        <main id="main" className="mx-auto max-w-7xl px-4 py-6">
          {children}
        </main>
      </body>
    </html>
  );
}
