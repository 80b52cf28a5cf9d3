/**
 * Writes a national register bulk file in the shape of Enhetsregisteret's CSV
 * (the columns of shared/data/brreg/enheter-sample.csv plus filler columns),
 * reproducible from a seed: mostly companies elsewhere in Norway, a few
 * thousand in the region (some with pre-2020 municipality numbers), some
 * without an employee count, some with a two-line address (a quoted line break).
 *
 *   node -r ./server/register.cjs test/bench/register-import/generate-register-file.ts [--rows 1500000] [--region 4000] [--out /tmp/…csv.gz] [--seed 7]
 *
 * The file goes to /tmp and is never committed. Gzipped when --out ends in .gz.
 */
import fs from 'node:fs';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { createGzip } from 'node:zlib';
import { createRandom } from '../../../server/src/modules/demo/random';
import { orgNumberCheckDigit } from '../../../server/src/modules/prospect/org-number';

export const defaultBenchFile = '/tmp/magnet-register-bench.csv.gz';

const header = [
  'organisasjonsnummer', 'navn', 'organisasjonsform.kode', 'organisasjonsform.beskrivelse', 'naeringskode1.kode',
  'naeringskode1.beskrivelse', 'naeringskode2.kode', 'naeringskode2.beskrivelse', 'harRegistrertAntallAnsatte', 'antallAnsatte',
  'hjemmeside', 'epostadresse', 'telefon', 'forretningsadresse.adresse', 'forretningsadresse.postnummer', 'forretningsadresse.poststed',
  'forretningsadresse.kommunenummer', 'forretningsadresse.kommune', 'forretningsadresse.landkode', 'forretningsadresse.land',
  'stiftelsesdato', 'registreringsdatoEnhetsregisteret', 'registrertIMvaregisteret', 'konkurs', 'underAvvikling',
  'underTvangsavviklingEllerTvangsopplosning', 'institusjonellSektorkode.kode', 'institusjonellSektorkode.beskrivelse', 'maalform',
  // The real file has ~90 columns; these stand in for the ones Magnet ignores.
  'postadresse.adresse', 'postadresse.postnummer', 'postadresse.poststed', 'postadresse.kommunenummer', 'postadresse.kommune',
  'overordnetEnhet', 'registrertIForetaksregisteret', 'registrertIStiftelsesregisteret', 'registrertIFrivillighetsregisteret',
  'sisteInnsendteAarsregnskap', 'vedtektsdato', 'vedtektsfestetFormaal', 'aktivitet',
];

const region = [
  { number: '3420', old: '0427', name: 'ELVERUM', postal: '2406' },
  { number: '3419', old: '0426', name: 'VÅLER', postal: '2436' },
  { number: '3422', old: '0429', name: 'ÅMOT', postal: '2450' },
];
const elsewhere = ['0301', '1103', '4601', '5001', '3403', '3411', '3205', '3301', '1508', '5501', '3907', '4204', '1804', '3421', '3412'];
const industries = [
  ['16.110', 'Saging og høvling av tre'], ['52.100', 'Lagring'], ['86.992', 'Forebyggende helsearbeid'], ['21.200', 'Produksjon av farmasøytiske preparater'],
  ['47.110', 'Butikkhandel med bredt vareutvalg'], ['41.000', 'Oppføring av bygninger'], ['62.010', 'Programmeringstjenester'], ['56.101', 'Drift av restauranter og kafeer'],
  ['68.209', 'Utleie av egen eller leid fast eiendom'], ['70.220', 'Bedriftsrådgivning'], ['02.200', 'Avvirkning'], ['49.410', 'Godstransport på vei'],
];
const forms = [['AS', 'Aksjeselskap'], ['ENK', 'Enkeltpersonforetak'], ['NUF', 'Norskregistrert utenlandsk foretak'], ['SA', 'Samvirkeforetak']];

const q = (value: string) => `"${value.replace(/"/g, '""')}"`;

/** The n-th valid organisation number from 810 000 000 on (skips bases without a check digit). */
function* orgNumbers(): Generator<string> {
  for (let base = 81_000_000; ; base++) {
    const digits = String(base);
    const check = orgNumberCheckDigit(digits);
    if (check !== null) yield digits + check;
  }
}

export async function generateRegisterFile(options: { rows: number; regionRows: number; out: string; seed: number }): Promise<{ bytes: number }> {
  const random = createRandom(options.seed);
  const file = fs.createWriteStream(options.out);
  const gzip = options.out.endsWith('.gz') ? createGzip({ level: 6 }) : null;
  const sink = gzip ?? file;
  gzip?.pipe(file);
  const numbers = orgNumbers();
  // Region rows are spread evenly over the file, as in the real (org-number-sorted) file.
  const regionEvery = Math.max(1, Math.floor(options.rows / Math.max(1, options.regionRows)));

  let chunk = header.map(q).join(',') + '\n';
  for (let i = 0; i < options.rows; i++) {
    const inRegion = i % regionEvery === 0 && i / regionEvery < options.regionRows;
    const place = inRegion ? random.pick(region) : null;
    const municipality = place ? (random.chance(0.1) ? place.old : place.number) : random.pick(elsewhere);
    const [code, text] = random.pick(industries)!;
    const [form, formText] = random.chance(0.3) ? forms[1]! : random.pick(forms)!;
    const hasEmployees = form !== 'ENK' && random.chance(0.7);
    const address = random.chance(0.02) ? `Postboks ${random.int(1, 999)}\nStorgata ${random.int(1, 200)}` : `Storgata ${random.int(1, 200)}`;
    const year = random.int(1950, 2025);
    const date = `${year}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
    const row = [
      numbers.next().value!, `${form === 'ENK' ? 'OLA NORDMANN' : 'BEDRIFT'} ${i} ${form}`, form, formText, code, text, '', '',
      String(hasEmployees), hasEmployees ? String(random.int(1, 400)) : '', random.chance(0.4) ? `www.bedrift${i}.example` : '',
      '', '', address, place?.postal ?? '0150', place?.name ?? 'OSLO', municipality, place?.name ?? 'OSLO', 'NO', 'Norge',
      date, date, String(random.chance(0.6)), String(random.chance(0.01)), String(random.chance(0.01)), 'false', '2100',
      'Private aksjeselskaper mv.', 'Bokmål', '', '', '', '', '', '', 'true', 'false', 'false', '2024', '', '', '',
    ];
    chunk += row.map(q).join(',') + '\n';
    if (chunk.length > 1 << 20) {
      if (!sink.write(chunk)) await once(sink, 'drain');
      chunk = '';
    }
  }
  sink.end(chunk);
  await once(file, 'finish');
  return { bytes: fs.statSync(options.out).size };
}

if (require.main === module) {
  const { values } = parseArgs({
    options: {
      rows: { type: 'string', default: '1500000' },
      region: { type: 'string', default: '4000' },
      out: { type: 'string', default: defaultBenchFile },
      seed: { type: 'string', default: '7' },
    },
  });
  const started = Date.now();
  generateRegisterFile({ rows: Number(values.rows), regionRows: Number(values.region), out: values.out, seed: Number(values.seed) }).then(
    ({ bytes }) => console.log(`Wrote ${values.rows} rows (${(bytes / 1e6).toFixed(0)} MB) to ${values.out} in ${((Date.now() - started) / 1000).toFixed(1)} s.`),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
