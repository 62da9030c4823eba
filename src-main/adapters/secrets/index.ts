export { createSecretStore, type CreateSecretStoreOptions } from './create-secret-store';
export { createSafeStorageStore, safeStorageStatus, SECRETS_FILE_NAME, type SafeStorageLike } from './safe-storage-store';
export { createKeytarStore, loadKeytar, openKeytarStore, classifyKeychainError, type KeytarLoad, type KeytarModule } from './keytar-store';
export { createSessionStore } from './session-store';
