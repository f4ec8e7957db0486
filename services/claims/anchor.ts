import { describeAnchor } from "@/lib/anchoring";

/** The TextQuoteSelector context columns of a claim at [start, end) of `body`. */
export function quoteContext(body: string, start: number, end: number): { quotePrefix: string; quoteSuffix: string } {
  const { quote } = describeAnchor(body, start, end);
  return { quotePrefix: quote.prefix, quoteSuffix: quote.suffix };
}
