import Link from "next/link";

export default function Forbidden() {
  return (
    <div className="mx-auto mt-12 max-w-lg rounded-lg border border-amber-300 bg-amber-50 p-6" data-testid="forbidden">
      <h1 className="text-xl font-semibold">You don’t have access to this page</h1>
      <p className="mt-2 text-stone-700">
        Your role does not allow this. Ask an admin if you need access.
      </p>
      <Link href="/articles" className="mt-4 inline-block underline">Back to articles</Link>
    </div>
  );
}
