import { DefaultNamingStrategy, type NamingStrategyInterface } from 'typeorm';

const tableName = (t: string | { name: string }) => (typeof t === 'string' ? t : t.name).split('.').pop()!;
const snake = (s: string) => s.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

/** Tables and columns are snake_case in SQL and camelCase in TypeScript. */
export class SnakeNamingStrategy extends DefaultNamingStrategy implements NamingStrategyInterface {
  override tableName(className: string, customName?: string): string {
    return customName ?? snake(className);
  }
  override columnName(propertyName: string, customName: string | undefined, prefixes: string[]): string {
    return snake(prefixes.concat(customName ?? propertyName).join('_'));
  }
  override relationName(propertyName: string): string {
    return snake(propertyName);
  }
  override joinColumnName(relationName: string, referencedColumnName: string): string {
    return snake(`${relationName}_${referencedColumnName}`);
  }
  // Constraint and index names follow PostgreSQL's own conventions, so that a
  // migration written by hand and the entities agree (see the drift test).
  override primaryKeyName(tableOrName: string | { name: string }): string {
    return `${tableName(tableOrName)}_pkey`;
  }
  override foreignKeyName(tableOrName: string | { name: string }, columnNames: string[]): string {
    return `${tableName(tableOrName)}_${columnNames.join('_')}_fkey`;
  }
  override uniqueConstraintName(tableOrName: string | { name: string }, columnNames: string[]): string {
    return `${tableName(tableOrName)}_${columnNames.join('_')}_key`;
  }
  override indexName(tableOrName: string | { name: string }, columnNames: string[]): string {
    return `${tableName(tableOrName)}_${columnNames.join('_')}_idx`;
  }
  override joinTableColumnName(tableName: string, propertyName: string, columnName?: string): string {
    return snake(`${tableName}_${columnName ?? propertyName}`);
  }
}
