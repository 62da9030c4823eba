/** Model catalog, fit, header checks, downloads and the installed-model registry (no node-llama-cpp here). */
export { bundledCatalog, parseCatalog, type CatalogModel } from './catalog';
export {
  assessFit, ensureLoadable, estimateRequirements,
  type FitAssessment, type FitVerdict, type GpuKind, type MachineInfo, type MachineProbe, type ModelRequirements,
} from './fit';
export { readGgufHeader, type GgufSummary } from './gguf-header';
export {
  createModelDownloader, ModelDownloadError,
  type DownloadErrorCode, type DownloadProgress, type DownloadRequest, type DownloadResult, type ModelDownloader, type ModelDownloaderOptions,
} from './model-downloader';
export { createModelRegistry, ModelRegistryError, type CopyProgress, type InstalledModel, type ModelRegistry, type ModelRegistryOptions } from './model-registry';
export type { FetchLike, OnOutboundRequest, OutboundRequestReport } from './outbound';
