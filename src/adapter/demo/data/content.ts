/**
 * Everything around a conversation: the shop pages visitors start from, host-defined parameters,
 * tags, sent files (a few deliberately odd, to exercise safe link rendering) and supervisor notes.
 */
import type { Channel, EndReason, SentFile } from '../../../model/index.js';

/** Typed by the enum, so a new channel fails to compile until the demo gives it a share. */
export const CHANNEL_WEIGHTS: Readonly<Record<Channel, number>> = {
  'web-chat': 46,
  whatsapp: 12,
  phone: 10,
  messenger: 9,
  'audio-video': 8,
  email: 8,
  'apple-messages': 4,
  vkontakte: 3,
};

/** Typed by the enum like the channels. Key order is draw order: changing it changes every seed's data. */
export const END_REASON_WEIGHTS: Readonly<Record<EndReason, number>> = {
  'operator-ended': 30,
  'client-ended': 24,
  'client-disconnected': 24,
  timeout: 6,
  transferred: 4,
  'no-operator': 3,
  error: 1,
  // Never drawn: the generator gives it to the sessions a chatbot closes.
  'chatbot-ended': 0,
};

export const LANGUAGE_WEIGHTS: ReadonlyArray<readonly [string, number]> = [
  ['cs', 68],
  ['en', 22],
  ['sk', 6],
  ['de', 4],
];

const SHOP = 'https://shop.example.cz';

export const PAGE_PATHS = [
  '/',
  '/kosik',
  '/pokladna',
  '/pokladna/doprava',
  '/pokladna/platba',
  '/muj-ucet/objednavky',
  '/muj-ucet/faktury',
  '/reklamace',
  '/vraceni-zbozi',
  '/kontakt',
  '/obchodni-podminky',
  '/produkty/mobilni-telefony',
  '/produkty/notebooky/lenovo-thinkpad-x1',
  '/produkty/televize?velikost=55&razeni=cena',
  '/produkty/kavovary/delonghi-magnifica-s',
  '/akce/black-friday',
  '/en/',
  '/en/cart',
  '/en/orders',
  '/en/returns',
];

export function pageUrl(path: string, orderId: string | undefined): string {
  return path === '/muj-ucet/objednavky' && orderId ? `${SHOP}${path}/${orderId}` : `${SHOP}${path}`;
}

export const TARIFFS = ['basic', 'standard', 'gold', 'platinum'];
export const CUSTOMER_TYPES = ['new', 'returning', 'business', 'vip'];
export const CAMPAIGNS = ['newsletter-11', 'google-ads', 'black-friday', 'facebook', 'srovnavac'];

export const TAGS = [
  'reklamace',
  'objednávka',
  'doprava',
  'platba',
  'faktura',
  'vrácení',
  'stížnost',
  'dotaz',
  'VIP',
  'technický problém',
  'refund',
  'urgent',
];

/** Files clients and operators send; the odd URLs are on purpose (only http(s) may become a link). */
export const FILES: readonly SentFile[] = [
  { name: 'faktura_2026_0153.pdf', size: 84_213, mimeType: 'application/pdf', url: 'https://files.example.cz/f/faktura_2026_0153.pdf' },
  { name: 'foto_poškození.jpg', size: 2_413_998, mimeType: 'image/jpeg', url: 'https://files.example.cz/f/foto_poskozeni.jpg' },
  { name: 'screenshot.png', size: 512_004, mimeType: 'image/png', url: 'https://files.example.cz/f/screenshot.png' },
  { name: 'objednávka 48213.pdf', size: 120_551, mimeType: 'application/pdf', url: 'https://files.example.cz/f/objednavka%2048213.pdf' },
  { name: 'reklamační protokol.docx', size: 33_120, mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', url: 'https://files.example.cz/f/protokol.docx' },
  { name: 'invoice-8812.pdf', size: 61_440, mimeType: 'application/pdf', url: 'https://files.example.cz/f/invoice-8812.pdf' },
  { name: 'unboxing.mp4', size: 48_220_117, mimeType: 'video/mp4', url: 'https://files.example.cz/f/unboxing.mp4' },
  { name: 'účtenka č. 5.jpg', size: 301_777, mimeType: 'image/jpeg', url: 'https://files.example.cz/f/uctenka-5.jpg' },
  { name: 'label.pdf', size: 12_000, mimeType: 'application/pdf', url: 'http://legacy.example.cz/label.pdf' },
  { name: 'click-me.html', size: 320, mimeType: 'text/html', url: 'javascript:alert(document.cookie)' },
  { name: 'data.txt', size: 18, mimeType: 'text/plain', url: 'data:text/html,<script>alert(1)</script>' },
  { name: 'setup.exe', size: 1_048_576, mimeType: 'application/x-msdownload', url: 'ftp://files.example.cz/setup.exe' },
  { name: 'bez odkazu.pdf', size: 0, mimeType: 'application/pdf' },
];

/** Most sessions get a well-behaved file; the last five entries are the odd ones. */
export const ODD_FILE_FROM = FILES.length - 5;

export const NOTES_CS = [
  'Zákazník čeká na vyjádření skladu k reklamaci, ozvat se do pátku.',
  'Nabídnuta sleva 10 % na další objednávku jako omluva.',
  'Klient byl nepříjemný, ale věcný. Reklamaci jsme uznali.',
  'Faktura byla vystavena na špatné IČO, předáno účtárně.',
  'Zásilka se ztratila u dopravce, založen požadavek na dohledání.',
  'Vrácení peněz schváleno, platba odejde do 5 pracovních dnů.',
  'Opakovaný kontakt kvůli stejné objednávce — zvážit přímé volání.',
  'Pozor: zákazník žádá výhradně komunikaci e-mailem.',
];

export const NOTES_EN = [
  'Refund approved, customer informed about 5 business days.',
  'Customer asked for a corrected invoice with VAT ID.',
  'Delivery delayed by the courier; tracking request opened.',
  'Escalated to the warehouse, follow up on Monday.',
  'Customer was polite; issue resolved on the first contact.',
];

export const BAN_REASONS = ['Vulgární výrazy vůči operátorovi', 'Spam', 'Abusive language', 'Opakované podvodné reklamace'];
