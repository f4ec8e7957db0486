"use client";

import { useState, type FormEvent } from "react";

/**
 * A check run in the browser before a form is sent (e.g. the article size limit): when it finds a
 * problem the form is not submitted, so nothing typed is lost, and the message is shown instead.
 */
export function usePreflight(check: (data: FormData) => string | null) {
  const [error, setError] = useState<string | null>(null);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const problem = check(new FormData(event.currentTarget));
    setError(problem);
    if (problem) event.preventDefault();
  };
  return { error, onSubmit };
}
