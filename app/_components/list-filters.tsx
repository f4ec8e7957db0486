import { Field, Select } from "@/components/form";
import { CLAIM_STATUSES, STATUS_LABELS } from "@/lib/vocabulary";

/**
 * Fields of the GET filter forms above a list (articles, search): the label above its select,
 * an empty value meaning "no filter", so an untouched form sends nothing.
 */

export function StatusFilter({ label, value }: { label: string; value: string | undefined }) {
  return (
    <Field label={label}>
      <Select name="status" defaultValue={value ?? ""}>
        <option value="">Any</option>
        {CLAIM_STATUSES.map((s) => (
          <option key={s} value={s}>
            {STATUS_LABELS[s]}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** One reviewer by id; `extraOptions` go between "Anyone" and the names (e.g. "Assigned to me"). */
export function ReviewerFilter({
  label,
  name,
  value,
  reviewers,
  extraOptions,
}: {
  label: string;
  name: string;
  value: string | number | undefined | null;
  reviewers: { id: number; name: string }[];
  extraOptions?: React.ReactNode;
}) {
  return (
    <Field label={label}>
      <Select name={name} defaultValue={value ? String(value) : ""}>
        <option value="">Anyone</option>
        {extraOptions}
        {reviewers.map((r) => (
          <option key={r.id} value={r.id}>
            {r.name}
          </option>
        ))}
      </Select>
    </Field>
  );
}
