/**
 * Lean-loop tests in the four client languages: the hypothesis, the metric, the interim result
 * while the test runs, the result and the learning. The quarterly and annual reports print them
 * for the client, so they are written the way the PM would present them to that client.
 */
import type { Channel } from '../schemas'
import type { Localized } from './locale-text'

/** A lean-loop test the team runs, with the result and learning it typically ends with. */
export type TestCopy = {
  hypothesis: Localized
  metric: Localized
  channels: readonly Channel[]
  running: Localized
  result: Localized
  learning: Localized
}

/** Tests the team runs; `channels` lists where each makes sense (empty: anywhere). */
export const TESTS: readonly TestCopy[] = [
  {
    hypothesis: {
      en: 'Short video creatives get a higher CTR than static images',
      fi: 'Lyhyet videomainokset saavat korkeamman CTR:n kuin still-kuvat',
      pl: 'Krótkie kreacje wideo osiągają wyższy CTR niż statyczne grafiki',
      bg: 'Кратките видеореклами имат по-висок CTR от статичните изображения',
    },
    metric: { en: 'CTR', fi: 'CTR', pl: 'CTR', bg: 'CTR' },
    channels: ['meta', 'tiktok', 'linkedin'],
    running: {
      en: 'Two weeks in: video CTR 1.4 % vs static 1.1 %, not significant yet.',
      fi: 'Kaksi viikkoa takana: videoiden CTR 1,4 % ja still-kuvien 1,1 %, ero ei vielä ole merkitsevä.',
      pl: 'Po dwóch tygodniach: CTR wideo 1,4% wobec 1,1% dla grafik, różnica jeszcze nieistotna.',
      bg: 'След две седмици: CTR на видеото 1,4% срещу 1,1% при статичните, разликата още не е значима.',
    },
    result: {
      en: 'Video CTR 1.6 % vs static 1.1 % (+45 %) over four weeks.',
      fi: 'Videoiden CTR 1,6 % ja still-kuvien 1,1 % (+45 %) neljän viikon aikana.',
      pl: 'CTR wideo 1,6% wobec 1,1% dla grafik (+45%) w ciągu czterech tygodni.',
      bg: 'CTR на видеото 1,6% срещу 1,1% при статичните (+45%) за четири седмици.',
    },
    learning: {
      en: 'Make a 15-second video the default prospecting format.',
      fi: '15 sekunnin videosta tehdään uusien asiakkaiden tavoittamisen perusmuoto.',
      pl: '15-sekundowe wideo staje się podstawowym formatem docierania do nowych klientów.',
      bg: '15-секундното видео става основен формат за достигане до нови клиенти.',
    },
  },
  {
    hypothesis: {
      en: 'Showing the price in the headline raises the conversion rate of search ads',
      fi: 'Hinta otsikossa nostaa hakumainosten konversioastetta',
      pl: 'Cena w nagłówku podnosi współczynnik konwersji reklam w wyszukiwarce',
      bg: 'Цената в заглавието повишава коефициента на конверсия на рекламите в търсачката',
    },
    metric: {
      en: 'Conversion rate',
      fi: 'Konversioaste',
      pl: 'Współczynnik konwersji',
      bg: 'Коефициент на конверсия',
    },
    channels: ['google-ads', 'microsoft-ads'],
    running: {
      en: 'Conversion rate 4.6 % vs 4.2 % so far; CTR slightly lower with prices.',
      fi: 'Konversioaste toistaiseksi 4,6 % vs. 4,2 %; CTR hieman matalampi, kun hinta näkyy.',
      pl: 'Dotąd współczynnik konwersji 4,6% wobec 4,2%; CTR nieco niższy przy widocznej cenie.',
      bg: 'Засега коефициент на конверсия 4,6% срещу 4,2%; CTR е малко по-нисък при показана цена.',
    },
    result: {
      en: 'Conversion rate 4.8 % vs 4.1 %; CTR 6 % lower.',
      fi: 'Konversioaste 4,8 % vs. 4,1 %; CTR 6 % matalampi.',
      pl: 'Współczynnik konwersji 4,8% wobec 4,1%; CTR niższy o 6%.',
      bg: 'Коефициент на конверсия 4,8% срещу 4,1%; CTR по-нисък с 6%.',
    },
    learning: {
      en: 'Keep prices in headlines for bestsellers: fewer but better clicks.',
      fi: 'Myydyimpien tuotteiden otsikoissa pidetään hinta: klikkejä vähemmän, mutta parempia.',
      pl: 'Przy bestsellerach zostawiamy cenę w nagłówku: mniej kliknięć, ale lepszych.',
      bg: 'При най-продаваните продукти запазваме цената в заглавието: по-малко, но по-качествени кликове.',
    },
  },
  {
    hypothesis: {
      en: 'A three-field lead form converts better than the six-field form',
      fi: 'Kolmen kentän liidilomake konvertoi paremmin kuin kuuden kentän lomake',
      pl: 'Formularz z trzema polami konwertuje lepiej niż formularz z sześcioma',
      bg: 'Формуляр с три полета конвертира по-добре от формуляра с шест полета',
    },
    metric: {
      en: 'Cost per lead',
      fi: 'Hinta per liidi',
      pl: 'Koszt pozyskania leada',
      bg: 'Цена на лийд',
    },
    channels: ['linkedin', 'meta'],
    running: {
      en: 'Cost per lead down 20 % in the first 10 days; checking lead quality with sales.',
      fi: 'Liidin hinta laski ensimmäisten 10 päivän aikana 20 %; liidien laatu tarkistetaan myynnin kanssa.',
      pl: 'Koszt leada spadł o 20% w pierwszych 10 dniach; jakość leadów sprawdzamy z działem sprzedaży.',
      bg: 'Цената на лийд спадна с 20% през първите 10 дни; проверяваме качеството на лийдовете с отдела по продажби.',
    },
    result: {
      en: 'Cost per lead −28 %; sales rates lead quality unchanged.',
      fi: 'Liidin hinta −28 %; myynnin arvion mukaan liidien laatu ennallaan.',
      pl: 'Koszt leada −28%; według działu sprzedaży jakość leadów bez zmian.',
      bg: 'Цена на лийд −28%; според отдела по продажби качеството на лийдовете е същото.',
    },
    learning: {
      en: 'Use short forms and ask the rest in the follow-up call.',
      fi: 'Käytetään lyhyitä lomakkeita ja kysytään loput jatkopuhelussa.',
      pl: 'Stosujemy krótkie formularze, a resztę pytań zadajemy w rozmowie telefonicznej.',
      bg: 'Използваме кратки формуляри, а останалото питаме в последващия разговор.',
    },
  },
  {
    hypothesis: {
      en: 'Broad match with smart bidding lowers the cost per conversion',
      fi: 'Laaja haku yhdessä automaattisen hintatarjouksen kanssa laskee konversion hintaa',
      pl: 'Dopasowanie przybliżone z inteligentnym określaniem stawek obniża koszt konwersji',
      bg: 'Широкото съответствие с интелигентно наддаване намалява цената на конверсия',
    },
    metric: {
      en: 'Cost per conversion',
      fi: 'Hinta per konversio',
      pl: 'Koszt konwersji',
      bg: 'Цена на конверсия',
    },
    channels: ['google-ads'],
    running: {
      en: 'Learning period over; CPA −6 % so far, many irrelevant search terms to exclude.',
      fi: 'Oppimisjakso ohi; CPA toistaiseksi −6 %, paljon epäolennaisia hakusanoja suljettavaksi.',
      pl: 'Okres uczenia zakończony; CPA na razie −6%, wiele nietrafionych wyszukiwanych haseł do wykluczenia.',
      bg: 'Периодът на обучение приключи; засега CPA −6%, много неподходящи търсения за изключване.',
    },
    result: {
      en: 'CPA −12 % after four weeks, with weekly negative-keyword reviews.',
      fi: 'CPA −12 % neljän viikon jälkeen, kun poissulkevat hakusanat käytiin läpi viikoittain.',
      pl: 'CPA −12% po czterech tygodniach, przy cotygodniowym przeglądzie wykluczających słów kluczowych.',
      bg: 'CPA −12% след четири седмици при седмичен преглед на изключващите ключови думи.',
    },
    learning: {
      en: 'Use broad match only together with a weekly search-term review.',
      fi: 'Laajaa hakua käytetään vain, kun hakutermit käydään läpi joka viikko.',
      pl: 'Dopasowania przybliżonego używamy tylko razem z cotygodniowym przeglądem wyszukiwanych haseł.',
      bg: 'Използваме широко съответствие само заедно със седмичен преглед на търсенията.',
    },
  },
  {
    hypothesis: {
      en: 'Tuesday-morning newsletters get more clicks than Thursday-afternoon ones',
      fi: 'Tiistaiaamuna lähetetyt uutiskirjeet saavat enemmän klikkejä kuin torstai-iltapäivänä lähetetyt',
      pl: 'Newslettery wysyłane we wtorek rano mają więcej kliknięć niż te wysyłane w czwartek po południu',
      bg: 'Бюлетините, изпратени във вторник сутрин, получават повече кликове от тези в четвъртък следобед',
    },
    metric: { en: 'Click rate', fi: 'Klikkausprosentti', pl: 'Współczynnik kliknięć', bg: 'Процент кликове' },
    channels: ['email'],
    running: {
      en: 'Two sends each; click rates 2.5 % vs 2.3 %.',
      fi: 'Kaksi lähetystä kumpanakin päivänä; klikkausprosentit 2,5 % ja 2,3 %.',
      pl: 'Po dwie wysyłki; współczynnik kliknięć 2,5% wobec 2,3%.',
      bg: 'По две изпращания; процент кликове 2,5% срещу 2,3%.',
    },
    result: {
      en: 'No significant difference (2.4 % vs 2.3 %).',
      fi: 'Ei merkitsevää eroa (2,4 % vs. 2,3 %).',
      pl: 'Brak istotnej różnicy (2,4% wobec 2,3%).',
      bg: 'Няма значима разлика (2,4% срещу 2,3%).',
    },
    learning: {
      en: 'Send time does not matter for this list; test subject lines next.',
      fi: 'Lähetysajalla ei ole tälle listalle merkitystä; seuraavaksi testataan otsikkorivejä.',
      pl: 'Dla tej listy godzina wysyłki nie ma znaczenia; następnie testujemy tematy wiadomości.',
      bg: 'За този списък часът на изпращане няма значение; следващият тест е на темите на писмата.',
    },
  },
  {
    hypothesis: {
      en: 'Creator-style (UGC) videos beat polished studio creatives',
      fi: 'Sisällöntuottajatyyliset (UGC) videot toimivat paremmin kuin viimeistellyt studiomainokset',
      pl: 'Filmy w stylu twórców (UGC) wypadają lepiej niż dopracowane kreacje studyjne',
      bg: 'Видеата в стил UGC се представят по-добре от изпипаните студийни реклами',
    },
    metric: { en: 'Cost per click', fi: 'Klikkihinta', pl: 'Koszt kliknięcia', bg: 'Цена на клик' },
    channels: ['tiktok', 'meta'],
    running: {
      en: 'CPC −25 % for UGC style in the first week.',
      fi: 'UGC-tyylin CPC −25 % ensimmäisellä viikolla.',
      pl: 'CPC −25% dla stylu UGC w pierwszym tygodniu.',
      bg: 'CPC −25% при стила UGC през първата седмица.',
    },
    result: {
      en: 'CPC −35 % and 2× watch time with UGC style.',
      fi: 'UGC-tyylillä CPC −35 % ja katseluaika kaksinkertainen.',
      pl: 'W stylu UGC CPC −35% i dwukrotnie dłuższy czas oglądania.',
      bg: 'При стила UGC CPC −35% и два пъти по-дълго време на гледане.',
    },
    learning: {
      en: 'Brief creators for UGC-style content every month.',
      fi: 'Sisällöntuottajille annetaan UGC-tyylinen toimeksianto joka kuukausi.',
      pl: 'Co miesiąc zlecamy twórcom materiały w stylu UGC.',
      bg: 'Всеки месец възлагаме на създатели на съдържание материали в стил UGC.',
    },
  },
  {
    hypothesis: {
      en: 'A free-delivery threshold message raises the average order value',
      fi: 'Viesti ilmaisen toimituksen rajasta nostaa keskiostosta',
      pl: 'Informacja o progu darmowej dostawy podnosi średnią wartość zamówienia',
      bg: 'Съобщението за прага за безплатна доставка повишава средната стойност на поръчката',
    },
    metric: {
      en: 'Average order value',
      fi: 'Keskiostos',
      pl: 'Średnia wartość zamówienia',
      bg: 'Средна стойност на поръчката',
    },
    channels: ['google-ads', 'meta', 'email'],
    running: {
      en: 'AOV +5 % in the test group so far.',
      fi: 'Keskiostos toistaiseksi +5 % testiryhmässä.',
      pl: 'Średnia wartość zamówienia w grupie testowej na razie +5%.',
      bg: 'Средната стойност на поръчката в тестовата група засега е +5%.',
    },
    result: {
      en: 'AOV +9 % with the threshold message, conversion rate unchanged.',
      fi: 'Keskiostos +9 % rajaviestin kanssa, konversioaste ennallaan.',
      pl: 'Średnia wartość zamówienia +9% z informacją o progu, współczynnik konwersji bez zmian.',
      bg: 'Средна стойност на поръчката +9% със съобщението за прага, конверсията без промяна.',
    },
    learning: {
      en: 'Show the threshold in all shopping ads and on the cart page.',
      fi: 'Ilmaisen toimituksen raja näytetään kaikissa ostosmainoksissa ja ostoskorisivulla.',
      pl: 'Próg pokazujemy we wszystkich reklamach produktowych i na stronie koszyka.',
      bg: 'Показваме прага във всички продуктови реклами и на страницата на количката.',
    },
  },
  {
    hypothesis: {
      en: 'Customer testimonials on the landing page raise lead conversion',
      fi: 'Asiakassuositukset laskeutumissivulla nostavat liidien konversiota',
      pl: 'Opinie klientów na stronie docelowej zwiększają konwersję leadów',
      bg: 'Отзивите на клиенти на целевата страница повишават конверсията на лийдове',
    },
    metric: {
      en: 'Landing page conversion rate',
      fi: 'Laskeutumissivun konversioaste',
      pl: 'Współczynnik konwersji strony docelowej',
      bg: 'Коефициент на конверсия на целевата страница',
    },
    channels: [],
    running: {
      en: '6.0 % vs 5.3 % conversion rate after 900 visits.',
      fi: 'Konversioaste 6,0 % vs. 5,3 % 900 käynnin jälkeen.',
      pl: 'Współczynnik konwersji 6,0% wobec 5,3% po 900 wizytach.',
      bg: 'Коефициент на конверсия 6,0% срещу 5,3% след 900 посещения.',
    },
    result: {
      en: 'Conversion rate 6.1 % vs 5.2 % (+17 %).',
      fi: 'Konversioaste 6,1 % vs. 5,2 % (+17 %).',
      pl: 'Współczynnik konwersji 6,1% wobec 5,2% (+17%).',
      bg: 'Коефициент на конверсия 6,1% срещу 5,2% (+17%).',
    },
    learning: {
      en: 'Add a testimonial block to every landing page template.',
      fi: 'Jokaiseen laskeutumissivupohjaan lisätään suositusosio.',
      pl: 'Dodajemy sekcję z opiniami do każdego szablonu strony docelowej.',
      bg: 'Добавяме блок с отзиви във всеки шаблон на целева страница.',
    },
  },
  {
    hypothesis: {
      en: 'Lookalike audiences of buyers outperform interest targeting',
      fi: 'Ostajien kaltaiset yleisöt toimivat paremmin kuin kiinnostuksen kohteisiin perustuva kohdennus',
      pl: 'Grupy odbiorców podobnych do kupujących działają lepiej niż targetowanie według zainteresowań',
      bg: 'Сходните на купувачите аудитории се представят по-добре от таргетирането по интереси',
    },
    metric: { en: 'ROAS', fi: 'ROAS', pl: 'ROAS', bg: 'ROAS' },
    channels: ['meta', 'tiktok'],
    running: {
      en: 'ROAS 3.8 vs 3.2 so far.',
      fi: 'ROAS toistaiseksi 3,8 vs. 3,2.',
      pl: 'Dotąd ROAS 3,8 wobec 3,2.',
      bg: 'Засега ROAS 3,8 срещу 3,2.',
    },
    result: {
      en: 'ROAS 4.2 vs 3.1 over the month.',
      fi: 'ROAS 4,2 vs. 3,1 kuukauden aikana.',
      pl: 'ROAS 4,2 wobec 3,1 w skali miesiąca.',
      bg: 'ROAS 4,2 срещу 3,1 за месеца.',
    },
    learning: {
      en: 'Move prospecting budget to buyer lookalikes; refresh the seed list monthly.',
      fi: 'Uusasiakashankinnan budjetti siirretään ostajien kaltaisiin yleisöihin; lähdelista päivitetään kuukausittain.',
      pl: 'Budżet na pozyskanie nowych klientów przenosimy na grupy podobnych do kupujących; listę źródłową odświeżamy co miesiąc.',
      bg: 'Прехвърляме бюджета за нови клиенти към сходни на купувачите аудитории; изходният списък се обновява всеки месец.',
    },
  },
  {
    hypothesis: {
      en: 'Long-form guides rank faster than short category texts',
      fi: 'Pitkät oppaat nousevat hakutuloksissa nopeammin kuin lyhyet kategoriatekstit',
      pl: 'Długie poradniki szybciej pozycjonują się niż krótkie opisy kategorii',
      bg: 'Дългите ръководства се класират по-бързо от кратките текстове за категории',
    },
    metric: {
      en: 'Organic clicks',
      fi: 'Orgaaniset klikit',
      pl: 'Kliknięcia z wyników organicznych',
      bg: 'Органични кликове',
    },
    channels: ['seo'],
    running: {
      en: 'Guides indexed; first positions 15–25 after three weeks.',
      fi: 'Oppaat indeksoitu; ensimmäiset sijoitukset 15–25 kolmen viikon jälkeen.',
      pl: 'Poradniki zaindeksowane; pierwsze pozycje 15–25 po trzech tygodniach.',
      bg: 'Ръководствата са индексирани; първи позиции 15–25 след три седмици.',
    },
    result: {
      en: 'Guides reached the top 5 for 7 of 12 keywords; organic clicks +22 %.',
      fi: 'Oppaat nousivat viiden kärkeen 7 hakusanalla 12:sta; orgaaniset klikit +22 %.',
      pl: 'Poradniki weszły do top 5 dla 7 z 12 słów kluczowych; kliknięcia organiczne +22%.',
      bg: 'Ръководствата влязоха в топ 5 за 7 от 12 ключови думи; органичните кликове +22%.',
    },
    learning: {
      en: 'Plan one long guide per main category each quarter.',
      fi: 'Joka neljännekselle suunnitellaan yksi pitkä opas kuhunkin pääkategoriaan.',
      pl: 'Co kwartał planujemy jeden długi poradnik dla każdej głównej kategorii.',
      bg: 'Всяко тримесечие планираме по едно дълго ръководство за всяка основна категория.',
    },
  },
]
