/**
 * The example CRM's customers. Kari Nordmann is the sandbox's cross-source showcase (enneo 8842,
 * Tracker PAY-12, Socialboards 5501); Lars Berg has two enneo cases; the others own the rest of
 * the sandbox's Tracker issues and Socialboards tickets, so that one supergraph query can send
 * the ticketlog gateway a batch of more than 50 ticket references.
 */

export interface CrmCustomer {
  id: string;
  name: string;
  email: string;
  /** enneo ticket ids, Tracker issue keys and Socialboards ticket ids, as strings (ticket `key`s). */
  cases: string[];
  trackerIssues: string[];
  socialboardsTickets: string[];
}

const NAMES = [
  'Anne Dahl',
  'Bjørn Eide',
  'Camilla Fossum',
  'Dag Grande',
  'Eva Haugen',
  'Frode Iversen',
  'Gro Johansen',
  'Hans Karlsen',
  'Ida Larsen',
  'Jon Moen',
  'Kristin Nilsen',
  'Leif Olsen',
  'Marit Pedersen',
  'Nils Quist',
  'Oda Rønning',
  'Per Strand',
  'Randi Tangen',
  'Sindre Ulvestad',
  'Tone Vik',
  'Ulf Wold',
];
/** Sandbox Tracker issues other than PAY-12 (Kari) and PAY-10 (Lars). */
const OTHER_ISSUES = [
  ...Array.from({ length: 14 }, (_, i) => `PAY-${i + 1}`).filter((key) => key !== 'PAY-12' && key !== 'PAY-10'),
  ...Array.from({ length: 8 }, (_, i) => `SUP-${i + 1}`),
];
/** Sandbox Socialboards tickets 5502–5540 (5501 is Kari's). */
const OTHER_SOCIALBOARDS = Array.from({ length: 39 }, (_, i) => String(5502 + i));

const email = (name: string) =>
  `${name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replaceAll('ø', 'o')
    .replaceAll(' ', '.')}@example.no`;

export const CRM_CUSTOMERS: readonly CrmCustomer[] = [
  {
    id: 'cust-510042',
    name: 'Kari Nordmann',
    email: 'kari.nordmann@example.no',
    cases: ['8842'],
    trackerIssues: ['PAY-12'],
    socialboardsTickets: ['5501'],
  },
  {
    id: 'cust-520311',
    name: 'Lars Berg',
    email: 'lars.berg@example.no',
    cases: ['8821', '8803'],
    trackerIssues: ['PAY-10'],
    socialboardsTickets: [],
  },
  ...NAMES.map((name, i) => ({
    id: `cust-6${String(i + 1).padStart(5, '0')}`,
    name,
    email: email(name),
    cases: [],
    trackerIssues: OTHER_ISSUES.slice(i, i + 1),
    socialboardsTickets: OTHER_SOCIALBOARDS.slice(2 * i, 2 * i + 2),
  })),
];
