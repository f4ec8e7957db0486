import { z } from "zod";

/** Model page and API input, parsed at the edge. */
export const retrainSchema = z.object({
  seed: z.number("seed must be a whole number.").int("seed must be a whole number.").min(0, "seed cannot be negative.").max(2 ** 31 - 1, "seed is too large.").optional(),
});

export const modelIdSchema = z.number("Unknown model.").int("Unknown model.").positive("Unknown model.");

export const rescoreSchema = z.object({
  /** The model version the lead saw on the page: rescoring with another one is refused (409). */
  modelVersion: z.string("modelVersion is required: the version of the model in use, as the page showed it.").min(1, "modelVersion is required.").max(100),
});
