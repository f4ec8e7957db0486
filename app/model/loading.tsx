/** While the Model page's figures and labels are read. */
export default function Loading() {
  return (
    <div className="max-w-5xl space-y-5" aria-busy="true">
      <h1 className="text-2xl font-semibold">Check-worthiness model</h1>
      <p role="status" className="text-sm text-stone-600">Loading the model, its figures and the desk labels…</p>
    </div>
  );
}
