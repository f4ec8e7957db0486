import type { Jsonify } from "@/lib/json";
import type { ModelOverview, ModelView } from "@/services/checkworthiness";

export type ModelViewJson = Jsonify<ModelView>;
export type ModelOverviewJson = Jsonify<ModelOverview>;
