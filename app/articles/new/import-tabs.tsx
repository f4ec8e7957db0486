"use client";

import { useState } from "react";
import { PasteForm } from "./paste-form";
import { UploadForm } from "./upload-form";
import { UrlForm } from "./url-form";

const TABS = [
  { id: "paste", label: "Paste text" },
  { id: "upload", label: "Upload a file" },
  { id: "url", label: "From a URL" },
] as const;

type TabId = (typeof TABS)[number]["id"];

export function ImportTabs() {
  const [active, setActive] = useState<TabId>("paste");
  const move = (delta: number) => {
    const index = (TABS.findIndex((t) => t.id === active) + delta + TABS.length) % TABS.length;
    setActive(TABS[index].id);
    document.getElementById(`tab-${TABS[index].id}`)?.focus();
  };
  return (
    <div>
      <div role="tablist" aria-label="How to add the article" className="flex gap-1 border-b border-stone-300">
        {TABS.map((tab) => (
          <button
            key={tab.id}
            id={`tab-${tab.id}`}
            role="tab"
            type="button"
            aria-selected={active === tab.id}
            aria-controls={`panel-${tab.id}`}
            tabIndex={active === tab.id ? 0 : -1}
            onClick={() => setActive(tab.id)}
            onKeyDown={(e) => {
              if (e.key === "ArrowRight") move(1);
              if (e.key === "ArrowLeft") move(-1);
            }}
            className={`rounded-t px-4 py-2 text-sm ${active === tab.id ? "border border-b-white border-stone-300 bg-white font-medium" : "text-stone-600 hover:text-stone-900"}`}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div className="rounded-b border border-t-0 border-stone-300 bg-white p-4">
        <div id="panel-paste" role="tabpanel" aria-labelledby="tab-paste" hidden={active !== "paste"}><PasteForm /></div>
        <div id="panel-upload" role="tabpanel" aria-labelledby="tab-upload" hidden={active !== "upload"}><UploadForm /></div>
        <div id="panel-url" role="tabpanel" aria-labelledby="tab-url" hidden={active !== "url"}><UrlForm /></div>
      </div>
    </div>
  );
}
