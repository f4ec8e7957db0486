import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto mt-12 max-w-lg rounded-lg border border-stone-200 bg-white p-6">
      <h1 className="text-xl font-semibold">Not found</h1>
      <p className="mt-2 text-stone-700">That page or article does not exist, or it was removed.</p>
      <Link href="/articles" className="mt-4 inline-block underline">Back to articles</Link>
    </div>
  );
}
