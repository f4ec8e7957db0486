"use client";

import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { inputClass } from "./form";

export type PickedArticle = { id: number; title: string };
type Option = PickedArticle & { language: string; createdAt: string };

const DEBOUNCE_MS = 150;
const MAX_OPTIONS = 8;

/**
 * Picks an article by its title: a combobox (text box + list box, ARIA 1.2 pattern) over
 * `GET /api/articles?q=`, which sets a hidden `name` field (default `articleId`) to the chosen
 * article's id and shows its title; Clear removes it. Keyboard: ↓/↑ move through the titles,
 * Enter picks, Escape closes the list (and, when it is closed, empties the box).
 *
 * Without JavaScript the text box is a plain field named `textName` (when given), so a GET form
 * sends the words typed and the page can look the article up itself.
 */
export function ArticlePicker({
  initial = null,
  name = "articleId",
  textName,
  label = "Article",
  placeholder = "Any article: type a title",
  testId = "article-picker",
  className = "",
}: {
  initial?: PickedArticle | null;
  name?: string;
  textName?: string;
  label?: string;
  placeholder?: string;
  testId?: string;
  className?: string;
}) {
  const id = useId();
  const [picked, setPicked] = useState<PickedArticle | null>(initial);
  const [query, setQuery] = useState("");
  const [options, setOptions] = useState<Option[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState<"idle" | "loading" | "done" | "error">("idle");
  const input = useRef<HTMLInputElement>(null);
  const clear = useRef<HTMLButtonElement>(null);
  const focusNext = useRef<"input" | "clear" | null>(null);

  useEffect(() => {
    if (focusNext.current === "input") input.current?.focus();
    if (focusNext.current === "clear") clear.current?.focus();
    focusNext.current = null;
  }, [picked]);

  useEffect(() => {
    const q = query.trim();
    if (!q) {
      setOptions([]);
      setStatus("idle");
      return;
    }
    const abort = new AbortController();
    setStatus("loading");
    const timer = setTimeout(async () => {
      try {
        const res = await fetch(`/api/articles?${new URLSearchParams({ q, limit: String(MAX_OPTIONS) })}`, { signal: abort.signal, cache: "no-store" });
        if (!res.ok) throw new Error(String(res.status));
        const body = (await res.json()) as { articles: Option[] };
        setOptions(body.articles);
        setActive(body.articles.length ? 0 : -1);
        setStatus("done");
      } catch {
        if (!abort.signal.aborted) setStatus("error");
      }
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [query]);

  function choose(option: Option) {
    focusNext.current = "clear";
    setPicked({ id: option.id, title: option.title });
    setQuery("");
    setOpen(false);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const n = options.length;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!open) setOpen(true);
      if (n) setActive((i) => (event.key === "ArrowDown" ? (i + 1) % n : (i - 1 + n) % n));
    } else if (event.key === "Enter" && open && active >= 0 && active < n) {
      event.preventDefault(); // picks; the form is not sent
      choose(options[active]!);
    } else if (event.key === "Escape") {
      if (open) {
        event.preventDefault();
        setOpen(false);
      } else if (query) {
        event.preventDefault();
        setQuery("");
      }
    }
  }

  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-option-${i}`;
  const showList = open && query.trim() !== "" && status !== "idle";
  const message =
    status === "loading" ? "Looking up titles…" : status === "error" ? "The titles could not be loaded." : status === "done" && options.length === 0 ? `No article title contains “${query.trim()}”.` : status === "done" ? `${options.length} article${options.length === 1 ? "" : "s"}; use the arrow keys and Enter to pick one.` : "";

  return (
    <div className={`relative flex flex-col gap-1 ${className}`} data-testid={testId}>
      <label htmlFor={`${id}-input`} className="font-medium">
        {label}
      </label>
      {picked ? (
        <div className="flex items-center gap-2 rounded border border-stone-300 bg-stone-50 px-2 py-1">
          <input type="hidden" name={name} value={picked.id} />
          <span className="min-w-0 flex-1 truncate" title={picked.title} data-testid={`${testId}-chosen`}>
            {picked.title}
          </span>
          <button
            ref={clear}
            type="button"
            onClick={() => {
              focusNext.current = "input";
              setPicked(null);
            }}
            className="shrink-0 rounded px-1 text-xs text-stone-700 underline hover:bg-stone-200"
            aria-label={`Clear the article: ${picked.title}`}
            data-testid={`${testId}-clear`}
          >
            Clear
          </button>
        </div>
      ) : (
        <input
          ref={input}
          id={`${id}-input`}
          name={textName}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={showList}
          aria-controls={listId}
          aria-activedescendant={showList && active >= 0 && active < options.length ? optionId(active) : undefined}
          aria-describedby={`${id}-status`}
          autoComplete="off"
          value={query}
          placeholder={placeholder}
          onChange={(e) => {
            setQuery(e.target.value);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
          onFocus={() => query && setOpen(true)}
          className={`${inputClass} w-full`}
          data-testid={`${testId}-input`}
        />
      )}
      <ul
        id={listId}
        role="listbox"
        aria-label="Articles"
        hidden={!showList || options.length === 0}
        className="absolute left-0 top-full z-20 mt-1 max-h-72 w-full sm:w-max sm:min-w-full sm:max-w-[32rem] overflow-auto rounded border border-stone-300 bg-white py-1 text-sm shadow-lg"
      >
        {options.map((o, i) => (
          <li
            key={o.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            // Keeps the focus in the text box, so the blur does not close the list before the click.
            onMouseDown={(e) => e.preventDefault()}
            onMouseMove={() => setActive(i)}
            onClick={() => choose(o)}
            className={`cursor-pointer px-3 py-1.5 ${i === active ? "bg-stone-900 text-white" : "hover:bg-stone-100"}`}
          >
            <span className="line-clamp-2 block">{o.title}</span>
            <span className={`block text-xs ${i === active ? "text-stone-300" : "text-stone-500"}`}>
              #{o.id} · {o.language.toUpperCase()} · added {o.createdAt.slice(0, 10)}
            </span>
          </li>
        ))}
      </ul>
      <span id={`${id}-status`} role="status" className="sr-only">
        {picked ? "" : message}
      </span>
      {!picked && showList && options.length === 0 && status !== "loading" && (
        <span className="absolute left-0 top-full z-20 mt-1 w-full min-w-64 rounded border border-stone-300 bg-white px-3 py-2 text-sm text-stone-600 shadow-lg" aria-hidden>
          {message}
        </span>
      )}
    </div>
  );
}
