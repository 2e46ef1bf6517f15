/**
 * Whether a failed write lost a race another write won and is worth trying again: a unique key
 * taken meanwhile (PostgreSQL 23505, SQLite SQLITE_CONSTRAINT_UNIQUE/PRIMARYKEY), or PostgreSQL
 * breaking a deadlock or a serialization failure (40P01, 40001).
 *
 * @example if (attempt < 5 && isWriteConflict(error)) continue;
 */
export function isWriteConflict(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === '40P01' || code === '40001' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
