"""Gazetteer: authorities, countries, and the measure / action lexicons.

Canonical authority names (the administering body, short form) and jurisdictions:

=====================  ============  ==================================================
canonical              jurisdiction  typical aliases
=====================  ============  ==================================================
OFAC                   US            Office of Foreign Assets Control, (Department of
                                     the) Treasury, Treasury Secretary
Treasury/OIS           US            Office of Investment Security, Office of Global
                                     Transactions (outbound investment); a text naming
                                     only "the Treasury" is read as OFAC
Commerce/BIS           US            Department of Commerce, Commerce, Bureau of
                                     Industry and Security, BIS, OICTS, Commerce Secretary
FCC                    US            Federal Communications Commission (and its bureaus)
State Department       US            Department of State, Secretary of State
White House            US            the White House, President Biden / Trump
DHS                    US            Department of Homeland Security
EU Council             EU            Council of the EU / European Union, "the Council"
                                     (only in a text that names the EU)
European Commission    EU            European Commission
UK FCDO                GB            Foreign, Commonwealth & Development Office, UK
                                     government, Foreign Secretary
OFSI                   GB            Office of Financial Sanctions Implementation,
                                     HM Treasury
UN Security Council    UN            Security Council (and its sanctions committees)
Global Affairs Canada  CA            Government of Canada, Prime Minister of Canada
DFAT                   AU            Department of Foreign Affairs and Trade, Australian
                                     Government, (Australian) Minister for Foreign Affairs
SECO                   CH            State Secretariat for Economic Affairs, Swiss
                                     Federal Council
METI                   JP            Ministry of Economy, Trade and Industry
=====================  ============  ==================================================

Jurisdictions are ISO 3166-1 alpha-2 codes (so the United Kingdom is "GB"), or "EU" /
"UN" for the European Union and the United Nations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Authority:
    name: str
    jurisdiction: str
    aliases: tuple[str, ...]  # matched case-insensitively unless all upper case
    needs_context: tuple[str, ...] = ()  # aliases valid only when the text mentions a context


AUTHORITIES: tuple[Authority, ...] = (
    Authority(
        "OFAC",
        "US",
        (
            "Office of Foreign Assets Control",
            "OFAC",
            "Department of the Treasury",
            "Treasury Department",
            "U.S. Treasury",
            "US Treasury",
            "Treasury",
            "Treasury Secretary",
            "Secretary of the Treasury",
        ),
    ),
    Authority(
        "Treasury/OIS",
        "US",
        (
            "Office of Investment Security",
            "Office of Global Transactions",
            "Outbound Investment Security Program",
        ),
    ),
    Authority(
        "Commerce/BIS",
        "US",
        (
            "Bureau of Industry and Security",
            "BIS",
            "Department of Commerce",
            "Commerce Department",
            "U.S. Commerce Department",
            "Office of Information and Communications Technology and Services",
            "OICTS",
            "Secretary of Commerce",
            "Commerce Secretary",
            "Commerce",
        ),
    ),
    Authority(
        "FCC",
        "US",
        (
            "Federal Communications Commission",
            "FCC",
            "Public Safety and Homeland Security Bureau",
            "Commission",
        ),
        needs_context=("Commission",),
    ),
    Authority(
        "State Department",
        "US",
        (
            "Department of State",
            "State Department",
            "U.S. Department of State",
            "Secretary of State",
        ),
    ),
    Authority(
        "White House",
        "US",
        (
            "White House",
            "President Biden",
            "President Joe Biden",
            "President Joseph R. Biden",
            "President Trump",
            "President Donald Trump",
            "President Donald J. Trump",
            "President Obama",
            "President of the United States",
            "vested in me as President",
        ),
    ),
    Authority("DHS", "US", ("Department of Homeland Security", "DHS")),
    Authority(
        "EU Council",
        "EU",
        (
            "Council of the European Union",
            "Council of the EU",
            "EU Council",
            "European Council",
            "Council",
        ),
        needs_context=("Council",),
    ),
    Authority("European Commission", "EU", ("European Commission",)),
    Authority(
        "UK FCDO",
        "GB",
        (
            "Foreign, Commonwealth & Development Office",
            "Foreign, Commonwealth and Development Office",
            "FCDO",
            "Foreign Office",
            "Foreign Secretary",
            "UK government",
            "UK Government",
            "British government",
            "British Government",
            "HM Government",
            "Government of the United Kingdom",
        ),
    ),
    Authority(
        "OFSI",
        "GB",
        (
            "Office of Financial Sanctions Implementation",
            "OFSI",
            "HM Treasury",
        ),
    ),
    Authority(
        "UN Security Council",
        "UN",
        (
            "United Nations Security Council",
            "UN Security Council",
            "U.N. Security Council",
            "Security Council",
            "UNSC",
        ),
    ),
    Authority(
        "Global Affairs Canada",
        "CA",
        (
            "Global Affairs Canada",
            "Government of Canada",
            "Prime Minister of Canada",
            "Prime Minister Justin Trudeau",
            "Canada's Minister of Foreign Affairs",
            "Minister of Foreign Affairs Mélanie Joly",
        ),
    ),
    Authority(
        "DFAT",
        "AU",
        (
            "Department of Foreign Affairs and Trade",
            "DFAT",
            "Australian Government",
            "Australian government",
            "Minister for Foreign Affairs",
            "Senator Penny Wong",
            "Penny Wong",
        ),
    ),
    Authority(
        "SECO",
        "CH",
        (
            "State Secretariat for Economic Affairs",
            "SECO",
            "Swiss Federal Council",
            "Federal Council",
        ),
    ),
    Authority("METI", "JP", ("Ministry of Economy, Trade and Industry", "METI")),
)

AUTHORITY_BY_NAME = {a.name: a for a in AUTHORITIES}

# Aliases that name a whole department: the text's more specific office of the same
# department, when it names one, is the authority ("the Department of the Treasury issued
# a Final Rule ... administered by ... Treasury's Office of Investment Security").
GENERIC_ALIASES = {
    "Department of the Treasury": "Treasury",
    "Treasury Department": "Treasury",
    "U.S. Treasury": "Treasury",
    "US Treasury": "Treasury",
    "Treasury": "Treasury",
    "Treasury Secretary": "Treasury",
    "Secretary of the Treasury": "Treasury",
}
DEPARTMENT_OFFICES = {"Treasury": ("OFAC", "Treasury/OIS")}

# Context words that make a bare alias ("Council", "Commission") safe.
_CONTEXT = {
    "Council": re.compile(r"\b(Council of the (EU|European Union)|European Union|EU)\b"),
    "Commission": re.compile(r"\b(FCC|Federal Communications Commission)\b"),
}


@dataclass(frozen=True)
class AuthorityMention:
    authority: Authority
    start: int
    end: int
    alias: str


@lru_cache(maxsize=1)
def _alias_patterns() -> list[tuple[re.Pattern[str], Authority, str]]:
    rows: list[tuple[str, Authority]] = []
    for auth in AUTHORITIES:
        for alias in auth.aliases:
            rows.append((alias, auth))
    rows.sort(key=lambda r: -len(r[0]))
    out = []
    for alias, auth in rows:
        flags = (
            0
            if alias.isupper() or alias in ("Commerce", "Treasury", "Council", "Commission")
            else re.I
        )
        pat = re.compile(
            r"(?<![\w-])" + re.escape(alias).replace(r"\ ", r"\s+") + r"(?![\w-])", flags
        )
        out.append((pat, auth, alias))
    return out


# A jurisdiction named as the subject of an action ("The UK has today sanctioned ...",
# "Canada will impose ...") stands for its sanctions authority. Not the United States:
# several US agencies sanction, so a bare "the United States" names none of them.
SUBJECT_AUTHORITIES = {
    "UK": "UK FCDO",
    "United Kingdom": "UK FCDO",
    "Britain": "UK FCDO",
    "EU": "EU Council",
    "European Union": "EU Council",
    "Canada": "Global Affairs Canada",
    "Australia": "DFAT",
    "Switzerland": "SECO",
}
_SUBJECT = re.compile(
    r"^(?:[A-Z][\w ,'-]{0,40},\s+)?(?:The\s+|the\s+)?(UK|United Kingdom|Britain|EU|European Union|"
    r"Canada|Australia|Switzerland)"
    r"(?:,\s+(?:together|along|alongside|jointly|in coordination|in concert)\b[^,]{0,80},)?"
    r"\s+(?:has|have|will|is|today|also|now|hereby|\w+ed|\w+s)\b"
)


def find_subject_authority(sentence: str) -> AuthorityMention | None:
    """The authority a jurisdiction-as-subject stands for ("The UK has today ...")."""
    m = _SUBJECT.match(sentence)
    if m is None:
        return None
    auth = next(a for a in AUTHORITIES if a.name == SUBJECT_AUTHORITIES[m.group(1)])
    return AuthorityMention(auth, m.start(1), m.end(1), m.group(1))


def find_authorities(sentence: str, document: str = "") -> list[AuthorityMention]:
    """Authority mentions in a sentence, longest alias first, without overlaps, in order.
    `document` supplies the context for ambiguous bare aliases."""
    taken: list[tuple[int, int]] = []
    found: list[AuthorityMention] = []
    for pat, auth, alias in _alias_patterns():
        for m in pat.finditer(sentence):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            if alias in auth.needs_context:
                ctx = _CONTEXT.get(alias)
                if ctx is None or not ctx.search(document or sentence):
                    continue
            if alias == "Commerce" and re.match(r"\s+(?:Ministry|Minister)", sentence[m.end() :]):
                continue  # China's Commerce Ministry
            if alias == "Security Council" and re.search(
                r"(?:\w's|\b(?!The\b|A\b)[A-Z][a-z]+)\s+$", sentence[: m.start()]
            ):
                continue  # "Russia's Security Council", "the National Security Council"
            taken.append((m.start(), m.end()))
            found.append(AuthorityMention(auth, m.start(), m.end(), alias))
    found.sort(key=lambda f: f.start)
    return found


# --- countries ------------------------------------------------------------------------

# ISO code | canonical short name | other names | adjectives (demonyms)
_COUNTRY_ROWS = """
RU|Russia|Russian Federation|Russian
CN|China|People's Republic of China;PRC|Chinese
IR|Iran|Islamic Republic of Iran|Iranian
KP|North Korea|Democratic People's Republic of Korea;DPRK|North Korean
KR|South Korea|Republic of Korea|South Korean
SY|Syria|Syrian Arab Republic|Syrian
VE|Venezuela|Bolivarian Republic of Venezuela|Venezuelan
BY|Belarus||Belarusian;Belarussian
CU|Cuba||Cuban
LB|Lebanon||Lebanese
YE|Yemen||Yemeni
IQ|Iraq||Iraqi
AF|Afghanistan||Afghan
PK|Pakistan||Pakistani
IN|India||Indian
ER|Eritrea||Eritrean
ET|Ethiopia||Ethiopian
DJ|Djibouti||Djiboutian
SO|Somalia||Somali
SS|South Sudan||South Sudanese
SD|Sudan||Sudanese
LY|Libya||Libyan
ML|Mali||Malian
CF|Central African Republic||
CD|Democratic Republic of the Congo|DRC;DR Congo|Congolese
NI|Nicaragua||Nicaraguan
MM|Myanmar|Burma|Burmese
UA|Ukraine||Ukrainian
GB|United Kingdom|UK;U.K.;Britain;Great Britain|British
US|United States|U.S.;US;USA;United States of America|American
EE|Estonia||Estonian
LV|Latvia||Latvian
LT|Lithuania||Lithuanian
DE|Germany||German
FR|France||French
IT|Italy||Italian
ES|Spain||Spanish
NL|Netherlands||Dutch
BE|Belgium||Belgian
CH|Switzerland||Swiss
AT|Austria||Austrian
CY|Cyprus||Cypriot
MT|Malta||Maltese
GR|Greece||Greek
HU|Hungary||Hungarian
PL|Poland||Polish
CZ|Czechia|Czech Republic|Czech
SK|Slovakia||Slovak
RS|Serbia||Serbian
BG|Bulgaria||Bulgarian
RO|Romania||Romanian
MD|Moldova||Moldovan
GE|Georgia||Georgian
AM|Armenia||Armenian
AZ|Azerbaijan||Azerbaijani
KZ|Kazakhstan||Kazakh;Kazakhstani
KG|Kyrgyzstan|Kyrgyz Republic|Kyrgyz
UZ|Uzbekistan||Uzbek
TJ|Tajikistan||Tajik
TM|Turkmenistan||Turkmen
TR|Turkey|Türkiye|Turkish
IL|Israel||Israeli
PS|Palestine||Palestinian
JO|Jordan||Jordanian
EG|Egypt||Egyptian
SA|Saudi Arabia||Saudi
AE|United Arab Emirates|UAE;U.A.E.|Emirati
QA|Qatar||Qatari
OM|Oman||Omani
KW|Kuwait||Kuwaiti
BH|Bahrain||Bahraini
HK|Hong Kong||
MO|Macau|Macao|
TW|Taiwan||Taiwanese
JP|Japan||Japanese
SG|Singapore||Singaporean
MY|Malaysia||Malaysian
ID|Indonesia||Indonesian
TH|Thailand||Thai
VN|Vietnam|Viet Nam|Vietnamese
PH|Philippines||Filipino;Philippine
KH|Cambodia||Cambodian
LA|Laos||Lao;Laotian
BD|Bangladesh||Bangladeshi
LK|Sri Lanka||Sri Lankan
NP|Nepal||Nepalese
AU|Australia||Australian
NZ|New Zealand||
CA|Canada||Canadian
MX|Mexico||Mexican
BR|Brazil||Brazilian
AR|Argentina||Argentine;Argentinian
CO|Colombia||Colombian
PE|Peru||Peruvian
CL|Chile||Chilean
BO|Bolivia||Bolivian
EC|Ecuador||Ecuadorian
PA|Panama||Panamanian
HT|Haiti||Haitian
GY|Guyana||Guyanese
NG|Nigeria||Nigerian
ZA|South Africa||South African
ZW|Zimbabwe||Zimbabwean
MZ|Mozambique||Mozambican
DZ|Algeria||Algerian
MA|Morocco||Moroccan
TN|Tunisia||Tunisian
SL|Sierra Leone||Sierra Leonean
GN|Guinea||Guinean
BF|Burkina Faso||Burkinabe
NE|Niger||Nigerien
TD|Chad||Chadian
CM|Cameroon||Cameroonian
KE|Kenya||Kenyan
UG|Uganda||Ugandan
TZ|Tanzania||Tanzanian
RW|Rwanda||Rwandan
BI|Burundi||Burundian
JE|Jersey||
SE|Sweden||Swedish
NO|Norway||Norwegian
FI|Finland||Finnish
DK|Denmark||Danish
IE|Ireland||Irish
PT|Portugal||Portuguese
LU|Luxembourg||
IS|Iceland||Icelandic
LR|Liberia||Liberian
MH|Marshall Islands||Marshallese
KM|Comoros||Comorian
GA|Gabon||Gabonese
PW|Palau||Palauan
TG|Togo||Togolese
CK|Cook Islands||
BZ|Belize||Belizean
KN|Saint Kitts and Nevis|St Kitts and Nevis|
VC|Saint Vincent and the Grenadines||
AG|Antigua and Barbuda||
BS|Bahamas|The Bahamas|Bahamian
BB|Barbados||Barbadian
JM|Jamaica||Jamaican
DO|Dominican Republic||Dominican
GT|Guatemala||Guatemalan
HN|Honduras||Honduran
SV|El Salvador||Salvadoran
CR|Costa Rica||Costa Rican
PY|Paraguay||Paraguayan
UY|Uruguay||Uruguayan
TT|Trinidad and Tobago||
SR|Suriname||Surinamese
BJ|Benin||Beninese
GH|Ghana||Ghanaian
SN|Senegal||Senegalese
CI|Côte d'Ivoire|Ivory Coast;Cote d'Ivoire|Ivorian
ZM|Zambia||Zambian
MW|Malawi||Malawian
MG|Madagascar||Malagasy
AO|Angola||Angolan
NA|Namibia||Namibian
BW|Botswana||
MR|Mauritania||Mauritanian
GM|Gambia|The Gambia|Gambian
GW|Guinea-Bissau||
GQ|Equatorial Guinea||Equatoguinean
CG|Republic of the Congo|Congo-Brazzaville|
SI|Slovenia||Slovenian
HR|Croatia||Croatian
BA|Bosnia and Herzegovina|Bosnia|Bosnian
ME|Montenegro||Montenegrin
MK|North Macedonia||Macedonian
AL|Albania||Albanian
XK|Kosovo||Kosovar
BN|Brunei||
BT|Bhutan||Bhutanese
MV|Maldives||Maldivian
FJ|Fiji||Fijian
PG|Papua New Guinea||
TL|Timor-Leste|East Timor|
SC|Seychelles||Seychellois
MU|Mauritius||Mauritian
CV|Cabo Verde|Cape Verde|
LI|Liechtenstein||
MC|Monaco||Monegasque
SM|San Marino||
AD|Andorra||
GI|Gibraltar||
IM|Isle of Man||
GG|Guernsey||
VG|British Virgin Islands|BVI|
KY|Cayman Islands||
BM|Bermuda||
CW|Curaçao|Curacao|
MN|Mongolia||Mongolian
"""


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    names: tuple[str, ...]
    adjectives: tuple[str, ...]


def _load_countries() -> tuple[Country, ...]:
    rows = []
    for line in _COUNTRY_ROWS.strip().splitlines():
        code, name, others, adjs = (line.split("|") + ["", ""])[:4]
        names = (name, *[o for o in others.split(";") if o])
        rows.append(Country(code, name, names, tuple(a for a in adjs.split(";") if a)))
    return tuple(rows)


COUNTRIES = _load_countries()
COUNTRY_BY_CODE = {c.code: c for c in COUNTRIES}


@lru_cache(maxsize=1)
def _country_lookup() -> dict[str, Country]:
    out: dict[str, Country] = {}
    for c in COUNTRIES:
        for n in (*c.names, *c.adjectives):
            out[n.lower()] = c
            out["the " + n.lower()] = c
    return out


def country_of(word: str) -> Country | None:
    """The country a name or adjective denotes ("Russia", "Russian", "the PRC")."""
    w = word.strip().rstrip(",").lower()
    w = re.sub(r"'s$", "", w)
    w = re.sub(r"-(based|registered|headquartered|incorporated|flagged|owned|state-owned)$", "", w)
    table = _country_lookup()
    return table.get(w) or table.get(w.rstrip("."))


@lru_cache(maxsize=1)
def country_regex() -> re.Pattern[str]:
    """Any country name or adjective as a whole word (longest first), capturing it."""
    words = sorted({n for c in COUNTRIES for n in (*c.names, *c.adjectives)}, key=len, reverse=True)
    alt = "|".join(re.escape(w) for w in words)
    return re.compile(r"(?<![\w-])(" + alt + r")(?![\w])")


@lru_cache(maxsize=1)
def country_name_regex() -> re.Pattern[str]:
    """Country names only (no adjectives), for "sanctions on <country>"."""
    words = sorted({n for c in COUNTRIES for n in c.names if len(n) > 3}, key=len, reverse=True)
    alt = "|".join(re.escape(w) for w in words)
    return re.compile(r"(?<![\w-])(?:the\s+)?(" + alt + r")(?:'s)?(?![\w])")


# --- measures -------------------------------------------------------------------------

MEASURES = (
    "asset_freeze",
    "travel_ban",
    "arms_embargo",
    "export_control",
    "import_restriction",
    "investment_ban",
    "financial_restriction",
    "ict_prohibition",
    "telecom_equipment_ban",
    "transport_sanction",
    "debarment",
    "other",
)

# (measure, pattern). Matched case-insensitively on non-commentary, non-historical
# sentences. Generic words ("sanctions", "restrictions", "imports") map to nothing: a
# measure needs a specific cue.
MEASURE_LEXICON: tuple[tuple[str, str], ...] = (
    ("asset_freeze", r"\bassets?[ -]freez(?:e|es|ing)\b"),
    ("asset_freeze", r"\bfr(?:eeze|eezes|eezing|oze|ozen)\s+(?:the\s+|all\s+)?(?:assets|funds)\b"),
    ("asset_freeze", r"\b(?:are|is|be|been|remain|must be)\s+(?:also\s+)?blocked\b"),
    ("asset_freeze", r"\bblocked persons\b"),
    ("asset_freeze", r"\bblocking sanctions\b"),
    ("asset_freeze", r"\btargeted financial sanctions?\b"),
    ("asset_freeze", r"\bspecially designated (?:global terrorists?|nationals)\b"),
    ("asset_freeze", r"\bSDGTs?\b"),
    ("asset_freeze", r"\bforeign terrorist organi[sz]ations?\b"),
    ("asset_freeze", r"\bdeal(?:ing)?\s+in\s+(?:any\s+)?(?:of\s+)?(?:the\s+)?property\b"),
    ("asset_freeze", r"\bfunds (?:and|or) (?:other )?economic resources\b"),
    ("asset_freeze", r"\bfreezing of (?:their |the |all )?(?:assets|funds)\b"),
    ("asset_freeze", r"\bblock(?:s|ed|ing)?\s+(?:the\s+|all\s+)?property\b"),
    ("asset_freeze", r"\b(?:use|deal) (?:or deal )?with (?:their|his|her|its) assets\b"),
    (
        "asset_freeze",
        r"\b(?:assets|funds)\b[^.;]{0,60}?\b(?:are|is|be|been|were)\s+(?:also\s+)?frozen\b",
    ),
    ("travel_ban", r"\btravel[ -]bans?\b"),
    ("travel_ban", r"\bentry bans?\b"),
    ("travel_ban", r"\btravel restrictions?\b"),
    ("travel_ban", r"\binadmissible (?:to|in|into)\b"),
    ("travel_ban", r"\bban(?:s|ned|ning)?\s+(?:them|him|her)\s+from\s+entering\b"),
    ("travel_ban", r"\bineligible for (?:entry|admission)\b"),
    ("travel_ban", r"\bvisa (?:bans?|restrictions?)\b"),
    (
        "travel_ban",
        r"\b(?:barred|banned|prohibited|prevent\w*\s+\w+)\s+from\s+entering\s+"
        r"(?:or\s+transiting\s+(?:through\s+)?)?(?:the\s+|their\s+|its\s+)?"
        r"(?:United States|U\.S\.|UK|United Kingdom|EU\b|European Union|country|"
        r"territor|Canada|Australia|Switzerland|Japan)",
    ),
    ("arms_embargo", r"\barms embargo(?:es)?\b"),
    ("export_control", r"\bentity list\b"),
    ("export_control", r"\bexport (?:controls?|restrictions?|bans?|licen[cs]es?)\b"),
    ("export_control", r"\blicen[cs]e requirements?\b"),
    ("export_control", r"\bforeign direct product rule\b"),
    ("export_control", r"\bdual-use\b"),
    ("export_control", r"\bluxury goods\b"),
    ("export_control", r"\bpresumption of denial\b"),
    (
        "export_control",
        r"\bprohibit\w*\s+(?:the\s+)?(?:supply|sale|transfer|export)(?:s|ation)?\s+"
        r"(?:\w+\s+){0,3}?(?:to|of)\b",
    ),
    (
        "export_control",
        r"\bcap(?:s|ped|ping)?\s+(?:the\s+)?(?:supplies|supply|deliveries|sales?)\b",
    ),
    ("import_restriction", r"\bimport bans?\b"),
    ("import_restriction", r"\bbans?\s+on\s+(?:the\s+)?imports?\b"),
    (
        "import_restriction",
        r"\bimports?\s+of\s+[^.;]{0,120}?\b(?:is|are)\s+(?:also\s+)?(?:prohibited|banned)\b",
    ),
    ("import_restriction", r"\bprohibit\w*\s+(?:the\s+)?import(?:s|ation)?\s+of\b"),
    ("import_restriction", r"\bban(?:s|ned|ning)?\s+(?:all\s+|the\s+|any\s+)?imports?\b"),
    # the target's exports banned: an import restriction for those who ban them
    ("import_restriction", r"\bban(?:s|ned|ning)?\s+(?:the\s+)?[\w'-]+'s\s+exports\b"),
    (
        "import_restriction",
        r"\bbans?\s+(?:on\s+)?(?:the\s+)?exports?\s+(?:of\s+[^.;]{0,60}?\s+)?from\b",
    ),
    ("investment_ban", r"\binvestment bans?\b"),
    ("investment_ban", r"\bbans?\s+on\s+(?:new\s+)?investments?\b"),
    ("investment_ban", r"\bnew investments?\s+in\b"),
    ("investment_ban", r"\bpurchases?\s+or\s+sales?\s+of\s+[^.;]{0,40}?securities\b"),
    ("investment_ban", r"\boutbound investments?\b"),
    ("investment_ban", r"\b(?:U\.S\.|US|United States)\s+investments?\s+in\b"),
    ("financial_restriction", r"\bSPFS\b"),
    ("financial_restriction", r"\bde-?SWIFT\w*"),
    ("financial_restriction", r"\b(?:disconnect\w*|remov\w*|exclu\w*)\s+[^.;]{0,40}\bSWIFT\b"),
    ("financial_restriction", r"\bprovision of financial services\b"),
    ("financial_restriction", r"\bfinancial services to\b"),
    ("financial_restriction", r"\brestrictions on finance\b"),
    ("financial_restriction", r"\bcorrespondent (?:accounts?|banking)\b"),
    ("financial_restriction", r"\bcorrespondent\b[^.;]{0,40}\baccounts?\b"),
    ("financial_restriction", r"\b(?:sovereign )?debt (?:or|and) equity\b"),
    ("financial_restriction", r"\bsectoral sanctions\b"),
    ("financial_restriction", r"\bprimary market for\b[^.;]{0,80}\bbonds\b"),
    ("financial_restriction", r"\btransactions?\s+involving\s+the\s+Central\s+Bank\b"),
    ("ict_prohibition", r"\b(?:anti-?virus|cybersecurity)\s+(?:software|products)\b"),
    ("ict_prohibition", r"\bICTS\b"),
    ("ict_prohibition", r"\binformation and communications technology and services\b"),
    (
        "ict_prohibition",
        r"\b(?:mobile|messaging|social media|video-sharing)\s+app(?:lication)?s?\b",
    ),
    ("ict_prohibition", r"\bapp stores?\b"),
    ("ict_prohibition", r"\bconnected vehicles?\b"),
    ("telecom_equipment_ban", r"\bcovered list\b"),
    ("telecom_equipment_ban", r"\bequipment authori[sz]ations?\b"),
    ("telecom_equipment_ban", r"\bauthori[sz]ed for importation or sale\b"),
    ("telecom_equipment_ban", r"\brip[- ]and[- ]replace\b"),
    (
        "telecom_equipment_ban",
        r"\b(?:revok\w*|terminat\w*|end(?:s|ed|ing)?|den(?:y|ies|ied))\b[^;]{0,100}?"
        r"\b(?:ability|authority|authori[sz]ations?)\b[^;]{0,80}?\bto\s+provide\b[^;]{0,60}?"
        r"\btelecom(?:munications)?\s+services\b",
    ),
    ("transport_sanction", r"\btransport(?:ation)? sanctions?\b"),
    ("transport_sanction", r"\bport access\b"),
    (
        "transport_sanction",
        r"\b(?:banned|prohibited|barred)\s+from\s+(?:access(?:ing)?\s+to\s+|entering\s+)?[^.;]{0,20}\bports?\b",
    ),
    ("transport_sanction", r"\brestrictions on [^.;]{0,80}\btransport\b"),
    ("transport_sanction", r"\b(?:airspace|flight|landing) bans?\b"),
    ("transport_sanction", r"\bfrom landing\b"),
    ("transport_sanction", r"\boverfl(?:y|ying|ights?)\b"),
    ("debarment", r"\bdebar(?:red|ment|s)?\b"),
    ("other", r"\bsuspension of [^.;]{0,30}\bbroadcasting\b"),
    ("other", r"\bbroadcasting bans?\b"),
    ("other", r"\brepatriat\w+\b[^.;]{0,60}\b(?:nationals|workers|laborers|labourers)\b"),
)


@lru_cache(maxsize=1)
def _measure_patterns() -> list[tuple[str, re.Pattern[str]]]:
    out = []
    for measure, pat in MEASURE_LEXICON:
        flags = 0 if re.search(r"SPFS|SWIFT|ICTS|SDGT", pat) else re.I
        out.append((measure, re.compile(pat, flags)))
    return out


def find_measures(sentence: str) -> set[str]:
    return {measure for measure, pat in _measure_patterns() if pat.search(sentence)}


def find_measure_mentions(sentence: str) -> list[tuple[str, int]]:
    """(measure, start) for every cue of the measure lexicon in the sentence."""
    return sorted(
        (measure, m.start()) for measure, pat in _measure_patterns() for m in pat.finditer(sentence)
    )


# --- actions --------------------------------------------------------------------------

ACTIONS = ("designation", "delisting", "amendment", "suspension", "extension", "general_license")

# (action, strength, pattern). Strength 2 = decides the action; 1 = weak (used only when
# no strong trigger announces the measure).
ACTION_LEXICON: tuple[tuple[str, int, str], ...] = (
    (
        "suspension",
        2,
        r"\b(?:delay(?:s|ed|ing)?|postpon(?:e|es|ed|ing)|suspend(?:s|ed|ing)?|"
        r"paus(?:e|es|ed|ing)|enjoin(?:s|ed|ing)?)\b(?!\s+(?:in|of)\b)",
    ),
    ("suspension", 2, r"\b(?:preliminary )?injunction\b"),
    (
        "suspension",
        2,
        r"\bblock(?:s|ed|ing)\s+(?:the\s+)?(?:[\w.'-]+\s+){0,4}(?:prohibitions?|bans?|"
        r"order|orders|rule|restrictions)\b",
    ),
    (
        "delisting",
        2,
        r"\b(?:delist(?:s|ed|ing)?|delisting|remov(?:e|es|ed|ing)|revok(?:e|es|ed|ing)|"
        r"lift(?:s|ed|ing)?|terminat(?:e|es|ed|ing)|unfr(?:eeze|eezes|oze|ozen))\b",
    ),
    (
        "delisting",
        2,
        r"\bend(?:s|ed|ing)?\s+(?:the\s+|its\s+|all\s+)?(?:[\w'-]+\s+){0,3}?"
        r"(?:sanctions|embargo)\b",
    ),
    (
        "extension",
        2,
        r"\b(?:extend(?:s|ed|ing)?|renew(?:s|ed|ing)?|prolong(?:s|ed|ing)?|"
        r"roll(?:s|ed)? over)\b",
    ),
    (
        "general_license",
        2,
        r"\b(?:issu(?:e|es|ed|ing)|publish(?:es|ed|ing)?)\s+(?:[\w'-]+\s+){0,3}"
        r"General Licen[cs]es?\b",
    ),
    ("amendment", 2, r"\bamend(?:s|ed|ing)?\b(?!\s+(?:by|to)\s+add)"),
    (
        "designation",
        2,
        r"\b(?:designat(?:e|es|ed|ing)|sanction(?:s|ed|ing)?|add(?:s|ed|ing)?|"
        r"addition\s+of|list(?:s|ed|ing)?|impos(?:e|es|ed|ing)|"
        r"freez(?:e|es|ing)|froze|ban(?:s|ned|ning)?|bar(?:s|red|ring)?|"
        r"prohibit(?:s|ed|ing)?|prohibition|places?|placed|adopt(?:s|ed|ing)?)\b",
    ),
    ("designation", 2, r"\bFinal Determination\b"),
    ("designation", 2, r"\b(?:Temporary\s+)?Denial\s+Orders?\b"),
    (
        "designation",
        2,
        r"\brevok(?:e|es|ed|ing)\s+(?:the\s+)?[A-Z][^;]{0,80}?'s\s+(?:authority|authori[sz]ations?|"
        r"licen[cs]es?)\b",
    ),
    (
        "designation",
        2,
        r"\bden(?:y|ies|ied|ying)\s+(?:the\s+)?(?:[\w'().,-]+\s+){0,6}?(?:application|request|"
        r"authori[sz]ations?|licen[cs]es?|export\s+privileges)\b",
    ),
    (
        "designation",
        2,
        r"\b(?:direct(?:s|ed|ing)?|order(?:s|ed|ing)?|requir(?:e|es|ed|ing)|forc(?:e|es|ed|ing))"
        r"\s+(?:[\w'().,-]+\s+){1,8}?to\s+(?:discontinue|cease|stop|divest|sell\s+off)\b",
    ),
    (
        "designation",
        2,
        r"\brequir(?:e|es|ing)\s+(?:an?\s+|individual\s+|specific\s+)*(?:export\s+)?"
        r"licen[cs]es?\b",
    ),
    (
        "designation",
        2,
        r"\bidentif(?:y|ies|ied|ying)\s+(?:as\s+blocked\s+property\b|[^.;]{0,80}?\s+as\s+"
        r"(?:blocked\s+)?property\b)",
    ),
    (
        "designation",
        1,
        r"\b(?:issu(?:e|es|ed|ing)\s+(?:a\s+|the\s+)?(?:Final Rule|final rule|interim final rule)|"
        r"revis(?:e|es|ed|ing)|tighten(?:s|ed|ing)?)\b",
    ),
    (
        "designation",
        1,
        r"\b(?:restrict(?:s|ed|ing)?|target(?:s|ed|ing)?|announc(?:e|es|ed|ing)\s+"
        r"(?:\d+\s+)?(?:new\s+)?(?:sanctions|measures|restrictions|designations|listings)|"
        r"sign(?:s|ed|ing)?\s+(?:an?\s+|the\s+)?(?:new\s+)?[Ee]xecutive\s+[Oo]rder|"
        r"t(?:ake|akes|aking|aken|ook)\s+(?:further\s+|additional\s+|new\s+)?action\s+against)\b",
    ),
)


@lru_cache(maxsize=1)
def _action_patterns() -> list[tuple[str, int, re.Pattern[str]]]:
    out = []
    for action, strength, pat in ACTION_LEXICON:
        flags = 0 if "General Licen" in pat or "Final Determination" in pat else re.I
        out.append((action, strength, re.compile(pat, flags)))
    return out


@dataclass(frozen=True)
class ActionMention:
    action: str
    strength: int
    start: int
    end: int
    text: str


# Verbs that only announce an action in the sense of sanctions when an object of the
# right kind is near ("adopted a package", "lifted the embargo", "extended ... sanctions").
_NEEDS_SANCTION_OBJECT = re.compile(
    r"^(?:add|adds|added|adding|list|lists|listed|listing|place|places|placed|adopt|adopts|"
    r"adopted|adopting|lift|lifts|lifted|lifting|extend|extends|extended|extending|renew|"
    r"renews|renewed|renewing|prolong|prolongs|prolonged|prolonging|remove|removes|removed|"
    r"removing|terminate|terminates|terminated|terminating|impose|imposes|imposed|imposing|"
    r"bar|bars|barred|barring|delay|delays|delayed|delaying|suspend|suspends|suspended|"
    r"suspending|pause|paused|amend|amends|amended|amending|revoke|revokes|revoked|revoking|"
    r"target|targets|targeted|targeting|restrict|restricts|restricted|restricting)$",
    re.I,
)
_SANCTION_OBJECT = re.compile(
    r"\b(?:sanction\w*|restrictive measures|measures|embargo\w*|list\b|List\b|ban\w*|"
    r"prohibition\w*|designation\w*|restriction\w*|freeze\w*|licen[cs]\w*|rules?\b|"
    r"regulations?|package|entit(?:y|ies)|individuals|persons|companies|entries|entry|"
    r"controls?|tariffs?|determination|transactions|ability|acquisition|access|officials|"
    r"company|individual|person|entity|vessel|bank|firm|businessman|businesswoman|"
    r"authority|authori[sz]ations?|ministers?|commanders?|heads?|chiefs?|directors?|"
    r"generals?|presidents?|"
    r"oligarchs|vessels|people|members|leaders|organi[sz]ations|banks|groups)\b",
    re.I,
)


_SANCTIONS_LIST = re.compile(
    r"\b(?:sanction\w*|SDN|Specially Designated|Entity List|Covered List|blocked|designations?|"
    r"embargo\w*|restrictive measures|measures|bans?|prohibitions?|restrictions|listings?|"
    r"freeze\w*|Consolidated List|Sanctions List)\b",
    re.I,
)


# "sanctions" as a noun: a modifier or determiner before it, a noun or preposition after
_SANCTIONS_NOUN = re.compile(
    r"(?:\b(?:the|its|their|these|those|new|further|additional|economic|financial|"
    r"sectoral|targeted|such|any|of|imposed|impose|imposes|imposing|lifted|lift|lifts|"
    r"lifting)\s+sanctions\b|"
    r"\bsanctions\s+(?:on|against|over|for|in|program|programme|regime|relief|list|lists|"
    r"evasion|risks?|regulations|implications|package|packages|framework|measures|"
    r"policy|policies|authorit\w+|designations|compliance|were|are|is|will|remain|that|"
    r"which|imposed|announced)\b)"
)
# "add ... to the Covered List" however long the list of names in between
_TO_A_LIST = re.compile(
    r"\bto\s+(?:the|its)\s+(?:[\w'()-]+\s+){0,6}?(?:[Ll]ist|[Aa]nnex|"
    r"(?:items|goods|technologies)\s+subject\s+to)\b"
)


def find_actions(sentence: str) -> list[ActionMention]:
    """Action triggers in a sentence, in order. Ambiguous verbs count only when a
    sanctions object follows within a few words."""
    found: list[ActionMention] = []
    for action, strength, pat in _action_patterns():
        for m in pat.finditer(sentence):
            word = m.group(0).split()[0]
            if (
                word[:1].isupper()
                and word.lower()
                in ("list", "lists", "listing", "sanctions", "sanction", "ban", "bans")
                and re.search(r"(?:\b(?:the|its|a)|[A-Z][\w'.)-]*)\s+$", sentence[: m.start()])
            ):
                continue  # a name or noun: "the Entity List", "Al-Qaida Sanctions List"
            if word.lower() == "sanctions" and _SANCTIONS_NOUN.search(
                sentence[max(0, m.start() - 30) : m.end() + 30]
            ):
                continue  # a noun: "the Syria sanctions program", "imposed sanctions on"
            if _NEEDS_SANCTION_OBJECT.match(word):
                window = sentence[
                    m.start() + len(word) : m.end() + (300 if action == "delisting" else 160)
                ]
                if not _SANCTION_OBJECT.search(window) and not (
                    word.lower().startswith("add") and _TO_A_LIST.search(sentence[m.end() :])
                ):
                    continue
                if action == "delisting" and not _SANCTIONS_LIST.search(
                    sentence[m.end() : m.end() + 300]
                ):
                    continue  # "remove Korea from the list of countries eligible for ..."
                if word.lower().startswith("amend") and re.search(
                    r"\b(?:by|to)\s+add|\badding\b|\bby\s+(?:removing|revising)\b", window
                ):
                    continue
            found.append(ActionMention(action, strength, m.start(), m.end(), m.group(0)))
    found.sort(key=lambda a: (a.start, -a.strength))
    out: list[ActionMention] = []
    for a in found:
        if out and a.start < out[-1].end:
            continue
        out.append(a)
    return out
