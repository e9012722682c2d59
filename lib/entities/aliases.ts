/**
 * Alias DATA: names that refer to one entity. Extend freely (one entry per
 * entity; the first field is the name shown to analysts). Matching ignores case
 * and punctuation ("U.S." = "US"), except that an all-capitals alias ("US",
 * "UK", "ROK") only matches text written in capitals, so the pronoun "us" is
 * never the United States.
 *
 * Decisions (see docs/omissions.md):
 * - Capitals used as a metonym for a government (Washington, Beijing,
 *   Pyongyang, Seoul, Tokyo, Moscow…) resolve to the country. Cities that news
 *   copy mostly names as venues (London, Paris, Hawaii) stay places of their own.
 * - Seas and regions named after a country ("South China Sea") are entities of
 *   their own and are NOT mentions of the country: the longest alias wins.
 * - Demonyms ("Japanese", "Chinese") resolve to the country and count as a
 *   mention: "the Japanese minister" does report Japan's side.
 * - Demonyms and capitals are listed as `indirect`: they refer to the entity
 *   without naming it. They prove an article has it, but alone they do not
 *   make a "names X, never in B" flag (an article that only says "older
 *   Americans" and "lobbyists in Washington" does not name the United States).
 */
export interface AliasEntry {
  canonical: string;
  aliases: string[];
  /** Spellings that refer to it without naming it: demonyms, a capital standing for its government. */
  indirect?: string[];
  type?: EntityType;
}

export type EntityType = "person" | "organization" | "place" | "other";

export const DEFAULT_ALIASES: readonly AliasEntry[] = [
  {
    canonical: "United States",
    type: "place",
    aliases: ["US", "U.S.", "USA", "U.S.A.", "United States of America", "America"], indirect: ["Washington", "American", "Americans"],
  },
  { canonical: "North Korea", type: "place", aliases: ["DPRK", "Democratic People's Republic of Korea"], indirect: ["Pyongyang", "North Korean", "North Koreans"] },
  { canonical: "South Korea", type: "place", aliases: ["Republic of Korea", "ROK"], indirect: ["Seoul", "South Korean", "South Koreans"] },
  { canonical: "Myanmar", type: "place", aliases: ["Burma"], indirect: ["Burmese", "Naypyidaw"] },
  {
    canonical: "Japan Self-Defense Forces",
    type: "organization",
    aliases: [
      "Self-Defense Forces", "Self-Defence Forces", "Japan Self-Defence Forces", "Japan's Self-Defense Forces",
      "Japan's Self-Defence Forces", "Japanese Self-Defense Forces", "Japanese Self-Defence Forces", "JSDF", "SDF",
    ],
  },
  { canonical: "United Kingdom", type: "place", aliases: ["UK", "U.K.", "Britain", "Great Britain"], indirect: ["British", "Briton", "Britons"] },
  { canonical: "China", type: "place", aliases: ["PRC", "People's Republic of China"], indirect: ["Beijing", "Chinese"] },
  { canonical: "South China Sea", type: "place", aliases: ["South China Seas", "South China seas"] },
  // "the East China and South China seas": a bare "East China" in news copy is the sea.
  { canonical: "East China Sea", type: "place", aliases: ["East China Seas", "East China seas", "East China"] },
  { canonical: "Taiwan", type: "place", aliases: ["Republic of China"], indirect: ["Taipei", "Taiwanese"] },
  { canonical: "Taiwan Strait", type: "place", aliases: ["Taiwan Straits", "Strait of Taiwan"] },
  { canonical: "Russia", type: "place", aliases: ["Russian Federation"], indirect: ["Moscow", "Kremlin", "Russian", "Russians"] },
  { canonical: "Japan", type: "place", aliases: [], indirect: ["Tokyo", "Japanese"] },
  { canonical: "Ukraine", type: "place", aliases: [], indirect: ["Kyiv", "Kiev", "Ukrainian", "Ukrainians"] },
  { canonical: "Iran", type: "place", aliases: ["Islamic Republic"], indirect: ["Tehran", "Iranian", "Iranians"] },
  { canonical: "India", type: "place", aliases: [], indirect: ["New Delhi", "Indian", "Indians"] },
  { canonical: "European Union", type: "organization", aliases: ["EU", "E.U."], indirect: ["Brussels"] },
  { canonical: "United Nations", type: "organization", aliases: ["UN", "U.N."] },
  { canonical: "NATO", type: "organization", aliases: ["N.A.T.O.", "North Atlantic Treaty Organization", "Atlantic alliance"] },
  { canonical: "Group of Seven", type: "organization", aliases: ["G7", "G-7", "G7 summit"] },
  // A name across a possessive, which would otherwise leave "Liberation Army".
  { canonical: "People's Liberation Army", type: "organization", aliases: ["PLA", "People’s Liberation Army"] },
  { canonical: "State Department", type: "organization", aliases: ["Department of State", "U.S. State Department", "US State Department"] },
  {
    canonical: "Department of Defense",
    type: "organization",
    aliases: ["Defense Department", "Pentagon", "US Department of Defense", "US Department of Defence", "Department of Defence", "U.S. Department of Defense"],
  },
  // Federal bodies whose names hold an "and" before a word that closes no organisation's name.
  { canonical: "Office of Management and Budget", type: "organization", aliases: ["OMB", "O.M.B."] },
  { canonical: "Department of Health and Human Services", type: "organization", aliases: ["Health and Human Services", "HHS", "H.H.S."] },
  { canonical: "Customs and Border Protection", type: "organization", aliases: ["U.S. Customs and Border Protection", "CBP", "C.B.P."] },
  { canonical: "Immigration and Customs Enforcement", type: "organization", aliases: ["U.S. Immigration and Customs Enforcement", "ICE"] },
  { canonical: "Republican National Committee", type: "organization", aliases: ["RNC"] },
  { canonical: "Democratic National Committee", type: "organization", aliases: ["DNC"] },
  { canonical: "Republican Party", type: "organization", aliases: ["GOP", "G.O.P.", "Republicans", "Republican", "Repubs"] },
  { canonical: "Democratic Party", type: "organization", aliases: ["Democrats", "Democrat", "Democratic", "Dems"] },
  { canonical: "White House", type: "organization", aliases: ["Oval Office"] },
  // "the Congressional schedule", "Congressional Republicans": the adjective refers to Congress; it opens other names ("Congressional Record").
  { canonical: "Congress", type: "organization", aliases: ["U.S. Congress", "US Congress", "Capitol Hill"], indirect: ["Congressional"] },
  { canonical: "House of Representatives", type: "organization", aliases: ["House", "U.S. House", "US House", "House of Reps"] },
  { canonical: "Senate", type: "organization", aliases: ["U.S. Senate", "US Senate"] },
  { canonical: "Supreme Court", type: "organization", aliases: ["U.S. Supreme Court", "US Supreme Court"] },
  // News outlets, so "Washington Post" is not Washington (the government) plus "Post".
  { canonical: "The New York Times", type: "organization", aliases: ["New York Times", "NYT"] },
  { canonical: "The Washington Post", type: "organization", aliases: ["Washington Post"] },
  { canonical: "The Wall Street Journal", type: "organization", aliases: ["Wall Street Journal", "WSJ"] },
  { canonical: "HuffPost", type: "organization", aliases: ["Huffington Post", "The Huffington Post"] },
  { canonical: "Fox News", type: "organization", aliases: ["Fox News Channel", "FoxNews.com"] },
  { canonical: "Associated Press", type: "organization", aliases: ["AP", "The Associated Press"] },
  { canonical: "Reuters", type: "organization", aliases: ["Thomson Reuters"] },
  // Companies whose first word is also a title ("General Motors" is no General named Motors).
  { canonical: "General Motors", type: "organization", aliases: ["GM"] },
  { canonical: "General Electric", type: "organization", aliases: ["GE"] },
  { canonical: "General Dynamics", type: "organization", aliases: [] },
  { canonical: "General Mills", type: "organization", aliases: [] },
  { canonical: "Washington, D.C.", type: "place", aliases: ["Washington D.C.", "Washington DC", "District of Columbia"] },
  { canonical: "New York City", type: "place", aliases: ["NYC", "New York City"] },
  { canonical: "Asia", type: "place", aliases: [], indirect: ["Asian"] },
  { canonical: "Northeast Asia", type: "place", aliases: ["North-East Asia"], indirect: ["Northeast Asian"] },
  { canonical: "Southeast Asia", type: "place", aliases: ["South-East Asia"], indirect: ["Southeast Asian"] },
  { canonical: "Europe", type: "place", aliases: [], indirect: ["European", "Europeans"] },
  { canonical: "Africa", type: "place", aliases: [], indirect: ["African", "Africans"] },
  { canonical: "Middle East", type: "place", aliases: ["Mideast"] },
  { canonical: "Latin America", type: "place", aliases: [], indirect: ["Latin American", "Latin Americans"] },
  { canonical: "Indo-Pacific", type: "place", aliases: ["Indo Pacific", "Indo-Pacific region"] },
  { canonical: "Xinjiang", type: "place", aliases: ["Xinjiang Uygur Autonomous Region", "Xinjiang Uyghur Autonomous Region"] },
];
