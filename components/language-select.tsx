export function LanguageSelect({ id, defaultValue = "auto" }: { id: string; defaultValue?: string }) {
  return (
    <label htmlFor={id} className="flex flex-col gap-1 text-sm">
      <span className="font-medium">Language</span>
      <select id={id} name="language" defaultValue={defaultValue} className="rounded border border-stone-300 px-2 py-1">
        <option value="auto">Detect automatically</option>
        <option value="en">English</option>
        <option value="es">Spanish</option>
      </select>
    </label>
  );
}
