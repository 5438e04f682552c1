// Types for scripts/validate-manifest.js, so the TypeScript tests can call it.

export interface SchemaFile {
  readonly fileName: string;
  readonly contents: string;
}

export interface Schemas {
  readonly schema: SchemaFile;
  readonly preload: readonly SchemaFile[];
}

export interface Output {
  log(message: string): void;
  error(message: string): void;
}

export class SchemaFolderError extends Error {}

export const SCHEMA_ENV: "IKU_MANIFEST_XSD";

/** Picks the schema folder: --schemas DIR, else env IKU_MANIFEST_XSD, else ../shared/office-manifest-xsd. */
export function resolveSchemaDir(
  argv: readonly string[],
  env: Record<string, string | undefined>,
  projectRoot?: string,
): string;

/** Reads the schema folder; throws SchemaFolderError (Indonesian message) when it is missing. */
export function loadSchemas(dir: string): Schemas;

/** Error lines for one manifest file (empty when valid). */
export function checkManifest(file: string, schemas: Schemas): Promise<string[]>;

/** The command line: returns the exit code (0 valid, 1 invalid, 2 no schema folder). */
export function main(
  argv: readonly string[],
  env?: Record<string, string | undefined>,
  out?: Output,
): Promise<number>;
