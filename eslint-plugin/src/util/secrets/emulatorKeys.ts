/** The published Azurite / Storage Emulator account key: public, not a secret. */
export const AZURITE_ACCOUNT_KEY =
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
/** The published Azure Cosmos DB emulator key: public, not a secret. */
export const COSMOS_EMULATOR_KEY =
  'C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==';

/** Whether a value is one of the published emulator keys (Azurite, Cosmos DB emulator). */
export function isEmulatorKey(value: string): boolean {
  return value === AZURITE_ACCOUNT_KEY || value === COSMOS_EMULATOR_KEY;
}
