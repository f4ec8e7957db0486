"use client";

/** Body offset of a DOM position inside the article text (segments carry data-offset). */
function bodyOffset(node: Node, offsetInNode: number): number | null {
  const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
  const segment = element?.closest<HTMLElement>("[data-offset]");
  if (!segment) return null;
  const base = Number(segment.dataset.offset);
  if (node.nodeType === Node.TEXT_NODE) return base + offsetInNode;
  // An element boundary: count the text before the child index.
  let length = 0;
  for (let i = 0; i < offsetInNode && i < node.childNodes.length; i++) length += node.childNodes[i].textContent?.length ?? 0;
  return base + length;
}

/** The current selection as [start, end) offsets into the article body, if it lies in it. */
export function selectionInBody(container: HTMLElement | null): { start: number; end: number } | null {
  const selection = typeof window === "undefined" ? null : window.getSelection();
  if (!container || !selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const start = bodyOffset(range.startContainer, range.startOffset);
  const end = bodyOffset(range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}
