import type { ButtonHTMLAttributes, InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

/**
 * Form primitives: one look for every input, select, text area and button, and one way to
 * put a hint and an error next to the field they belong to (announced to screen readers).
 */
export const inputClass = "rounded border border-stone-300 bg-white px-2 py-1";
const buttonClasses = {
  primary: "rounded bg-stone-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-stone-700 disabled:opacity-60",
  secondary: "rounded border border-stone-300 bg-white px-3 py-1 text-sm hover:bg-stone-100 disabled:opacity-50",
  small: "rounded border border-stone-300 bg-white px-2 py-1 text-xs hover:bg-stone-100 disabled:opacity-50",
} as const;

const join = (...classes: (string | undefined | false)[]) => classes.filter(Boolean).join(" ");

export function TextInput({ className, ...props }: InputHTMLAttributes<HTMLInputElement>) {
  return <input {...props} className={join(inputClass, className)} />;
}

export function Select({ className, ...props }: SelectHTMLAttributes<HTMLSelectElement>) {
  return <select {...props} className={join(inputClass, className)} />;
}

export function TextArea({ className, ...props }: TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return <textarea {...props} className={join(inputClass, className)} />;
}

export function Button({ variant = "secondary", className, type = "button", ...props }: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: keyof typeof buttonClasses }) {
  return <button type={type} {...props} className={join(buttonClasses[variant], className)} />;
}

/** A labelled field with an optional hint and an error that sits right under it. */
export function Field({ label, hint, error, errorId, children, className }: {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  /** The id the input's aria-describedby points at, so the error is read with the field. */
  errorId?: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <label className={join("flex flex-col gap-1", className)}>
      <span className="font-medium">{label}</span>
      {children}
      {hint && <span className="text-xs text-stone-600">{hint}</span>}
      {error && (
        <span id={errorId} role="alert" className="text-sm text-red-800">
          {error}
        </span>
      )}
    </label>
  );
}
