/**
 * Czech conversation lines. Deliberately rich in inflected forms (reklamace, reklamaci, reklamací,
 * reklamacemi; objednávka, objednávky, objednávku …) so the search has real Czech to normalise.
 * `{order}`, `{amount}`, `{operator}`, `{client}` are filled in per session.
 */
import type { Phrasebook } from './phrasebook.js';

export const CZECH: Phrasebook = {
  operatorGreetings: [
    'Dobrý den, jmenuji se {operator}, jak vám mohu pomoci?',
    'Dobrý den, tady {operator}. S čím potřebujete poradit?',
    'Zdravím vás, tady {operator} ze zákaznické podpory. Co pro vás mohu udělat?',
    'Dobrý den, děkuji za trpělivost. Jmenuji se {operator}.',
  ],
  botGreetings: [
    'Dobrý den! Jsem virtuální asistentka. Napište mi prosím, s čím potřebujete pomoci.',
    'Ahoj, jsem chatbot obchodu. Můžu vám pomoci se stavem objednávky, dopravou nebo fakturou.',
  ],
  botLines: [
    'Rozumím. Zadejte prosím číslo objednávky, ať ji mohu dohledat.',
    'Stav objednávky {order}: zásilka je předána dopravci.',
    'Na tuto otázku vám lépe odpoví kolega. Přepojuji vás na operátora…',
    'Fakturu najdete v sekci Můj účet → Faktury.',
    'Reklamaci můžete založit online ve formuláři na stránce Reklamace.',
  ],
  handover: ['Přepojuji vás na živého operátora, chvilku strpení prosím.'],
  topics: [
    {
      tag: 'reklamace',
      opening: [
        'Dobrý den, chtěla bych podat reklamaci na kávovar, přestal fungovat po týdnu.',
        'Dobrý den, jak dlouho trvá vyřízení reklamace? Čekám už třetí týden.',
        'Zdravím, poslal jsem reklamaci před 14 dny a nikdo se neozval.',
      ],
      client: [
        'Reklamaci jsem posílala přes formulář, číslo objednávky je {order}.',
        'S reklamací jsem opravdu nespokojený, výrobek byl poškozený už v krabici.',
        'Už mám zkušenosti s reklamacemi u vás a pokaždé to trvá měsíc.',
        'Můžete mi poslat reklamační protokol e-mailem?',
        'Takže reklamace je uznaná? Dostanu nový kus, nebo peníze?',
      ],
      operator: [
        'Omlouvám se za potíže. Vaši reklamaci jsem dohledala, je ve stavu „posouzení technikem“.',
        'Reklamace se vyřizují do 30 dnů, ve vašem případě to urychlím.',
        'S reklamacemi tohoto modelu máme zkušenost, výměnu schválíme obratem.',
        'Pošlete mi prosím fotografii poškození, přiložím ji k reklamaci.',
        'Vaše reklamace byla uznána, nový kus odešleme zítra.',
      ],
    },
    {
      tag: 'objednávka',
      opening: [
        'Dobrý den, kdy mi dorazí objednávka {order}?',
        'Chci změnit adresu doručení u své objednávky.',
        'Dobrý den, omylem jsem udělal dvě objednávky, můžete jednu zrušit?',
      ],
      client: [
        'Číslo objednávky je {order}.',
        'Objednávku jsem zaplatil předem kartou.',
        'Můžu do objednávky ještě něco přidat?',
        'V potvrzení objednávky chybí jeden kus zboží.',
        'Stav objednávky se už tři dny nezměnil.',
      ],
      operator: [
        'Objednávku {order} vidím, je připravená k expedici.',
        'Vaši objednávku jsem upravila, potvrzení přijde e-mailem.',
        'Obě objednávky vidím, tu druhou jsem zrušila.',
        'U objednávky jsem změnila adresu doručení.',
        'Objednávky odeslané do 14:00 expedujeme ještě tentýž den.',
      ],
    },
    {
      tag: 'faktura',
      opening: [
        'Dobrý den, potřebuji fakturu na firmu, zadal jsem špatné IČO.',
        'Na faktuře chybí DIČ, můžete ji opravit?',
        'Dobrý den, kde najdu fakturu k objednávce {order}?',
      ],
      client: [
        'Fakturu potřebuji kvůli účetnictví do konce měsíce.',
        'Pošlete mi prosím opravenou fakturu na e-mail.',
        'Na faktuře je špatná částka {amount} Kč.',
        'Faktury mi chodí na starý e-mail.',
      ],
      operator: [
        'Fakturu jsem opravila a odeslala na váš e-mail.',
        'Opravnou fakturu vystavíme do dvou pracovních dnů.',
        'Všechny faktury najdete v sekci Můj účet → Faktury.',
        'Fakturu k objednávce {order} jsem vám přeposlala.',
      ],
    },
    {
      tag: 'doprava',
      opening: [
        'Dobrý den, zásilka měla přijít včera a pořád nic.',
        'Kolik stojí doprava na Slovensko?',
        'Dopravce mi napsal, že balík vrací zpět odesílateli.',
      ],
      client: [
        'Doprava byla zaplacená jako expresní.',
        'Sledovací číslo nefunguje.',
        'Můžu si zásilku vyzvednout na výdejním místě?',
        'Kurýr volal, ale nebyla jsem doma.',
      ],
      operator: [
        'Doprava na Slovensko stojí 149 Kč, nad 2 000 Kč je zdarma.',
        'Kontaktovala jsem dopravce, zásilka bude doručena zítra.',
        'Zásilka je uložena na výdejním místě, máte na vyzvednutí 7 dní.',
        'Za zpoždění dopravy se omlouváme, poštovné vám vrátíme.',
      ],
    },
    {
      tag: 'vrácení',
      opening: [
        'Dobrý den, chci vrátit zboží do 14 dnů, jak mám postupovat?',
        'Kdy mi vrátíte peníze za vrácené zboží?',
      ],
      client: [
        'Zboží jsem vrátil před deseti dny, vrácení peněz pořád nevidím.',
        'Vrácení jsem poslal přes Zásilkovnu.',
        'Peníze prosím vraťte na účet, ne na kartu.',
      ],
      operator: [
        'Vrácení zboží je do 14 dnů bez udání důvodu, formulář najdete na webu.',
        'Vrácení peněz proběhne do 5 pracovních dnů od přijetí zboží.',
        'Zboží jsme přijali, vrácení {amount} Kč jsem právě schválila.',
      ],
    },
    {
      tag: 'platba',
      opening: [
        'Dobrý den, platba kartou neprošla, ale peníze mi z účtu odešly.',
        'Jaké máte možnosti platby?',
        'Platba převodem — jaký variabilní symbol mám použít?',
      ],
      client: [
        'Platbu jsem zkoušela třikrát.',
        'Peníze jsou blokované na účtu.',
        'Můžu platit na splátky?',
      ],
      operator: [
        'Platba se nepovedla, blokace peněz se automaticky uvolní do 3 dnů.',
        'Jako variabilní symbol použijte číslo objednávky {order}.',
        'Nabízíme platbu kartou, převodem, dobírkou i na splátky.',
        'Platbu jsem dohledala, objednávka je uhrazená.',
      ],
    },
  ],
  clientFiller: ['Dobře.', 'Aha, rozumím.', 'Moment, podívám se.', 'Ano, přesně tak.', 'To je škoda.', 'Hm, a co teď?'],
  operatorFiller: [
    'Moment, prosím, podívám se do systému.',
    'Děkuji za strpení.',
    'Rozumím, ověřím to u kolegů.',
    'Mohu vám ještě s něčím pomoci?',
  ],
  clientThanks: ['Děkuji moc, nashledanou.', 'Super, děkuji!', 'Díky, to je všechno.', 'Dobře, tak děkuji.'],
  operatorClosings: [
    'Rádo se stalo, přeji hezký den.',
    'Děkuji za kontakt a nashledanou.',
    'Kdyby cokoli, napište nám. Hezký den!',
  ],
  clientAngry: ['Tohle je naprosto neprofesionální!', 'Už jsem to psal třikrát!!!', 'To si snad děláte legraci.'],
  system: {
    queued: 'Zákazník čeká ve frontě {target}.',
    joined: '{operator} se připojil(a) ke konverzaci.',
    left: '{operator} opustil(a) konverzaci.',
    transferred: 'Konverzace předána: {operator}.',
    rerouted: 'Konverzace přesměrována administrátorem na {target}.',
    ended: 'Konverzace ukončena.',
    'file-shared': 'Soubor odeslán.',
    'screen-share-started': 'Sdílení obrazovky zahájeno.',
    'screen-share-stopped': 'Sdílení obrazovky ukončeno.',
    'recording-started': 'Nahrávání zahájeno.',
    'recording-stopped': 'Nahrávání ukončeno.',
  },
  anonymous: 'Návštěvník',
};
