import { isStorableText } from '../validation';
import type { ClassType } from 'type-graphql';
import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface Page<T> {
  nodes: T[];
  cursors: string[];
  hasNextPage: boolean;
  /** Counted only when the client asks for totalCount. */
  count: () => Promise<number>;
}

export interface ConnectionShape<T> {
  edges: { node: T; cursor: string }[];
  pageInfo: PageInfo;
  totalCount(): Promise<number>;
}

/** A Relay-style cursor connection type for one node type. */
export function Connection<T extends object>(nodeType: ClassType<T>, name = nodeType.name) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => nodeType)
    node: T;

    @Field(() => String)
    cursor: string;
  }

  // Only the subclass (e.g. ProspectConnection) is reachable, so only it is emitted.
  @ObjectType()
  abstract class ConnectionClass {
    @Field(() => [Edge])
    edges: Edge[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    protected counter: () => Promise<number>;

    @Field(() => Int, { description: 'Number of items matching the filter, over all pages.' })
    totalCount(): Promise<number> {
      return this.counter();
    }
  }
  return ConnectionClass;
}

export function toConnection<T, C extends object>(ConnectionClass: new () => C, page: Page<T>): C {
  const connection = new ConnectionClass() as C & { edges: unknown; pageInfo: PageInfo; counter: () => Promise<number> };
  connection.edges = page.nodes.map((node, i) => ({ node, cursor: page.cursors[i]! }));
  connection.pageInfo = Object.assign(new PageInfo(), {
    hasNextPage: page.hasNextPage,
    endCursor: page.cursors.at(-1) ?? null,
  });
  connection.counter = page.count;
  return connection;
}

export function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/** Returns null for a cursor that was not made by encodeCursor (or holds text PostgreSQL cannot take). */
export function decodeCursor(cursor: string): unknown[] | null {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(values) || values.some((v) => typeof v === 'string' && !isStorableText(v))) return null;
    return values;
  } catch {
    return null;
  }
}

const timestampText = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(?:\.\d{1,6})?([+-])(\d{2})(?::(\d{2}))?$/;

/**
 * A timestamptz as PostgreSQL writes it (`…::text` in a cursor) that it can
 * also read back: a forged cursor with month 13 or offset +99 is refused
 * before it becomes a failed cast.
 */
export function isTimestampText(text: string): boolean {
  const m = timestampText.exec(text);
  if (!m) return false;
  const [year, month, day, hour, minute, second, , offsetHours, offsetMinutes] = m.slice(1).map(Number) as number[];
  const date = new Date(Date.UTC(year!, month! - 1, day!));
  const realDay = date.getUTCFullYear() === year && date.getUTCMonth() === month! - 1 && date.getUTCDate() === day;
  return realDay && year! >= 1 && hour! < 24 && minute! < 60 && second! < 60 && offsetHours! <= 15 && (Number.isNaN(offsetMinutes) || offsetMinutes! < 60);
}
