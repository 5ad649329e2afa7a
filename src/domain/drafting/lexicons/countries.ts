/**
 * Country names in every language the drafter reads, from the ICU data Node
 * ships (Intl.DisplayNames), so no list of names is kept by hand. Only the
 * alpha-2 → alpha-3 codes (country ids use alpha-3), a few common variants and
 * English demonyms ("Cambodian delegation") are listed here.
 */

const ISO = `AF AFG AL ALB DZ DZA AR ARG AM ARM AU AUS AT AUT AZ AZE BH BHR BD BGD BY BLR BE BEL BT BTN BO BOL BA BIH BR BRA BN BRN BG BGR KH KHM CM CMR CA CAN
CL CHL CN CHN CO COL HR HRV CU CUB CY CYP CZ CZE DK DNK EG EGY EE EST ET ETH FJ FJI FI FIN FR FRA GE GEO DE DEU GH GHA GR GRC HK HKG HU HUN IS ISL IN IND ID IDN
IR IRN IQ IRQ IE IRL IL ISR IT ITA JP JPN JO JOR KZ KAZ KE KEN KP PRK KR KOR KW KWT KG KGZ LA LAO LV LVA LB LBN LY LBY LT LTU LU LUX MO MAC MY MYS MV MDV MX MEX
MN MNG MA MAR MM MMR NP NPL NL NLD NZ NZL NG NGA NO NOR OM OMN PK PAK PS PSE PA PAN PG PNG PE PER PH PHL PL POL PT PRT QA QAT RO ROU RU RUS SA SAU RS SRB SG SGP
SK SVK SI SVN ZA ZAF ES ESP LK LKA SE SWE CH CHE SY SYR TW TWN TJ TJK TH THA TL TLS TR TUR TM TKM UA UKR AE ARE GB GBR US USA UY URY UZ UZB VE VEN VN VNM YE YEM
ZW ZWE`;

export const ALPHA3: ReadonlyMap<string, string> = new Map(
  ISO.split(/\s+/)
    .reduce<string[][]>((pairs, code, i, all) => (i % 2 === 0 ? [...pairs, [code, all[i + 1]!]] : pairs), [])
    .map(([a2, a3]) => [a2!, a3!]),
);

/** Other names in common use that ICU does not give as the display name. */
const VARIANTS: Record<string, readonly string[]> = {
  VNM: ["Viet Nam"],
  MMR: ["Burma"],
  LAO: ["Lao PDR", "Lao People’s Democratic Republic"],
  BRN: ["Brunei Darussalam"],
  TLS: ["East Timor", "Timor Leste"],
  KHM: ["Kingdom of Cambodia"],
  THA: ["ประเทศไทย", "Kingdom of Thailand"],
  USA: ["United States of America", "U.S.", "US"],
  GBR: ["Britain", "UK", "U.K."],
  KOR: ["South Korea", "ROK"],
  PRK: ["North Korea", "DPRK"],
  RUS: ["Russian Federation"],
  CHN: ["People’s Republic of China", "PRC"],
};

/** English demonyms, which name the country in "the Cambodian delegation". */
const DEMONYMS_EN: Record<string, readonly string[]> = {
  KHM: ["Cambodian", "Khmer"],
  THA: ["Thai"],
  VNM: ["Vietnamese"],
  LAO: ["Laotian", "Lao"],
  MMR: ["Myanmar", "Burmese"],
  MYS: ["Malaysian"],
  SGP: ["Singaporean"],
  IDN: ["Indonesian"],
  PHL: ["Philippine", "Filipino"],
  BRN: ["Bruneian"],
  TLS: ["Timorese"],
  CHN: ["Chinese"],
  JPN: ["Japanese"],
  KOR: ["Korean", "South Korean"],
  IND: ["Indian"],
  AUS: ["Australian"],
  NZL: ["New Zealand"],
  USA: ["American"],
  RUS: ["Russian"],
  GBR: ["British"],
  FRA: ["French"],
  DEU: ["German"],
  CAN: ["Canadian"],
};

export const COUNTRY_LANGUAGES = ["en", "th", "km", "vi", "id", "lo", "my", "ms", "fil", "zh"] as const;

export interface CountryName {
  name: string;
  iso3: string;
  lang: string;
  demonym: boolean;
}

let cache: CountryName[] | undefined;

/** Every name of every country, in every language listed, longest first so that the longest match wins. */
export function countryNames(): readonly CountryName[] {
  if (cache) return cache;
  const out: CountryName[] = [];
  const seen = new Set<string>();
  const add = (name: string, iso3: string, lang: string, demonym = false) => {
    const key = `${name}\u0000${iso3}`;
    if (name.length < 2 || seen.has(key)) return;
    seen.add(key);
    out.push({ name, iso3, lang, demonym });
  };
  for (const lang of COUNTRY_LANGUAGES) {
    const names = new Intl.DisplayNames([lang], { type: "region", fallback: "none" });
    for (const [a2, a3] of ALPHA3) {
      const name = names.of(a2);
      if (!name) continue;
      add(name, a3, lang);
      const bare = name.replace(/\s*\(.*\)\s*$/, "").trim();
      if (bare !== name) add(bare, a3, lang);
      for (const inner of name.match(/\(([^)]+)\)/g) ?? []) add(inner.slice(1, -1), a3, lang);
    }
  }
  for (const [a3, names] of Object.entries(VARIANTS)) for (const n of names) add(n, a3, "en");
  for (const [a3, names] of Object.entries(DEMONYMS_EN)) for (const n of names) add(n, a3, "en", true);
  cache = out.sort((a, b) => b.name.length - a.name.length);
  return cache;
}

/** The English name, which is the primary name a country gets in the graph. */
export function englishCountryName(iso3: string): string {
  const a2 = [...ALPHA3].find(([, a3]) => a3 === iso3)?.[0];
  const name = a2 ? new Intl.DisplayNames(["en"], { type: "region" }).of(a2) : undefined;
  return (name ?? iso3).replace(/\s*\(.*\)\s*$/, "");
}
