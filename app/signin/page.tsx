import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { safeLocalPath } from "@/lib/safe-redirect";
import { getCurrentUser } from "@/server/session";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  if (await getCurrentUser()) redirect("/articles");
  const { callbackUrl } = await searchParams;
  return (
    <div className="mx-auto mt-12 max-w-sm rounded-lg border border-stone-200 bg-white p-6 shadow-sm">
      <h1 className="mb-1 text-xl font-semibold">Sign in to ClaimDesk</h1>
      <p className="mb-5 text-sm text-stone-600">Use the account your desk lead gave you.</p>
      <SignInForm callbackUrl={callbackUrl ? safeLocalPath(callbackUrl) : undefined} />
    </div>
  );
}
