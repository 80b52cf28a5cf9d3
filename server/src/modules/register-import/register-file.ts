import { Readable, pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { entityResponse } from '../brreg/brreg.response';
import type { RegisterEntity } from '../brreg/brreg.types';
import { CsvRecordSplitter, detectDelimiter, splitFields } from '../csv-import/csv-records';
import { JsonArraySplitter } from './json-array-splitter';
import { scopeMatcher, type RegisterScope } from './register-scope';

/** A problem with the file itself; the message is for the user (Norwegian). */
export class RegisterFileError extends Error {}

export interface RegisterFileProgress {
  bytesRead: number;
  rowsRead: number;
  rowsKept: number;
}

/**
 * Streams Enhetsregisteret's bulk file (CSV or JSON, gzipped or not: told by
 * the first bytes) and yields the entities of the scope, mapped like the
 * register API's answers (brreg.response.ts). `progress` is updated as it goes.
 */
export async function* readRegisterFile(
  source: AsyncIterable<Buffer>,
  scope: RegisterScope,
  progress: RegisterFileProgress,
): AsyncGenerator<RegisterEntity> {
  const matcher = scopeMatcher(scope);
  const keep = (raw: unknown): RegisterEntity | null => {
    const parsed = entityResponse.safeParse(raw);
    return parsed.success && matcher.matches(parsed.data) ? parsed.data : null;
  };

  const text = decodeText(decompressIfGzip(countBytes(source, progress)));
  const first = await text.next();
  if (first.done) throw new RegisterFileError('Fila er tom.');
  const chunks = prepend(first.value, text);

  if (first.value.trimStart().startsWith('[')) {
    const splitter = new JsonArraySplitter();
    for await (const chunk of chunks) {
      for (const element of splitter.push(chunk)) {
        progress.rowsRead++;
        if (!matcher.mightMatch(element)) continue;
        const entity = keep(JSON.parse(element));
        if (entity) {
          progress.rowsKept++;
          yield entity;
        }
      }
    }
    if (!splitter.complete) throw new RegisterFileError('JSON-fila slutter midt i en oppføring: er den ufullstendig?');
    return;
  }

  const splitter = new CsvRecordSplitter();
  let columns: CsvColumns | null = null;
  let delimiter = ',';
  const records = async function* () {
    for await (const chunk of chunks) yield* splitter.push(chunk);
    yield* splitter.end();
  };
  for await (const record of records()) {
    if (!columns) {
      delimiter = detectDelimiter(record.text);
      columns = csvColumns(splitFields(record.text, delimiter));
      continue;
    }
    progress.rowsRead++;
    if (!matcher.mightMatch(record.text)) continue;
    const entity = keep(csvToApiShape(splitFields(record.text, delimiter), columns));
    if (entity) {
      progress.rowsKept++;
      yield entity;
    }
  }
  if (!columns) throw new RegisterFileError('Fila er tom.');
}

type CsvColumns = Map<string, number>;

function csvColumns(header: string[]): CsvColumns {
  const columns = new Map(header.map((name, i) => [name.trim(), i]));
  for (const required of ['organisasjonsnummer', 'navn']) {
    if (!columns.has(required)) {
      throw new RegisterFileError(`Fila mangler kolonnen «${required}». Er det Enhetsregisterets totaluttrekk (CSV eller JSON)?`);
    }
  }
  return columns;
}

/** A CSV row in the shape of the register API's JSON, so one mapping serves both files. */
function csvToApiShape(fields: string[], columns: CsvColumns) {
  const get = (name: string) => {
    const i = columns.get(name);
    const value = i === undefined ? undefined : fields[i]?.trim();
    return value ? value : null;
  };
  const bool = (name: string) => (get(name) === null ? null : get(name) === 'true');
  const code = (prefix: string) => (get(`${prefix}.kode`) ? { kode: get(`${prefix}.kode`)!, beskrivelse: get(`${prefix}.beskrivelse`) } : null);
  const employees = get('antallAnsatte');
  return {
    organisasjonsnummer: get('organisasjonsnummer'),
    navn: get('navn') ?? '',
    organisasjonsform: code('organisasjonsform'),
    naeringskode1: code('naeringskode1'),
    // Absent is not 0: no registered count, or an empty cell, stays unknown.
    antallAnsatte: get('harRegistrertAntallAnsatte') === 'false' || employees === null || !/^\d+$/.test(employees) ? null : Number(employees),
    hjemmeside: get('hjemmeside'),
    forretningsadresse: {
      // Several address lines arrive as one field with line breaks.
      adresse: get('forretningsadresse.adresse')?.split(/\r?\n/) ?? null,
      postnummer: get('forretningsadresse.postnummer'),
      poststed: get('forretningsadresse.poststed'),
      kommune: get('forretningsadresse.kommune'),
      kommunenummer: get('forretningsadresse.kommunenummer'),
    },
    stiftelsesdato: get('stiftelsesdato'),
    konkurs: bool('konkurs'),
    underAvvikling: bool('underAvvikling'),
    slettedato: get('slettedato'),
  };
}

async function* countBytes(source: AsyncIterable<Buffer>, progress: RegisterFileProgress): AsyncGenerator<Buffer> {
  for await (const chunk of source) {
    progress.bytesRead += chunk.length;
    yield chunk;
  }
}

/** gzip files start with 1f 8b; anything else is read as it is. */
async function* decompressIfGzip(source: AsyncGenerator<Buffer>): AsyncGenerator<Buffer> {
  const first = await source.next();
  if (first.done) return;
  const all = prepend(first.value, source);
  if (first.value[0] !== 0x1f || first.value[1] !== 0x8b) return yield* all;
  const gunzip = createGunzip();
  pipeline(Readable.from(all), gunzip, () => undefined); // an error surfaces in the loop below
  try {
    for await (const chunk of gunzip) yield chunk as Buffer;
  } catch (error) {
    throw new RegisterFileError(`Fila kunne ikke pakkes ut (gzip): ${(error as Error).message}`);
  }
}

/** UTF-8, with a byte order mark dropped and characters split across chunks kept whole. */
async function* decodeText(source: AsyncIterable<Buffer>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of source) {
    const text = decoder.decode(chunk, { stream: true });
    if (text) yield text;
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

async function* prepend<T>(first: T, rest: AsyncIterator<T>): AsyncGenerator<T> {
  yield first;
  for (;;) {
    const next = await rest.next();
    if (next.done) return;
    yield next.value;
  }
}
