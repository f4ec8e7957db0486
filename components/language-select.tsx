import { LANGUAGE_LABELS, LANGUAGES } from "@/lib/vocabulary";
import { Select } from "./form";

/** One option per language the desk knows, from the vocabulary, for every language picker and filter. */
export function LanguageOptions() {
  return LANGUAGES.map((language) => (
    <option key={language} value={language}>
      {LANGUAGE_LABELS[language]}
    </option>
  ));
}

export function LanguageSelect({ id, defaultValue = "auto" }: { id: string; defaultValue?: string }) {
  return (
    <label htmlFor={id} className="flex flex-col gap-1 text-sm">
      <span className="font-medium">Language</span>
      <Select id={id} name="language" defaultValue={defaultValue}>
        <option value="auto">Detect automatically</option>
        <LanguageOptions />
      </Select>
    </label>
  );
}
