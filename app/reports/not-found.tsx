export default function ReportNotFound() {
  return (
    <div className="mx-auto mt-12 max-w-lg rounded-lg border border-stone-200 bg-white p-6" data-testid="report-not-found">
      <h1 className="text-xl font-semibold">No report here</h1>
      <p className="mt-2 text-stone-700">There is no published fact-check report at this address. Check the link you followed.</p>
    </div>
  );
}
