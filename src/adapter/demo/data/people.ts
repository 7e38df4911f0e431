/**
 * The demo contact centre's staff, bots and groups, and the name parts clients are built from.
 * Names mix Czech (with diacritics, female surname forms) and English, as the real users do.
 */
import type { Chatbot, ParticipantRef, Role } from '../../../model/index.js';

export interface DemoOperator extends ParticipantRef {
  groupIds: string[];
  capacity: number;
  /** Supervisors write most notes; admins re-route. */
  role: Role;
  /** Transcript language the operator answers in. */
  language: 'cs' | 'en';
}

export interface DemoGroup extends ParticipantRef {
  language: 'cs' | 'en';
}

export const GROUPS: readonly DemoGroup[] = [
  { id: 'grp-support', name: 'Zákaznická podpora', language: 'cs' },
  { id: 'grp-complaints', name: 'Reklamace a vrácení', language: 'cs' },
  { id: 'grp-sales', name: 'Obchod', language: 'cs' },
  { id: 'grp-tech', name: 'Technická podpora', language: 'cs' },
  { id: 'grp-billing', name: 'Fakturace a platby', language: 'cs' },
  { id: 'grp-vip', name: 'VIP zákazníci', language: 'cs' },
  { id: 'grp-english', name: 'English support', language: 'en' },
];

const OPERATOR_NAMES: ReadonlyArray<readonly [string, DemoOperator['language']]> = [
  ['Jana Nováková', 'cs'],
  ['Petr Svoboda', 'cs'],
  ['Kateřina Dvořáková', 'cs'],
  ['Tomáš Černý', 'cs'],
  ['Lucie Procházková', 'cs'],
  ['Martin Kučera', 'cs'],
  ['Eva Veselá', 'cs'],
  ['Jakub Horák', 'cs'],
  ['Tereza Němcová', 'cs'],
  ['Ondřej Marek', 'cs'],
  ['Veronika Pospíšilová', 'cs'],
  ['Lukáš Pokorný', 'cs'],
  ['Markéta Hájková', 'cs'],
  ['Jan Král', 'cs'],
  ['Zuzana Jelínková', 'cs'],
  ['Michal Růžička', 'cs'],
  ['Barbora Benešová', 'cs'],
  ['David Fiala', 'cs'],
  ['Klára Sedláčková', 'cs'],
  ['Filip Doležal', 'cs'],
  ['Šárka Zemanová', 'cs'],
  ['Jiří Kolář', 'cs'],
  ['Emily Carter', 'en'],
  ['James Wilson', 'en'],
  ['Sarah Thompson', 'en'],
  ['Michael Brown', 'en'],
  ['Olivia Harris', 'en'],
  ['Daniel Clark', 'en'],
  ['Sophie Turner', 'en'],
  ['Thomas Wright', 'en'],
];

/** 30 operators; every fifth one is a supervisor, two are admins. Groups are assigned round-robin. */
export const OPERATORS: readonly DemoOperator[] = OPERATOR_NAMES.map(([name, language], index) => {
  const english = language === 'en';
  const primary = english ? 'grp-english' : GROUPS[index % (GROUPS.length - 1)]!.id;
  const secondary = GROUPS[(index * 3 + 1) % GROUPS.length]!.id;
  return {
    id: `op-${String(index + 1).padStart(2, '0')}`,
    name,
    language,
    groupIds: primary === secondary ? [primary] : [primary, secondary],
    capacity: 2 + (index % 4),
    role: index === 0 || index === 22 ? 'admin' : index % 5 === 2 ? 'supervisor' : 'operator',
  };
});

export const CHATBOTS: readonly Chatbot[] = [
  { kind: 'chatbot', id: 'bot-eliska', name: 'Eliška (virtuální asistentka)' },
  { kind: 'chatbot', id: 'bot-shop', name: 'ShopBot' },
  { kind: 'chatbot', id: 'bot-delivery', name: 'Sledování zásilek' },
  { kind: 'chatbot', id: 'bot-faq', name: 'FAQ Bot' },
  { kind: 'chatbot', id: 'bot-billing', name: 'Fakturační robot' },
];

export const CZECH_FIRST_FEMALE = [
  'Žofie', 'Anna', 'Marie', 'Hana', 'Alena', 'Věra', 'Ludmila', 'Petra', 'Jitka', 'Ivana',
  'Monika', 'Kristýna', 'Adéla', 'Natálie', 'Michaela', 'Dagmar', 'Božena', 'Radka',
];
export const CZECH_FIRST_MALE = [
  'Josef', 'Pavel', 'Karel', 'Miroslav', 'Zdeněk', 'Václav', 'Radek', 'Vojtěch', 'Matěj', 'Adam',
  'Štěpán', 'Roman', 'Libor', 'Přemysl', 'Antonín', 'Vít', 'Dominik', 'Aleš',
];
/** Surnames as [male, female] pairs: Czech inflects surnames by gender. */
export const CZECH_SURNAMES: ReadonlyArray<readonly [string, string]> = [
  ['Černý', 'Černá'], ['Novák', 'Nováková'], ['Dvořák', 'Dvořáková'], ['Procházka', 'Procházková'],
  ['Krejčí', 'Krejčí'], ['Říha', 'Říhová'], ['Šťastný', 'Šťastná'], ['Holub', 'Holubová'],
  ['Vávra', 'Vávrová'], ['Bartoš', 'Bartošová'], ['Kříž', 'Křížová'], ['Matoušek', 'Matoušková'],
  ['Urban', 'Urbanová'], ['Šimek', 'Šimková'], ['Blažek', 'Blažková'], ['Čermák', 'Čermáková'],
  ['Žák', 'Žáková'], ['Ševčík', 'Ševčíková'], ['Hrubý', 'Hrubá'], ['Toman', 'Tomanová'],
];
export const ENGLISH_FIRST = [
  'Oliver', 'Emma', 'Jack', 'Amelia', 'Harry', 'Isla', 'Noah', 'Ava', 'Leo', 'Mia', 'Ethan', 'Grace',
  "Liam", 'Chloe', 'Lucas', 'Zoe',
];
export const ENGLISH_SURNAMES = [
  'Smith', 'Johnson', 'Williams', 'Taylor', 'Davies', 'Evans', 'Walker', 'Robinson', 'Wood',
  "O'Brien", 'Murphy', 'Hughes', 'Edwards', 'Green', 'Baker', 'Mitchell',
];
