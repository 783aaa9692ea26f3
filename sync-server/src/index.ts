// The relay's public API (DESIGN.md §7): start one, or use its parts.
export { startRelay, type RelayHandle, type RelayOptions } from "./relay.js";
export { DEFAULT_LIMITS, LimitsError, resolveLimits, type RelayLimits } from "./limits.js";
export { CrashSafeStorageAdapter } from "./crash-safe-storage-adapter.js";
export { StorageKeyError, isValidKeyPart } from "./storage-key.js";
export { RelayNetworkAdapter, type RelayNetworkAdapterOptions } from "./relay-network-adapter.js";
export type { ConnectionInfo } from "./relay-connection.js";
export { createMessageGuard, isWellFormedDocumentId, isWellFormedPeerId, type GuardResult, type MessageGuard } from "./message-guard.js";
export { ChunkError, inspectChunks, type ChunkCost } from "./chunk-inspector.js";
export { CLOSE_CODES, type Violation, type ViolationReason } from "./violation.js";
export { RelayMetrics, renderPrometheus, type RelayGauges } from "./metrics.js";
export { jsonLinesLogger, silentLogger, type LogEntry, type RelayLogger } from "./relay-logger.js";
export { defaultDataDir } from "./default-data-dir.js";
export { PROTOCOL_VERSION } from "./wire-messages.js";
export { exportStore, UnknownDocumentError, type StoreExport } from "./export-store.js";
export { importIntoStore, ImportRefusedError, type StoreImportOutcome } from "./import-into-store.js";
export { readStoredDocument, StoredDocumentError, type StoredDocument } from "./stored-document.js";
