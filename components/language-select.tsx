import { Select } from "./form";

export function LanguageSelect({ id, defaultValue = "auto" }: { id: string; defaultValue?: string }) {
  return (
    <label htmlFor={id} className="flex flex-col gap-1 text-sm">
      <span className="font-medium">Language</span>
      <Select id={id} name="language" defaultValue={defaultValue}>
        <option value="auto">Detect automatically</option>
        <option value="en">English</option>
        <option value="es">Spanish</option>
      </Select>
    </label>
  );
}
