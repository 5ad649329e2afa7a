import type { PlaceKind } from "../../../model/entity-kinds.js";

/**
 * Capitals, major cities and border provinces of the region, and the world's
 * capitals that diplomatic news names most, with the country each lies in and
 * their names in English, Thai, Khmer, Vietnamese and Indonesian. General
 * geography, kept by hand because ICU has country names but no city names: it
 * lets the drafter find a place that no capital letter or "in" marks (Thai and
 * Khmer write none) and say which country it lies in. A name that is also a
 * common word or a person's name ("Surin", "Clark") is left out rather than
 * matched wrongly.
 */
export interface City {
  /** The English name, which is the primary name a place gets in the graph. */
  name: string;
  /** ISO 3166-1 alpha-3 code of the country it lies in. */
  iso3: string;
  kind: PlaceKind;
  /** Other names, in any script: English variants, Thai, Khmer, Vietnamese, Indonesian. */
  names: readonly string[];
}

const c = (name: string, iso3: string, names: readonly string[], kind: PlaceKind = "CITY"): City => ({ name, iso3, kind, names });

export const CITIES: readonly City[] = [
  // Cambodia
  c("Phnom Penh", "KHM", ["พนมเปญ", "ភ្នំពេញ", "រាជធានីភ្នំពេញ", "Phnôm Pênh", "Nam Vang"]),
  c("Siem Reap", "KHM", ["เสียมราฐ", "សៀមរាប", "Xiêm Riệp"]),
  c("Sihanoukville", "KHM", ["Preah Sihanouk", "สีหนุวิลล์", "ព្រះសីហនុ", "ក្រុងព្រះសីហនុ", "Kampong Som"]),
  c("Battambang", "KHM", ["พระตะบอง", "បាត់ដំបង", "Bát-đom-boong"], "PROVINCE"),
  c("Banteay Meanchey", "KHM", ["บันเตียเมียนเจย", "บันทายมีชัย", "បន្ទាយមានជ័យ"], "PROVINCE"),
  c("Poipet", "KHM", ["ปอยเปต", "ប៉ោយប៉ែត"]),
  c("Kampot", "KHM", ["กำปอต", "កំពត"], "PROVINCE"),
  c("Koh Kong", "KHM", ["เกาะกง", "កោះកុង"], "PROVINCE"),
  c("Preah Vihear", "KHM", ["พระวิหาร", "ព្រះវិហារ"], "PROVINCE"),
  c("Oddar Meanchey", "KHM", ["อุดรมีชัย", "ឧត្តរមានជ័យ"], "PROVINCE"),
  c("Kandal", "KHM", ["កណ្ដាល", "កណ្តាល"], "PROVINCE"),
  c("Takeo", "KHM", ["ตาแก้ว", "តាកែវ"], "PROVINCE"),
  c("Svay Rieng", "KHM", ["สวายเรียง", "ស្វាយរៀង"], "PROVINCE"),
  c("Kampong Cham", "KHM", ["กำปงจาม", "កំពង់ចាម"], "PROVINCE"),
  c("Stung Treng", "KHM", ["สตึงเตรง", "ស្ទឹងត្រែង"], "PROVINCE"),
  c("Ratanakiri", "KHM", ["รัตนคีรี", "រតនគិរី"], "PROVINCE"),
  // Thailand
  c("Bangkok", "THA", ["กรุงเทพมหานคร", "กรุงเทพฯ", "กรุงเทพ", "បាងកក", "ទីក្រុងបាងកក", "Băng Cốc"]),
  c("Chiang Mai", "THA", ["เชียงใหม่", "ឈៀងម៉ៃ"]),
  c("Chiang Rai", "THA", ["เชียงราย", "ឈៀងរ៉ៃ"]),
  c("Phuket", "THA", ["ภูเก็ต", "ភូកេត"]),
  c("Pattaya", "THA", ["พัทยา", "ប៉ាតាយ៉ា"]),
  c("Songkhla", "THA", ["สงขลา", "សុងខ្លា"], "PROVINCE"),
  c("Hat Yai", "THA", ["หาดใหญ่"]),
  c("Khon Kaen", "THA", ["ขอนแก่น"]),
  c("Nong Khai", "THA", ["หนองคาย"], "PROVINCE"),
  c("Udon Thani", "THA", ["อุดรธานี"], "PROVINCE"),
  c("Ubon Ratchathani", "THA", ["อุบลราชธานี"], "PROVINCE"),
  c("Nakhon Ratchasima", "THA", ["นครราชสีมา", "Korat"], "PROVINCE"),
  c("Sisaket", "THA", ["ศรีสะเกษ", "Si Sa Ket"], "PROVINCE"),
  c("Sa Kaeo", "THA", ["สระแก้ว"], "PROVINCE"),
  c("Chanthaburi", "THA", ["จันทบุรี"], "PROVINCE"),
  c("Trat", "THA", ["ตราด", "ត្រាត"], "PROVINCE"),
  c("Mae Sot", "THA", ["แม่สอด"]),
  c("Krabi", "THA", ["กระบี่"], "PROVINCE"),
  c("Hua Hin", "THA", ["หัวหิน"]),
  c("Narathiwat", "THA", ["นราธิวาส"], "PROVINCE"),
  c("Pattani", "THA", ["ปัตตานี"], "PROVINCE"),
  // Vietnam
  c("Hanoi", "VNM", ["Hà Nội", "Ha Noi", "ฮานอย", "ហាណូយ", "ទីក្រុងហាណូយ"]),
  c("Ho Chi Minh City", "VNM", ["Thành phố Hồ Chí Minh", "TP. Hồ Chí Minh", "Saigon", "Sài Gòn", "โฮจิมินห์", "นครโฮจิมินห์", "ហូជីមិញ", "ទីក្រុងហូជីមិញ"]),
  c("Da Nang", "VNM", ["Đà Nẵng", "Danang", "ดานัง", "ដាណាំង"]),
  c("Hoi An", "VNM", ["Hội An", "ฮอยอัน", "ហូយអាន"]),
  c("Hue", "VNM", ["Huế"]),
  c("Hai Phong", "VNM", ["Hải Phòng", "Haiphong", "ไฮฟอง"]),
  c("Can Tho", "VNM", ["Cần Thơ", "เกิ่นเทอ", "កន្ធូ"]),
  c("Ha Long", "VNM", ["Hạ Long", "Halong", "ฮาลอง"]),
  c("Nha Trang", "VNM", ["ญาจาง", "នាត្រាង"]),
  c("Phu Quoc", "VNM", ["Phú Quốc", "ฟูโกว๊ก", "ភូកុក"]),
  c("Tay Ninh", "VNM", ["Tây Ninh", "เตยนิญ", "តៃនិញ"], "PROVINCE"),
  c("An Giang", "VNM", ["อานซาง", "អានយ៉ាង"], "PROVINCE"),
  // Laos
  c("Vientiane", "LAO", ["Viêng Chăn", "Vientiane Capital", "เวียงจันทน์", "នគរវៀងចន្ទន៍", "វៀងចន្ទន៍", "ວຽງຈັນ"]),
  c("Luang Prabang", "LAO", ["Luông Pha Băng", "หลวงพระบาง", "លួងប្រាបាង", "ຫຼວງພະບາງ"]),
  c("Savannakhet", "LAO", ["สะหวันนะเขต", "សាវ៉ាន់ណាខេត"], "PROVINCE"),
  c("Pakse", "LAO", ["ปากเซ", "ប៉ាក់សេ"]),
  c("Champasak", "LAO", ["Champassak", "จำปาศักดิ์", "ចំប៉ាសាក់"], "PROVINCE"),
  c("Vang Vieng", "LAO", ["วังเวียง"]),
  // Myanmar
  c("Naypyidaw", "MMR", ["Nay Pyi Taw", "Naypyitaw", "Nay Pyi Daw", "เนปยีดอ", "เนปิดอว์", "ណៃពិដោ"]),
  c("Yangon", "MMR", ["Rangoon", "ย่างกุ้ง", "យ៉ាំងហ្គោន"]),
  c("Mandalay", "MMR", ["มัณฑะเลย์", "ម៉ាន់ដាឡេ"]),
  c("Myawaddy", "MMR", ["เมียวดี"]),
  // Malaysia
  c("Kuala Lumpur", "MYS", ["กัวลาลัมเปอร์", "គូឡាឡាំពួ", "កូឡាឡាំពួ"]),
  c("Putrajaya", "MYS", ["ปุตราจายา", "ពូត្រាចាយ៉ា"]),
  c("Penang", "MYS", ["Pulau Pinang", "ปีนัง", "ប៉េណាំង"]),
  c("Johor Bahru", "MYS", ["ยะโฮร์บาห์รู", "Johor Baru"]),
  c("Kota Kinabalu", "MYS", ["โกตากินาบาลู"]),
  c("Kuching", "MYS", ["กูชิง"]),
  c("Langkawi", "MYS", ["ลังกาวี"]),
  c("Malacca", "MYS", ["Melaka", "มะละกา"]),
  // Indonesia
  c("Jakarta", "IDN", ["จาการ์ตา", "ហ្សាការតា", "ចាការតា", "Gia-các-ta"]),
  c("Bali", "IDN", ["บาหลี", "បាលី"], "PROVINCE"),
  c("Denpasar", "IDN", ["เดนปาซาร์"]),
  c("Surabaya", "IDN", ["สุราบายา"]),
  c("Bandung", "IDN", ["บันดุง", "បានដុង"]),
  c("Yogyakarta", "IDN", ["Jogjakarta", "ยอกยาการ์ตา"]),
  c("Medan", "IDN", ["เมดาน"]),
  c("Makassar", "IDN", ["มากัสซาร์"]),
  c("Batam", "IDN", ["บาตัม"]),
  c("Labuan Bajo", "IDN", ["ลาบวนบาโจ"]),
  c("Nusantara", "IDN", ["Ibu Kota Nusantara"]),
  // The Philippines
  c("Manila", "PHL", ["Metro Manila", "มะนิลา", "ម៉ានីល", "ម៉ានីល៉ា"]),
  c("Quezon City", "PHL", ["เกซอนซิตี"]),
  c("Cebu", "PHL", ["Cebu City", "เซบู", "សេប៊ូ"]),
  c("Davao", "PHL", ["Davao City", "ดาเวา"]),
  c("Makati", "PHL", ["มากาตี"]),
  // Brunei, Singapore's districts, Timor-Leste
  c("Bandar Seri Begawan", "BRN", ["บันดาร์เสรีเบกาวัน", "បណ្ដាស្រីបេហ្គាវ៉ាន់", "Bandar Xơ-ri Bê-ga-oan"]),
  c("Dili", "TLS", ["Díli", "ดิลี", "ឌីលី"]),
  // East and South Asia
  c("Beijing", "CHN", ["Peking", "Bắc Kinh", "ปักกิ่ง", "ប៉េកាំង", "ទីក្រុងប៉េកាំង"]),
  c("Shanghai", "CHN", ["Thượng Hải", "เซี่ยงไฮ้", "សៀងហៃ"]),
  c("Guangzhou", "CHN", ["Quảng Châu", "กวางโจว", "กว่างโจว"]),
  c("Kunming", "CHN", ["Côn Minh", "คุนหมิง", "គុនមីង"]),
  c("Nanning", "CHN", ["Nam Ninh", "หนานหนิง", "ណាននីង"]),
  c("Tokyo", "JPN", ["Tô-ki-ô", "โตเกียว", "តូក្យូ"]),
  c("Osaka", "JPN", ["โอซากา", "អូសាកា"]),
  c("Seoul", "KOR", ["Xơ-un", "โซล", "សេអ៊ូល"]),
  c("Busan", "KOR", ["ปูซาน", "ប៊ូសាន"]),
  c("Pyongyang", "PRK", ["Bình Nhưỡng", "เปียงยาง", "ព្យុងយ៉ាង"]),
  c("Taipei", "TWN", ["Đài Bắc", "ไทเป", "តៃប៉ិ"]),
  c("New Delhi", "IND", ["Niu Đê-li", "นิวเดลี", "ញូវដេលី"]),
  c("Mumbai", "IND", ["มุมไบ"]),
  c("Dhaka", "BGD", ["ธากา", "ដាកា"]),
  c("Islamabad", "PAK", ["อิสลามาบัด"]),
  c("Kathmandu", "NPL", ["กาฐมาณฑุ"]),
  c("Colombo", "LKA", ["โคลัมโบ"]),
  c("Ulaanbaatar", "MNG", ["Ulan Bator", "อูลานบาตอร์"]),
  c("Astana", "KAZ", ["อัสตานา"]),
  // Oceania
  c("Canberra", "AUS", ["แคนเบอร์รา", "កង់បេរ៉ា"]),
  c("Sydney", "AUS", ["ซิดนีย์", "ស៊ីដនី"]),
  c("Melbourne", "AUS", ["เมลเบิร์น", "មែលប៊ន"]),
  c("Wellington", "NZL", ["เวลลิงตัน", "វែលលីងតុន"]),
  c("Port Moresby", "PNG", ["พอร์ตมอร์สบี"]),
  // The Americas
  c("Washington, D.C.", "USA", ["Washington", "Washington DC", "Oa-sinh-tơn", "วอชิงตัน", "វ៉ាស៊ីនតោន"]),
  c("New York", "USA", ["New York City", "Niu Oóc", "นิวยอร์ก", "ញូវយ៉ក"]),
  c("San Francisco", "USA", ["ซานฟรานซิสโก"]),
  c("Honolulu", "USA", ["โฮโนลูลู"]),
  c("Ottawa", "CAN", ["ออตตาวา", "អូតាវ៉ា"]),
  c("Mexico City", "MEX", ["เม็กซิโกซิตี"]),
  c("Brasília", "BRA", ["Brasilia", "บราซิเลีย"]),
  c("Lima", "PER", ["ลิมา"]),
  // Europe, the Middle East and Africa
  c("London", "GBR", ["Luân Đôn", "ลอนดอน", "ឡុងដ៍"]),
  c("Paris", "FRA", ["Pa-ri", "ปารีส", "ប៉ារីស"]),
  c("Berlin", "DEU", ["Béc-lin", "เบอร์ลิน", "ប៊ែរឡាំង"]),
  c("Brussels", "BEL", ["Brussel", "Bruxelles", "Brúc-xen", "บรัสเซลส์", "ព្រុចសែល"]),
  c("Geneva", "CHE", ["Genève", "Jenewa", "Giơ-ne-vơ", "เจนีวา", "ហ្សឺណែវ"]),
  c("The Hague", "NLD", ["Den Haag", "La Hay", "กรุงเฮก", "เดอะเฮก", "ទីក្រុងឡាអេ"]),
  c("Vienna", "AUT", ["Wina", "เวียนนา", "វីយែន"]),
  c("Rome", "ITA", ["โรม", "រ៉ូម"]),
  c("Madrid", "ESP", ["มาดริด"]),
  c("Moscow", "RUS", ["Moskwa", "Mát-xcơ-va", "มอสโก", "ម៉ូស្គូ"]),
  c("Ankara", "TUR", ["อังการา"]),
  c("Istanbul", "TUR", ["อิสตันบูล"]),
  c("Dubai", "ARE", ["ดูไบ", "ឌូបៃ"]),
  c("Abu Dhabi", "ARE", ["อาบูดาบี"]),
  c("Riyadh", "SAU", ["ริยาด"]),
  c("Doha", "QAT", ["โดฮา", "ដូហា"]),
  c("Tehran", "IRN", ["Teheran", "เตหะราน"]),
  c("Cairo", "EGY", ["Kairo", "ไคโร", "គែរ"]),
  c("Nairobi", "KEN", ["ไนโรบี"]),
  c("Addis Ababa", "ETH", ["แอดดิสอาบาบา"]),
];

/** Words written before (Thai, Khmer) or after (English) a place's own name, stripped before a lookup: "กรุงจาการ์ตา", "ខេត្តបន្ទាយមានជ័យ", "Banteay Meanchey province". */
const PLACE_WORDS = /^(?:กรุง|จังหวัด|นคร|เมือง|រាជធានី|ទីក្រុង|ខេត្ត|ក្រុង|thành phố\s+|tỉnh\s+|kota\s+|provinsi\s+)|\s+(?:province|city|capital|prefecture)$/iu;

let index: Map<string, City> | undefined;

/** Every name of every city, each once, keyed as written and in upper case (datelines: "PHNOM PENH –"). */
export function cityNames(): ReadonlyMap<string, City> {
  if (index) return index;
  index = new Map();
  for (const city of CITIES) {
    for (const name of [city.name, ...city.names]) {
      for (const form of [name, name.toUpperCase()]) if (!index.has(form)) index.set(form, city);
    }
  }
  return index;
}

/** The city a place's name names, with or without its place word ("กรุงจาการ์ตา" is Jakarta). */
export function cityOf(name: string): City | undefined {
  const names = cityNames();
  const trimmed = name.trim();
  return names.get(trimmed) ?? names.get(trimmed.replace(PLACE_WORDS, "").trim());
}
