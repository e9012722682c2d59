/**
 * English given names and their familiar forms, as data. Outlets name the same
 * person as "Elizabeth Cheney" and "Liz Cheney", "Richard J. Durbin" and "Dick
 * Durbin", "Edward M. Kennedy" and "Ted Kennedy"; without these equivalences
 * each form looks like a different person, and the other article looks as if
 * it leaves the person out. Keys are `normalizeWord` forms (lower case).
 */

/** Each line: a formal name and the familiar forms that stand for it. */
const FAMILIAR_FORMS: ReadonlyArray<readonly string[]> = [
  ["abraham", "abe"],
  ["albert", "al", "bert"],
  ["alexander", "alex", "sandy"],
  ["alfred", "al", "alf", "fred"],
  ["andrew", "andy", "drew"],
  ["anthony", "tony"],
  ["antony", "tony"],
  ["arnold", "arnie"],
  ["barbara", "barb", "babs"],
  ["benjamin", "ben", "benny", "bibi"],
  ["bernard", "bernie"],
  ["beverly", "bev"],
  ["bradley", "brad"],
  ["catherine", "cathy", "kate", "katie"],
  ["charles", "charlie", "chuck", "chas"],
  ["christine", "chris", "christy"],
  ["christopher", "chris", "kit"],
  ["cynthia", "cindy"],
  ["daniel", "dan", "danny"],
  ["david", "dave"],
  ["deborah", "debbie", "deb"],
  ["donald", "don", "donnie"],
  ["douglas", "doug"],
  ["edward", "ed", "eddie", "ted", "ned"],
  ["elizabeth", "liz", "beth", "betsy", "betty", "eliza", "lisa"],
  ["eugene", "gene"],
  ["frederick", "fred", "freddie"],
  ["gerald", "jerry"],
  ["gregory", "greg"],
  ["harold", "harry", "hal"],
  ["henry", "hank", "harry"],
  ["jacob", "jake"],
  ["james", "jim", "jimmy", "jamie"],
  ["jeffrey", "jeff"],
  ["jennifer", "jen", "jenny"],
  ["john", "jack", "johnny"],
  ["jonathan", "jon"],
  ["joseph", "joe", "joey"],
  ["joshua", "josh"],
  ["katherine", "kathy", "kate", "katie", "kat"],
  ["kathleen", "kathy", "kate"],
  ["kenneth", "ken", "kenny"],
  ["lawrence", "larry"],
  ["leonard", "len", "lenny"],
  ["margaret", "maggie", "peggy", "meg", "marge"],
  ["matthew", "matt"],
  ["michael", "mike", "mick", "mickey"],
  ["mitchell", "mitch"],
  ["nancy", "nan"],
  ["nathaniel", "nate", "nat"],
  ["nicholas", "nick", "nicky"],
  ["patricia", "pat", "patty", "trish"],
  ["patrick", "pat", "paddy"],
  ["peter", "pete"],
  ["philip", "phil"],
  ["phillip", "phil"],
  ["raymond", "ray"],
  ["rebecca", "becky", "becca"],
  ["richard", "dick", "rick", "rich", "ricky"],
  ["robert", "bob", "bobby", "rob", "robbie", "bert"],
  ["ronald", "ron", "ronnie"],
  ["samuel", "sam", "sammy"],
  ["stephen", "steve"],
  ["steven", "steve"],
  ["susan", "sue", "susie"],
  ["theodore", "ted", "teddy", "theo"],
  ["thomas", "tom", "tommy"],
  ["timothy", "tim"],
  ["victoria", "vicky", "tori"],
  ["vincent", "vince"],
  ["walter", "walt"],
  ["william", "bill", "billy", "will", "willie"],
  ["zachary", "zach", "zack"],
];

/** Spelling variants of one given name. */
const SPELLINGS: ReadonlyArray<readonly string[]> = [
  ["stacey", "stacy"],
  ["jeffrey", "geoffrey"],
  ["steven", "stephen"],
  ["philip", "phillip"],
  ["antony", "anthony"],
  ["catherine", "katherine", "kathryn"],
  ["sara", "sarah"],
  ["jon", "john"],
];

/** Given name → the formal names it may stand for (itself included). */
const FORMAL_OF = new Map<string, Set<string>>();
function link(a: string, b: string): void {
  for (const [x, y] of [
    [a, b],
    [b, a],
  ] as const) {
    const set = FORMAL_OF.get(x) ?? new Set([x]);
    set.add(y);
    FORMAL_OF.set(x, set);
  }
}
for (const [formal, ...familiar] of FAMILIAR_FORMS) for (const f of familiar) link(formal as string, f);
for (const [first, ...others] of SPELLINGS) for (const o of others) link(first as string, o);

/** Whether two given names can name one person: the same name, a familiar form of it, or another spelling. */
export function sameGivenName(a: string, b: string): boolean {
  if (a === b) return true;
  const formsA = FORMAL_OF.get(a);
  if (!formsA) return false;
  if (formsA.has(b)) return true;
  // "Bob" and "Rob" both stand for "Robert".
  const formsB = FORMAL_OF.get(b);
  if (!formsB) return false;
  for (const f of formsA) if (formsB.has(f)) return true;
  return false;
}

/** Whether a word is a given name this list knows. */
export function isKnownGivenName(word: string): boolean {
  return FORMAL_OF.has(word);
}

/**
 * Given names borne mostly by women, as DATA: "Mr. Clinton" is not Hillary
 * Clinton, "Mrs. Obama" not Barack Obama. Names common to both (Leslie,
 * Lindsey, Kim, Jordan) are left out: the fold then goes by mentions, as
 * before.
 */
export const FEMALE_GIVEN_NAMES: ReadonlySet<string> = new Set(
  `abigail alexandra alice alicia allison amanda amy andrea angela ann anna anne annie ashley barbara betsy betty
  beverly brenda caroline carolyn catherine charlene chelsea cheryl christina christine claire condoleezza cynthia
  deborah debbie denise diana diane dianne donna doris dorothy edie elaine elena elise elizabeth ellen emily emma
  evelyn frances gina gloria hannah heather heidi helen hillary ileana ivanka jacqueline janet janice jean jeanne
  jennifer jessica jill joan joanne joyce judith judy julia julie karen kate katherine kathleen kathryn kathy
  kellyanne kirsten kristen laura lauren linda lisa liz loretta lori louise madeleine malia margaret maria marie
  marilyn marsha martha mary maxine megan melania melissa michele michelle mitzi monica nancy nicole nikki nita
  olivia pamela patricia patti patty paula rachel rebecca rosa rose ruth samantha sandra sarah sasha sharon sheila
  shirley sonia sophia stacey stacy stephanie susan suzanne tammy teresa theresa tiffany tina valerie victoria
  virginia wendy`.split(/\s+/),
);

/**
 * Given names borne mostly by men, as DATA, the counterpart of the list above:
 * "she said" never goes back to "John M. Ford". Names common to both (Chris,
 * Pat, Alex, Sam, Jordan, Leslie, Kim, Terry, Jo) are left out.
 */
export const MALE_GIVEN_NAMES: ReadonlySet<string> = new Set(
  `aaron abraham adam adrian al alan albert alexander alfred andrew andy anthony antonio arnold arthur barack barry ben
  benjamin bernard bernie bill billy bob bobby brad bradley brandon brett brian bruce bryan carl carlos charles charlie
  chuck clarence cory craig dan daniel danny darrell dave david dean dennis dick don donald doug douglas duncan dwight
  earl ed eddie edward elijah elliott eric ernest eugene frank franklin fred frederick gary gavin gene geoffrey george
  gerald glenn gordon greg gregory harold harry henry herbert howard hugh ian isaac jack jacob jake james jared
  jason jay jeb jeff jeffrey jeremy jerome jerry jesse jim jimmy joe joel john johnny jon jonathan joseph josh joshua
  juan justin keith ken kenneth kevin kurt larry lawrence leon lewis lloyd louis luke marc marco mark martin
  marvin matt matthew max michael mike mitch mitchell mitt neil newt nicholas nick noah norman oliver orrin patrick paul
  peter phil philip ralph randy raymond reince richard rick robert rod rodney roger ron ronald ross roy russell ryan
  scott sean seth sherrod stanley stephen steve steven stuart ted terrence thomas tim timothy todd tom tony travis
  trent trey victor vincent vladimir walter warren wayne william willie zachary`.split(/\s+/),
);

/**
 * Whether a word is a given name any list here knows: one with familiar forms, or one
 * borne mostly by women or by men ("Karen", "Gavin" have no familiar form listed).
 */
export function isGivenName(word: string): boolean {
  return isKnownGivenName(word) || FEMALE_GIVEN_NAMES.has(word) || MALE_GIVEN_NAMES.has(word);
}

/** Generational suffixes written after a surname ("Robert S. Mueller III", "Eric H. Holder Jr."). */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(["jr", "sr", "ii", "iii", "iv"]);
