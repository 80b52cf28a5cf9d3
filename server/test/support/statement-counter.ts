import type { Logger } from 'typeorm';

/** Counts the SQL statements a piece of work sends (the N+1 check). */
export class StatementCounter implements Logger {
  statements: string[] = [];

  async count<T>(work: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
    this.statements = [];
    const result = await work();
    return { result, statements: [...this.statements] };
  }

  logQuery(query: string): void {
    if (!/^(START TRANSACTION|COMMIT|ROLLBACK|BEGIN)/i.test(query)) this.statements.push(query);
  }
  logQueryError(error: string | Error, query: string): void {
    console.error('query failed:', query, error);
  }
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
