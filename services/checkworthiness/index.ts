/** The check-worthiness model on the desk: the model in use, desk labels, retraining, rescoring. */
export { activeModel, type ActiveModel } from "./active";
export { collectDeskLabels, getDeskLabels } from "./labels";
export { getModelOverview, getTraining, type ModelInUse, type ModelOverview } from "./overview";
export { modelVersionForRescore, rescoreArticle, type RescoreInput, type RescoreResult } from "./rescore";
export { DEFAULT_SEED, startRetrain, waitForTraining, type ModelView, type RetrainInput, type TrainingStatus } from "./retrain";
export * from "./schemas";
