/**
 * Countries and their demonyms, as DATA: "Country|demonym,demonym|other name".
 * Used to type an entity as a place and to fold "French" into France. Entries
 * in aliases.ts take precedence (they carry the capitals-as-government rule).
 */
const COUNTRY_LINES = `
Afghanistan|Afghan,Afghans|
Albania|Albanian,Albanians|
Algeria|Algerian,Algerians|
Angola|Angolan,Angolans|
Argentina|Argentine,Argentinian,Argentines|
Armenia|Armenian,Armenians|
Australia|Australian,Australians|
Austria|Austrian,Austrians|
Azerbaijan|Azerbaijani,Azerbaijanis|
Bahrain|Bahraini,Bahrainis|
Bangladesh|Bangladeshi,Bangladeshis|
Belarus|Belarusian,Belarusians|
Belgium|Belgian,Belgians|
Bolivia|Bolivian,Bolivians|
Bosnia|Bosnian,Bosnians|Bosnia and Herzegovina
Brazil|Brazilian,Brazilians|
Bulgaria|Bulgarian,Bulgarians|
Cambodia|Cambodian,Cambodians|
Cameroon|Cameroonian,Cameroonians|
Canada|Canadian,Canadians|
Chile|Chilean,Chileans|
Colombia|Colombian,Colombians|
Croatia|Croatian,Croatians,Croat,Croats|
Cuba|Cuban,Cubans|
Cyprus|Cypriot,Cypriots|
Czech Republic|Czech,Czechs|Czechia
Denmark|Danish,Danes|
Ecuador|Ecuadorian,Ecuadorians|
Egypt|Egyptian,Egyptians|
El Salvador|Salvadoran,Salvadorans|
Estonia|Estonian,Estonians|
Ethiopia|Ethiopian,Ethiopians|
Finland|Finnish,Finns|
France|French|
Georgia|Georgian,Georgians|
Germany|German,Germans|
Ghana|Ghanaian,Ghanaians|
Greece|Greek,Greeks|
Guatemala|Guatemalan,Guatemalans|
Haiti|Haitian,Haitians|
Honduras|Honduran,Hondurans|
Hong Kong|Hongkonger,Hongkongers|
Hungary|Hungarian,Hungarians|
Iceland|Icelandic,Icelanders|
Indonesia|Indonesian,Indonesians|
Iraq|Iraqi,Iraqis|
Ireland|Irish|
Israel|Israeli,Israelis|
Italy|Italian,Italians|
Jamaica|Jamaican,Jamaicans|
Jordan|Jordanian,Jordanians|
Kazakhstan|Kazakh,Kazakhs|
Kenya|Kenyan,Kenyans|
Kuwait|Kuwaiti,Kuwaitis|
Laos|Laotian,Laotians|
Latvia|Latvian,Latvians|
Lebanon|Lebanese|
Libya|Libyan,Libyans|
Lithuania|Lithuanian,Lithuanians|
Malaysia|Malaysian,Malaysians|
Mali|Malian,Malians|
Mexico|Mexican,Mexicans|
Mongolia|Mongolian,Mongolians|
Morocco|Moroccan,Moroccans|
Mozambique|Mozambican,Mozambicans|
Nepal|Nepali,Nepalese|
Netherlands|Dutch|Holland
New Zealand|New Zealander,New Zealanders|
Nicaragua|Nicaraguan,Nicaraguans|
Niger|Nigerien,Nigeriens|
Nigeria|Nigerian,Nigerians|
Norway|Norwegian,Norwegians|
Oman|Omani,Omanis|
Pakistan|Pakistani,Pakistanis|
Palestine|Palestinian,Palestinians|Palestinian territories
Panama|Panamanian,Panamanians|
Paraguay|Paraguayan,Paraguayans|
Peru|Peruvian,Peruvians|
Philippines|Filipino,Filipinos,Philippine|
Poland|Polish,Poles|
Portugal|Portuguese|
Qatar|Qatari,Qataris|
Romania|Romanian,Romanians|
Rwanda|Rwandan,Rwandans|
Saudi Arabia|Saudi,Saudis|
Senegal|Senegalese|
Serbia|Serbian,Serbians,Serb,Serbs|
Singapore|Singaporean,Singaporeans|
Slovakia|Slovak,Slovaks|
Slovenia|Slovenian,Slovenians|
Somalia|Somali,Somalis|
South Africa|South African,South Africans|
South Sudan|South Sudanese|
Spain|Spanish,Spaniards|
Sri Lanka|Sri Lankan,Sri Lankans|
Sudan|Sudanese|
Sweden|Swedish,Swedes|
Switzerland|Swiss|
Syria|Syrian,Syrians|
Taiwan|Taiwanese|
Tajikistan|Tajik,Tajiks|
Tanzania|Tanzanian,Tanzanians|
Thailand|Thai|
Tunisia|Tunisian,Tunisians|
Turkey|Turkish,Turks|Türkiye
Turkmenistan|Turkmen|
Uganda|Ugandan,Ugandans|
United Arab Emirates|Emirati,Emiratis|UAE
Uruguay|Uruguayan,Uruguayans|
Uzbekistan|Uzbek,Uzbeks|
Venezuela|Venezuelan,Venezuelans|
Vietnam|Vietnamese|Viet Nam
Yemen|Yemeni,Yemenis|
Zambia|Zambian,Zambians|
Zimbabwe|Zimbabwean,Zimbabweans|
`;

export interface CountryEntry {
  name: string;
  demonyms: string[];
  otherNames: string[];
}

export const COUNTRIES: readonly CountryEntry[] = COUNTRY_LINES.trim()
  .split("\n")
  .map((line) => {
    const [name = "", demonyms = "", other = ""] = line.split("|");
    const list = (s: string) => s.split(",").map((x) => x.trim()).filter(Boolean);
    return { name, demonyms: list(demonyms), otherNames: list(other) };
  });

/** US states: places of their own, so "a New York Democrat" names New York and the party. */
export const US_STATES: readonly string[] = `Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida
Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota
Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont
Virginia Wisconsin Wyoming`
  .split(/\s+/)
  .concat(["New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Rhode Island", "South Carolina", "South Dakota", "West Virginia"]);

/**
 * Places inside a country that set an article in it without naming it: a report datelined
 * "FERGUSON, Mo." that names Missouri is set in the United States, so "United States, never
 * in B" is no omission. Only the places this gazetteer lists (capitals are aliases' `indirect`).
 */
export const PLACES_WITHIN: ReadonlyMap<string, readonly string[]> = new Map([["United States", US_STATES]]);
