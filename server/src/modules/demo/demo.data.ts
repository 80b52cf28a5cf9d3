import { MeetingKind } from '../meeting/meeting.entity';
import { Role } from '../user/user.entity';

/** Fictional companies of the demo, by focus area key; any likeness to a real company is chance. */
export const demoCompanies: Record<string, { names: string[]; industries: [code: string, text: string][] }> = {
  BIOECONOMY: {
    names: [
      'TRYSILSKOGEN BIOENERGI AS', 'ELVERUM TREFOREDLING AS', 'VÅLER PELLETS AS', 'GLOMDAL BIOGASS AS',
      'RENA FJERNVARME AS', 'KLIMATRE HEDMARK AS', 'SOLØR TREVARE AS', 'NORDSKOG LIMTRE AS',
      'ØSTERDALEN BIOKULL AS', 'FINNSKOGEN SAGBRUK AS', 'INNLANDET BIODRIVSTOFF AS', 'ELVERUM MATPARK AS',
      'SKOGSRÅ TREPROTEIN AS', 'GRUNDSET SPONPLATER AS', 'MOSTRAUM BRYGGERI AS', 'HAMMERVOLD TRELAST AS',
    ],
    industries: [
      ['16.110', 'Saging og høvling av tre'], ['16.260', 'Produksjon av brensel av tre og biomasse'],
      ['35.300', 'Damp- og varmtvannsforsyning'], ['20.510', 'Produksjon av flytende biodrivstoff'],
      ['02.100', 'Skogskjøtsel og andre skogbruksaktiviteter'], ['10.890', 'Produksjon av næringsmidler ikke nevnt annet sted'],
    ],
  },
  BIOECONOMY_PHARMA: {
    names: [
      'GLOMMA FARMA AS', 'ØSTLANDET BIOFARMA AS', 'NORDIC CELLULOSE MEDICAL AS', 'TERNING LIFE SCIENCE AS',
      'VÅLER ANALYSE AS', 'BIRKELAND MEDTECH AS', 'HEDMARK PEPTID AS', 'AURORA FYTOFARMA AS',
      'RENA DIAGNOSTIKK AS', 'SÆTRE LEGEMIDDEL AS', 'NORSK BJØRKEEKSTRAKT AS', 'MJØSA FARMAGROSSIST AS',
      'ELV INSTRUMENT AS', 'KVIST RESEARCH AS',
    ],
    industries: [
      ['21.100', 'Produksjon av farmasøytiske råvarer'], ['21.200', 'Produksjon av farmasøytiske preparater'],
      ['46.460', 'Engroshandel med farmasøytiske artikler'], ['72.110', 'Forskning og utviklingsarbeid innen bioteknologi'],
      ['32.500', 'Produksjon av medisinske og tanntekniske instrumenter'],
    ],
  },
  DEFENCE_LOGISTICS: {
    names: [
      'RENA FORSVARSLOGISTIKK AS', 'TERNINGMOEN VEDLIKEHOLD AS', 'ÅMOT LAGER OG TERMINAL AS', 'NORDLYS TRANSPORT AS',
      'STYRKE VAKT OG SIKRING AS', 'GRENSE KATERING AS', 'ØSTERDAL MILJØSERVICE AS', 'BAKKEN KJØRETØYTEKNIKK AS',
      'FJELLFRAKT INNLANDET AS', 'HEDMARK BEREDSKAP AS', 'LEIRSERVICE RENA AS', 'TAKTISK UTSTYR NORGE AS',
      'SKOGLI LOGISTIKK AS', 'ELVERUM TERMINALDRIFT AS', 'NORDRE REPARASJON AS', 'FORSYNING ØST AS',
    ],
    industries: [
      ['52.100', 'Lagring'], ['52.250', 'Logistikktjenester'], ['49.410', 'Godstransport på vei'],
      ['33.170', 'Reparasjon og vedlikehold av andre transportmidler'], ['80.010', 'Private vakttjenester'],
      ['56.220', 'Annen servering'],
    ],
  },
  PUBLIC_HEALTH: {
    names: [
      'ELVERUM HELSEPARK AS', 'AKTIV INNLANDET AS', 'VÅLER FOLKEHELSE AS', 'RENA REHAB AS',
      'SKOGSBADING NORGE AS', 'HELSEHUS ØSTERDALEN AS', 'FRISKLIV TRENING AS', 'ÅMOT OMSORG AS',
      'NATURLIG SPA AS', 'HEDMARK FYSIO AS', 'BEVEGELSE NORD AS', 'ELV FOREBYGGING AS',
      'GRØNN RESEPT AS', 'TRIVSEL KLINIKK AS',
    ],
    industries: [
      ['86.992', 'Forebyggende helsearbeid'], ['87.300', 'Institusjoner for eldre og funksjonshemmede'],
      ['93.130', 'Treningssentre'], ['86.901', 'Fysioterapitjeneste'],
    ],
  },
};

export const demoUsers: { name: string; email: string; role: Role }[] = [
  { name: 'Ingrid Haugen', email: 'admin@magnet.example', role: Role.ADMIN },
  { name: 'Lars Nygård', email: 'prosjektleder@magnet.example', role: Role.LEADER },
  { name: 'Marte Solberg', email: 'medlem@magnet.example', role: Role.MEMBER },
  { name: 'Eva Lund', email: 'styret@magnet.example', role: Role.BOARD },
];

export const firstNames = ['Kari', 'Ola', 'Nina', 'Per', 'Silje', 'Jonas', 'Hanne', 'Erik', 'Ragnhild', 'Tor', 'Maja', 'Sindre', 'Astrid', 'Henrik', 'Line', 'Magnus'];
export const lastNames = ['Berg', 'Dahl', 'Hagen', 'Johansen', 'Lie', 'Moen', 'Nilsen', 'Olsen', 'Rustad', 'Strand', 'Tangen', 'Vik', 'Østby', 'Aas'];
export const titles = ['Daglig leder', 'Styreleder', 'Økonomisjef', 'Eiendomssjef', 'Produksjonssjef', 'Etableringsansvarlig'];
export const sources = ['Nettverksmøte', 'Næringsforeningen', 'Innovasjon Norge', 'Egen research', 'Henvendelse', 'Forsvarsbygg', 'Messe'];
export const lostReasons = [
  'Valgte annen lokalisering',
  'Investeringen ble utsatt på ubestemt tid',
  'Manglet egnede lokaler i tide',
  'Tilgang på kompetanse var for usikker',
  'Selskapet ble kjøpt opp',
];

/** Minutes and next steps by kind of meeting: short, about the business (not about persons). */
export const meetingTexts: Record<MeetingKind, { minutes: string[]; nextSteps: string[] }> = {
  PHONE_CALL: {
    minutes: ['Første samtale om regionens tilbud og tilgjengelige næringsarealer.', 'Avklart behov for areal og tidslinje.'],
    nextSteps: ['Sende informasjon om næringsarealer', 'Avtale dialogmøte'],
  },
  DIALOGUE_MEETING: {
    minutes: [
      'Gjennomgang av selskapets vekstplaner og behov for lokaler, kompetanse og transport.',
      'Diskuterte rekruttering og samarbeid med høgskolen i Elverum.',
      'Presenterte støtteordninger og aktuelle tomter.',
    ],
    nextSteps: ['Sende tomteoversikt', 'Koble på kommunens planavdeling', 'Invitere til befaring'],
  },
  SITE_VISIT: {
    minutes: ['Befaring på aktuelle tomter og eksisterende bygg.', 'Befaring med vekt på adkomst, strøm og fjernvarme.'],
    nextSteps: ['Innhente pristilbud på tomt', 'Avklare reguleringsstatus'],
  },
  NETWORK_MEETING: {
    minutes: ['Nettverksmøte med innlegg fra bedriftene og diskusjon om felles leverandørbehov.'],
    nextSteps: ['Følge opp interesserte bedrifter enkeltvis'],
  },
  POLITICAL_MEETING: {
    minutes: ['Felles politisk møte for de tre kommunene: status for etableringsarbeidet.'],
    nextSteps: ['Oppdatere styret'],
  },
  OTHER: { minutes: ['Uformelt møte.'], nextSteps: ['Ingen'] },
};
