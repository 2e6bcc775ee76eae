"""The Latvian names and texts the demo data is made of.

Two parts: the cast of the small demo (one town's NGO support centre, told as a story so every
screen has something true-looking to show) and the word lists the large generator combines into
thousands of organisations and people. Everything here is fictional; e-mail addresses and web
sites use the reserved example.com domain so that no demo message can reach a real person.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ngo_desktop.schema.enums import LegalForm, MembershipStatus, OrganisationKind, VendorCategory

MAIL_DOMAIN = "example.com"

CENTRE_NAME = "Alūksnes NVO atbalsta centrs"
CENTRE_ADDRESS = "Pils iela 25A, Alūksne, Alūksnes novads, LV-4301"
CENTRE_PHONE = "+371 64321234"
CENTRE_EMAIL = f"info@aluksnes-nvo.{MAIL_DOMAIN}"
CENTRE_WEBSITE = f"https://aluksnes-nvo.{MAIL_DOMAIN}"
CENTRE_REGISTRATION_NUMBER = "40008066551"
HOUSE_RULES = """\
1. Telpas izmanto tikai rezervētajā laikā; tajā ietilpst arī sagatavošanās un sakopšana.
2. Atslēgas saņem un nodod centra administratoram darba laikā.
3. Pēc pasākuma telpu atstāj tādā kārtībā, kādā to saņēmāt: galdus un krēslus novieto vietā, \
atkritumus iznes.
4. Centra telpās un teritorijā nesmēķē un nelieto alkoholu.
5. Par bojājumiem nekavējoties ziņo administratoram; zaudējumus sedz rezervētājs.
6. Rezervāciju atceļ ne vēlāk kā 48 stundas iepriekš, zvanot vai rakstot centram.
7. Klavieres pārvieto tikai kopā ar centra darbinieku."""

MAIN_SITE_NAME = "Alūksnes NVO nams"
MAIN_SITE_ADDRESS = "Pils iela 25A, Alūksne, LV-4301"
BRANCH_SITE_NAME = "Jaunannas filiāle"
BRANCH_SITE_ADDRESS = "Skolas iela 2, Jaunanna, Jaunannas pagasts, Alūksnes novads, LV-4341"


@dataclass(frozen=True)
class DemoRoom:
    """A room of the story. Money in cents; hours are (weekday, opens, closes) in Riga time."""

    key: str
    site: str
    name: str
    capacity: int
    area_m2: float
    equipment: tuple[str, ...]
    setup_minutes: int
    cleanup_minutes: int
    hourly_rate_cents: int
    half_day_rate_cents: int
    full_day_rate_cents: int
    member_discount_percent: int
    colour: str
    notes: str
    hours: tuple[tuple[int, dt.time, dt.time], ...]


_WEEKDAYS_8_TO_21 = tuple((weekday, dt.time(8), dt.time(21)) for weekday in range(5))
MAIN_SITE_HOURS = (*_WEEKDAYS_8_TO_21, (5, dt.time(10), dt.time(18)))
BRANCH_SITE_HOURS = ((1, dt.time(10), dt.time(18)), (3, dt.time(10), dt.time(18)), (5, dt.time(10), dt.time(14)))

ROOMS = (
    DemoRoom(
        "hall", "main", "Lielā zāle", 80, 120.0,
        ("projector", "screen", "piano", "sound", "wheelchair"),
        30, 30, 2500, 8000, 14000, 100, "#4E79A7",
        "Ieeja ar uzbrauktuvi no pagalma puses. Klavieres pārvieto tikai kopā ar centra darbinieku.",
        MAIN_SITE_HOURS,
    ),
    DemoRoom(
        "meeting", "main", "Sanāksmju telpa", 16, 32.0,
        ("projector", "whiteboard", "wifi", "wheelchair"),
        0, 15, 1000, 3500, 6000, 100, "#F28E2B",
        "Galds 16 personām, tāfele un marķieri pie administratora.",
        MAIN_SITE_HOURS,
    ),
    DemoRoom(
        "kitchen", "main", "Virtuves studija", 12, 40.0,
        ("kitchen", "wheelchair"),
        15, 45, 1500, 5000, 9000, 50, "#59A14F",
        "Trauki un virtuves piederumi 12 personām. Pēc nodarbības trauku mazgājamā mašīna jāiztukšo.",
        MAIN_SITE_HOURS,
    ),
    DemoRoom(
        "branch", "branch", "Pulciņu telpa", 20, 45.0,
        ("whiteboard", "wifi"),
        0, 15, 500, 1800, 3000, 100, "#B07AA1",
        "Filiāle atvērta otrdienās, ceturtdienās un sestdienās.",
        BRANCH_SITE_HOURS,
    ),
)

FIELDS_OF_ACTIVITY = (
    "Sociālā aprūpe",
    "Kultūra",
    "Jaunatne",
    "Vide",
    "Sports",
    "Izglītība",
    "Veselība",
    "Uzņēmējdarbība",
    "Reliģija",
    "Pilsoniskā sabiedrība",
)


@dataclass(frozen=True)
class DemoContact:
    name: str
    role: str
    phone: str
    email: str
    consent_days_ago: int


@dataclass(frozen=True)
class DemoOrganisation:
    """An organisation of the story; ``key`` names it in the story's bookings, fairs and tenancies."""

    key: str
    name: str
    legal_form: LegalForm
    kind: OrganisationKind
    registration_number: str | None
    fields: tuple[str, ...]
    address: str
    phone: str = ""
    email: str = ""
    website: str = ""
    membership: MembershipStatus = MembershipStatus.NONE
    member_since: dt.date | None = None
    membership_fee_cents: int = 0
    years_since_paid: int | None = None
    discount_percent: int = 0
    discount_reason: str = ""
    notes: str = ""
    archived: bool = False
    contacts: tuple[DemoContact, ...] = field(default_factory=tuple)


def _mail(local: str) -> str:
    return f"{local}@{MAIL_DOMAIN}"


_TOWN = "Alūksne, LV-4301"
_MEMBER = MembershipStatus.MEMBER

ORGANISATIONS = (
    DemoOrganisation(
        "disabled", "biedrība „Alūksnes invalīdu biedrība”", LegalForm.ASSOCIATION, OrganisationKind.NGO,
        "40008123464", ("Sociālā aprūpe", "Veselība"), f"Dārza iela 11, {_TOWN}", "+371 29154872",
        _mail("invalidu.biedriba"), membership=_MEMBER, member_since=dt.date(2009, 2, 16),
        membership_fee_cents=2000, years_since_paid=0,
        notes="Rokdarbu pulciņš katru trešdienu; piedalās labdarības tirdziņos.",
        contacts=(
            DemoContact("Ilze Bērziņa", "valdes priekšsēdētāja", "+371 29154872", _mail("ilze.berzina"), 400),
            DemoContact("Kārlis Ķēniņš", "valdes loceklis", "+371 26483019", _mail("karlis.kenins"), 380),
        ),
    ),
    DemoOrganisation(
        "pensioners", "biedrība „Alūksnes pensionāru biedrība”", LegalForm.ASSOCIATION, OrganisationKind.NGO,
        "40008032184", ("Sociālā aprūpe", "Kultūra"), f"Ojāra Vācieša iela 4, {_TOWN}", "+371 26734510",
        _mail("pensionari.aluksne"), membership=_MEMBER, member_since=dt.date(2007, 10, 1),
        membership_fee_cents=2000, years_since_paid=0,
        contacts=(
            DemoContact("Ārija Kalniņa", "valdes priekšsēdētāja", "+371 26734510", _mail("arija.kalnina"), 700),
            DemoContact("Jānis Ozoliņš", "kasieris", "+371 29087731", _mail("janis.ozolins"), 650),
        ),
    ),
    DemoOrganisation(
        "youth", "biedrība „Jauniešu klubs Zīle”", LegalForm.ASSOCIATION, OrganisationKind.NGO,
        "40008245617", ("Jaunatne", "Izglītība"), f"Helēnas iela 8, {_TOWN}", "+371 25519034",
        _mail("klubs.zile"), f"https://zile.{MAIL_DOMAIN}", membership=_MEMBER,
        member_since=dt.date(2016, 9, 12), membership_fee_cents=1000, years_since_paid=0,
        contacts=(
            DemoContact("Kristaps Liepiņš", "valdes priekšsēdētājs", "+371 25519034", _mail("kristaps.liepins"), 120),
            DemoContact("Evija Šmite", "brīvprātīgo koordinatore", "+371 28840127", _mail("evija.smite"), 90),
        ),
    ),
    DemoOrganisation(
        "dancers", "biedrība „Tautas deju kolektīvs Ķekatas”", LegalForm.ASSOCIATION, OrganisationKind.NGO,
        "40008311787", ("Kultūra",), f"Pils iela 25A, {_TOWN}", "+371 29930418", _mail("kekatas"),
        membership=_MEMBER, member_since=dt.date(2012, 1, 9), membership_fee_cents=2000,
        years_since_paid=0, notes="Mēģinājumi Lielajā zālē otrdienās un ceturtdienās.",
        contacts=(
            DemoContact("Gunta Zālīte", "kolektīva vadītāja", "+371 29930418", _mail("gunta.zalite"), 300),
        ),
    ),
    DemoOrganisation(
        "foundation", "nodibinājums „Mazpilsētu kopienu fonds”", LegalForm.FOUNDATION, OrganisationKind.NGO,
        "40008560233", ("Izglītība", "Pilsoniskā sabiedrība"), f"Tirgotāju iela 3, {_TOWN}",
        "+371 26017745", _mail("fonds"), f"https://kopienu-fonds.{MAIL_DOMAIN}", membership=_MEMBER,
        member_since=dt.date(2018, 5, 3), membership_fee_cents=5000, years_since_paid=0,
        contacts=(
            DemoContact("Dace Čakste", "valdes priekšsēdētāja", "+371 26017745", _mail("dace.cakste"), 200),
            DemoContact("Ēriks Vītols", "projektu vadītājs", "+371 27705513", _mail("eriks.vitols"), 180),
        ),
    ),
    DemoOrganisation(
        "nature", "biedrība „Ezerzemes dabas draugi”", LegalForm.ASSOCIATION, OrganisationKind.NGO,
        "40008611900", ("Vide",), f"Ezera iela 15, {_TOWN}", "+371 29461207", _mail("dabas.draugi"),
        membership=_MEMBER, member_since=dt.date(2020, 3, 20), membership_fee_cents=1000,
        years_since_paid=0,
        contacts=(
            DemoContact("Māris Grīnbergs", "valdes priekšsēdētājs", "+371 29461207", _mail("maris.grinbergs"), 60),
        ),
    ),
    DemoOrganisation(
        "sports", "biedrība „Sporta klubs Šķēps”", LegalForm.ASSOCIATION, OrganisationKind.NGO,
        "40008777424", ("Sports", "Jaunatne"), f"Kolberģa iela 2, {_TOWN}", "+371 26295533",
        _mail("skeps"), membership=_MEMBER, member_since=dt.date(2014, 4, 1),
        membership_fee_cents=2000, years_since_paid=1,
        notes="Biedru nauda par šo gadu vēl nav samaksāta.",
        contacts=(
            DemoContact("Uldis Sproģis", "valdes priekšsēdētājs", "+371 26295533", _mail("uldis.sprogis"), 500),
        ),
    ),
    DemoOrganisation(
        "mothers", "biedrība „Mammu klubs Ābelīte”", LegalForm.ASSOCIATION, OrganisationKind.NGO,
        "40008820163", ("Sociālā aprūpe", "Izglītība"), f"Rūpniecības iela 7, {_TOWN}", "+371 28113904",
        _mail("abelite"), discount_percent=50,
        discount_reason="Jaunizveidota biedrība: pirmajā gadā 50 % atlaide telpu nomai.",
        contacts=(
            DemoContact("Līga Kļaviņa", "valdes locekle", "+371 28113904", _mail("liga.klavina"), 30),
        ),
    ),
    DemoOrganisation(
        "parents", "biedrība „Vecāku biedrība Čiekurs”", LegalForm.ASSOCIATION, OrganisationKind.NGO,
        "40008903554", ("Izglītība",), f"Lielā Ezera iela 20, {_TOWN}", "+371 29375580", _mail("ciekurs"),
        membership=MembershipStatus.LAPSED, member_since=dt.date(2015, 9, 1), membership_fee_cents=1000,
        years_since_paid=2,
        contacts=(
            DemoContact("Žanna Ūdre", "valdes priekšsēdētāja", "+371 29375580", _mail("zanna.udre"), 800),
        ),
    ),
    DemoOrganisation(
        "knitters", "Adītāju pulciņš „Dzija”", LegalForm.INFORMAL_GROUP, OrganisationKind.NGO, None,
        ("Kultūra",), f"Jaunanna, {_TOWN}", "+371 26640092",
        contacts=(
            DemoContact("Skaidrīte Ņikitina", "pulciņa vadītāja", "+371 26640092", "", 150),
        ),
    ),
    DemoOrganisation(
        "congregation", "Alūksnes evaņģēliski luteriskā draudze", LegalForm.RELIGIOUS, OrganisationKind.OTHER,
        "90000555125", ("Reliģija", "Kultūra"), f"Pils iela 2, {_TOWN}", "+371 29902214",
        _mail("draudze"), discount_percent=20, discount_reason="Labdarības pasākumiem 20 % atlaide.",
        contacts=(
            DemoContact("Pēteris Eglītis", "draudzes priekšnieks", "+371 29902214", _mail("peteris.eglitis"), 240),
        ),
    ),
    DemoOrganisation(
        "choir", "biedrība „Kora draugi”", LegalForm.ASSOCIATION, OrganisationKind.NGO, "40008955081",
        ("Kultūra",), f"Pils iela 25A, {_TOWN}", archived=True,
        notes="Darbību beigusi; ieraksts saglabāts vēsturei.",
        contacts=(
            DemoContact("Biruta Kārkliņa", "valdes priekšsēdētāja", "", "", 1500),
        ),
    ),
    DemoOrganisation(
        "toymaker", "SIA „Koka rotaļlietas Žubīte”", LegalForm.LIMITED_COMPANY, OrganisationKind.ENTREPRENEUR,
        "40103918206", ("Uzņēmējdarbība",), f"Pils iela 44, {_TOWN}", "+371 26188305",
        _mail("zubite"), f"https://zubite.{MAIL_DOMAIN}",
        notes="Jaunais uzņēmējs: koka rotaļlietas un darbnīcas bērniem.",
        contacts=(
            DemoContact("Mārtiņš Vanags", "valdes loceklis", "+371 26188305", _mail("martins.vanags"), 100),
        ),
    ),
    DemoOrganisation(
        "beauty", "IK „Skaistumkopšanas studija Līga”", LegalForm.INDIVIDUAL_MERCHANT,
        OrganisationKind.ENTREPRENEUR, "40102874563", ("Uzņēmējdarbība", "Veselība"),
        f"Pils iela 44, {_TOWN}", "+371 28450671", _mail("studija.liga"),
        contacts=(
            DemoContact("Līga Siliņa", "īpašniece", "+371 28450671", _mail("liga.silina"), 45),
        ),
    ),
    DemoOrganisation(
        "social", "Alūksnes novada Sociālais dienests", LegalForm.MUNICIPAL_INSTITUTION,
        OrganisationKind.MUNICIPAL, "90000123450", ("Sociālā aprūpe",), f"Dārza iela 8a, {_TOWN}",
        "+371 64322033", _mail("socialais.dienests"), discount_percent=100,
        discount_reason="Pašvaldības iestāde: telpas bez maksas",
        contacts=(
            DemoContact("Inese Pētersone", "vadītāja", "+371 64322033", _mail("inese.petersone"), 365),
        ),
    ),
    DemoOrganisation(
        "municipality", "Alūksnes novada pašvaldība", LegalForm.MUNICIPAL_INSTITUTION,
        OrganisationKind.MUNICIPAL, "90000312660", ("Uzņēmējdarbība", "Pilsoniskā sabiedrība"),
        f"Dārza iela 11, {_TOWN}", "+371 64381496", _mail("dome"), discount_percent=100,
        discount_reason="Pašvaldības iestāde: telpas bez maksas",
        contacts=(
            DemoContact("Aigars Lācis", "attīstības nodaļas vadītājs", "+371 64381497", _mail("aigars.lacis"), 365),
        ),
    ),
)


@dataclass(frozen=True)
class DemoVendor:
    """A seller at the summer market: a business of its own, not otherwise in the story."""

    key: str
    name: str
    legal_form: LegalForm
    registration_number: str | None
    contact: str
    phone: str
    goods: str
    category: VendorCategory
    needs_power: bool
    months: tuple[int, ...]  # the months whose Saturdays they sell on


_SUMMER = (5, 6, 7, 8, 9)
_FARM = LegalForm.FARM

MARKET_VENDORS = (
    DemoVendor("honey", "Z/S „Medus pūrs”", _FARM, "44101561207", "Valdis Kļaviņš", "+371 29312874",
               "Medus, bišu vasks, ziedputekšņi", VendorCategory.FOOD, False, _SUMMER),
    DemoVendor("bakery", "SIA „Maiznīca Rūķis”", LegalForm.LIMITED_COMPANY, "40103211451", "Rūta Kalēja",
               "+371 26604419", "Rupjmaize, saldskābmaize, pīrāgi", VendorCategory.FOOD, False, _SUMMER),
    DemoVendor("smokehouse", "IK „Kūpinājumi no Zeltiņiem”", LegalForm.INDIVIDUAL_MERCHANT, "40102544814",
               "Aivars Rubenis", "+371 29045528", "Kūpināta gaļa un desas", VendorCategory.FOOD, True, _SUMMER),
    DemoVendor("cheese", "SIA „Ozolkalna siers”", LegalForm.LIMITED_COMPANY, "40103377168", "Inguna Ozola",
               "+371 26330915", "Kazas siers, biezpiens, Jāņu siers", VendorCategory.FOOD, True, _SUMMER),
    DemoVendor("coffee", "SIA „Kafija uz riteņiem”", LegalForm.LIMITED_COMPANY, "40103460020",
               "Toms Zariņš", "+371 25871260", "Kafija, tēja, karstā šokolāde", VendorCategory.FOOD, True,
               _SUMMER),
    DemoVendor("meat", "SIA „Lauku gaļa”", LegalForm.LIMITED_COMPANY, "40103129880", "Edgars Mednis",
               "+371 29587703", "Svaiga liellopu un cūkgaļa", VendorCategory.FOOD, True, _SUMMER),
    DemoVendor("fish", "IK „Dūmu zivis”", LegalForm.INDIVIDUAL_MERCHANT, "40102690316", "Juris Ābols",
               "+371 26912045", "Kūpinātas zivis no Alūksnes ezera", VendorCategory.FOOD, True, _SUMMER),
    DemoVendor("pancakes", "IK „Pankūku namiņš”", LegalForm.INDIVIDUAL_MERCHANT, "40102833584",
               "Madara Circene", "+371 28007316", "Pankūkas ar ievārījumu", VendorCategory.FOOD, True,
               (6, 7, 8)),
    DemoVendor("icecream", "IK „Saldējums no Apes”", LegalForm.INDIVIDUAL_MERCHANT, "40102419962",
               "Elīna Strazdiņa", "+371 25408831", "Mājas saldējums", VendorCategory.FOOD, True, (6, 7, 8)),
    DemoVendor("grill", "SIA „Grila meistari”", LegalForm.LIMITED_COMPANY, "40103705549", "Raimonds Gailis",
               "+371 29771106", "Šašliks un grilētas desiņas", VendorCategory.FOOD, True, (7,)),
    DemoVendor("candyfloss", "IK „Cukurvate”", LegalForm.INDIVIDUAL_MERCHANT, "40102218838", "Anete Dūmiņa",
               "+371 26150472", "Cukurvate un popkorns", VendorCategory.FOOD, True, (7,)),
    DemoVendor("strawberries", "Z/S „Zemenītes”", _FARM, "44101740283", "Baiba Krūmiņa", "+371 29226608",
               "Zemenes, ogas, dārzeņi", VendorCategory.FOOD, False, (6, 7)),
    DemoVendor("pottery", "IK „Keramika Māla pods”", LegalForm.INDIVIDUAL_MERCHANT, "40102365299",
               "Sarmīte Jansone", "+371 26471193", "Latgales keramika, krūzes, bļodas",
               VendorCategory.HANDICRAFT, False, _SUMMER),
    DemoVendor("wool", "SIA „Vilnas darbnīca Aita”", LegalForm.LIMITED_COMPANY, "40103952615",
               "Daiga Freimane", "+371 28335047", "Vilnas dzija, adīti cimdi un zeķes",
               VendorCategory.HANDICRAFT, False, (5, 6, 8, 9)),
    DemoVendor("spoons", "IK „Karotītes”", LegalForm.INDIVIDUAL_MERCHANT, "40102101173", "Ģirts Celmiņš",
               "+371 29640385", "Koka karotes, dēlīši, virtuves piederumi", VendorCategory.HANDICRAFT,
               False, _SUMMER),
    DemoVendor("flowers", "Z/S „Ziedu dārzs Vizbulīte”", _FARM, "44101286655", "Vija Mūrniece",
               "+371 26283361", "Stādi, puķes, garšaugi", VendorCategory.PLANTS, False, (5, 6)),
    DemoVendor("baskets", "Anna Strazdiņa — pītie grozi", LegalForm.SELF_EMPLOYED, None, "Anna Strazdiņa",
               "+371 29054416", "Pītie grozi un kārbas", VendorCategory.HANDICRAFT, False, (7, 8)),
    DemoVendor("candles", "IK „Sveču darbnīca Gaisma”", LegalForm.INDIVIDUAL_MERCHANT, "40102578149",
               "Ieva Jēkabsone", "+371 28911520", "Bišu vaska sveces", VendorCategory.HANDICRAFT, False,
               (8, 9)),
    DemoVendor("tea", "SIA „Zāļu tējas Pļavas”", LegalForm.LIMITED_COMPANY, "40103628875", "Agita Lāce",
               "+371 26720391", "Zāļu tējas un garšvielas", VendorCategory.FOOD, False, _SUMMER),
    DemoVendor("secondhand", "biedrība „Otrā elpa”", LegalForm.ASSOCIATION, "40008712343",
               "Ineta Balode", "+371 29167248", "Lietotas drēbes labdarībai", VendorCategory.SECOND_HAND,
               False, (5, 7, 9)),
)

# The story's own organisations at the market: (organisation key, goods, category, months).
MARKET_NGO_STANDS = (
    ("disabled", "Rokdarbi: tamborēti galdauti, adītas zeķes", VendorCategory.HANDICRAFT, (6, 8)),
    ("pensioners", "Stādi un ievārījumi no biedru dārziem", VendorCategory.PLANTS, (5, 9)),
    ("youth", "Informācija par brīvprātīgo darbu un jauniešu nometnēm", VendorCategory.INFORMATION, (6,)),
    ("nature", "Putnu būrīši un informācija par talkām", VendorCategory.INFORMATION, (5,)),
    ("toymaker", "Koka rotaļlietas un puzles", VendorCategory.HANDICRAFT, (6, 7, 8)),
    ("beauty", "Roku kopšanas demonstrācijas un dabīgā kosmētika", VendorCategory.SERVICES, (7,)),
)

# The town festival is on the market's second Saturday of July: guest craftspeople from the
# neighbouring parishes apply too, more than the square holds, so that day has a waitlist.
FESTIVAL_NAME = "Alūksnes pilsētas svētki"
FESTIVAL_GUESTS = 14
# (trade in the business name, goods, category) of the guests, who are IK „<trade> <poetic name>”.
FESTIVAL_GUEST_TRADES = (
    ("Keramika", "Māla krūzes un bļodas", VendorCategory.HANDICRAFT),
    ("Koka rotaļlietas", "Koka rotaļlietas un puzles", VendorCategory.HANDICRAFT),
    ("Sveces", "Bišu vaska sveces", VendorCategory.HANDICRAFT),
    ("Ādas darbnīca", "Ādas somas un jostas", VendorCategory.HANDICRAFT),
    ("Konditoreja", "Mājas kūkas un cepumi", VendorCategory.FOOD),
    ("Dārzi", "Stādi un sēklas", VendorCategory.PLANTS),
    ("Pinumi", "Pītie grozi un paklājiņi", VendorCategory.HANDICRAFT),
)

CHARITY_STANDS = (
    ("disabled", "Adīti cimdi, zeķes un tamborētas sedziņas", VendorCategory.HANDICRAFT),
    ("pensioners", "Piparkūkas, ievārījumi un adījumi", VendorCategory.FOOD),
    ("knitters", "Vilnas cimdi ar latviešu rakstiem", VendorCategory.HANDICRAFT),
    ("youth", "Apsveikuma kartītes un eglīšu rotājumi", VendorCategory.HANDICRAFT),
    ("mothers", "Bērnu apģērbi un rotaļlietas otrajai dzīvei", VendorCategory.SECOND_HAND),
    ("parents", "Cepumi un karstā dzira", VendorCategory.FOOD),
    ("congregation", "Sveces un Ziemassvētku vainagi", VendorCategory.HANDICRAFT),
    ("nature", "Putnu barotavas", VendorCategory.HANDICRAFT),
)

# Bookings of the story: (organisation key, room key, title, purpose, minutes, attendees, equipment, times).
ONE_OFF_BOOKINGS = (
    ("disabled", "meeting", "Valdes sēde", "Ikmēneša valdes sēde", 120, 7, ("projector",), 2),
    ("disabled", "hall", "Biedru kopsapulce", "Gada pārskats un valdes vēlēšanas", 180, 60,
     ("projector", "sound", "wheelchair"), 1),
    ("pensioners", "hall", "Lekcija par veselīgu uzturu", "Ārste dietoloģe stāsta senioriem", 120, 45,
     ("projector", "sound"), 1),
    ("pensioners", "kitchen", "Ievārījumu vārīšanas pēcpusdiena", "Kopīga gatavošana biedriem", 180, 10,
     ("kitchen",), 1),
    ("youth", "hall", "Filmu vakars", "Jauniešu kluba filmu vakars ar diskusiju", 180, 40,
     ("projector", "screen", "sound"), 2),
    ("youth", "meeting", "Projekta „Jaunieši laukos” tikšanās", "Projekta komandas darba sanāksme", 90, 8,
     ("wifi",), 2),
    ("dancers", "hall", "Koncerta ģenerālmēģinājums", "Pirms novada deju skates", 150, 30,
     ("sound",), 1),
    ("foundation", "hall", "Grantu konkursa informatīvais seminārs", "Kā pieteikt kopienu projektu", 180, 50,
     ("projector", "screen", "sound"), 1),
    ("foundation", "meeting", "Vērtēšanas komisijas sēde", "Projektu pieteikumu vērtēšana", 240, 6,
     ("projector", "wifi"), 1),
    ("nature", "meeting", "Talkas plānošana", "Ezera krastu sakopšanas talkas plāns", 90, 10,
     ("whiteboard",), 1),
    ("sports", "meeting", "Biedru sapulce", "Sezonas noslēgums un nākamā gada plāns", 120, 14, (), 1),
    ("mothers", "kitchen", "Bērnu ēdienu gatavošanas darbnīca", "Veselīgas uzkodas bērniem", 150, 10,
     ("kitchen",), 2),
    ("parents", "kitchen", "Piparkūku cepšana", "Vecāki un bērni cep piparkūkas", 180, 12,
     ("kitchen",), 1),
    ("toymaker", "meeting", "Koka rotaļlietu darbnīca bērniem", "Maksas meistarklase", 120, 12, (), 2),
    ("beauty", "kitchen", "Meistarklase: dabīgā kosmētika", "Roku krēma un lūpu balzama gatavošana",
     120, 8, ("kitchen",), 1),
    ("social", "meeting", "Supervīzija sociālajiem darbiniekiem", "Grupas supervīzija", 180, 9,
     ("whiteboard",), 2),
    ("social", "hall", "Informatīvā diena senioriem", "Pakalpojumi senioriem novadā", 180, 70,
     ("projector", "sound", "wheelchair"), 1),
    ("congregation", "hall", "Labdarības koncerts", "Koncerts par labu invalīdu biedrībai", 120, 75,
     ("piano", "sound"), 1),
    ("knitters", "branch", "Adīšanas vakars", "Cimdu rakstu apmācība", 120, 12, (), 2),
    ("municipality", "hall", "Iedzīvotāju sapulce", "Par pilsētas centra labiekārtošanu", 120, 80,
     ("projector", "sound", "wheelchair"), 1),
)

# Weekly series of the story: (organisation key, room key, title, weekday 0-6, start, minutes, attendees).
WEEKLY_SERIES = (
    ("dancers", "hall", "Deju mēģinājums", 1, dt.time(18, 30), 120, 24),
    ("dancers", "hall", "Deju mēģinājums", 3, dt.time(18, 30), 120, 24),
    ("pensioners", "meeting", "Senioru rokdarbu pēcpusdiena", 2, dt.time(14), 120, 12),
    ("youth", "branch", "Jauniešu kluba tikšanās", 1, dt.time(15), 120, 10),
)

CANCELLED_BOOKING_TITLE = "Lekcija par veselīgu uzturu"
CANCEL_REASON = "Lektore saslimusi; pasākums tiks pārcelts uz citu datumu."

MARKET_NAME = "Alūksnes Sestdienas tirdziņš"
MARKET_ADDRESS = "Tirgus laukums, Pils iela, Alūksne, LV-4301"
MARKET_DESCRIPTION = (
    "Vietējo zemnieku, amatnieku un biedrību tirdziņš katru sestdienu no maija līdz septembrim. "
    "Koncerti, modes skate un bērnu rīti uz skatuves."
)
MARKET_LAYOUT_NAME = "Tirgus laukums — 30 vietas"
MARKET_LAYOUT_NOTES = "Elektrība tikai pirmās rindas vietām 1–10. Ieeja no Pils ielas puses."
LATE_APPLICANT = "candles"  # applied late for September: those days still wait for a decision
MARKET_PROGRAMME = (
    # (which Saturday of the month, start, end, title, performer)
    (1, dt.time(11), dt.time(12), "Koncerts: Alūksnes pūtēju orķestris", "Alūksnes pūtēju orķestris"),
    (2, dt.time(11), dt.time(11, 30), "Tautas deju kolektīva „Ķekatas” priekšnesums", "TDK „Ķekatas”"),
    (3, dt.time(10, 30), dt.time(11, 30), "Bērnu rīts: koka rotaļlietu darbnīca", "SIA „Koka rotaļlietas Žubīte”"),
)
FASHION_SHOW = ("Modes skate", "Skaistumkopšanas studija „Līga” un Alūksnes šuvējas")

CHARITY_FAIR_NAME = "Ziemassvētku labdarības tirdziņš"
CHARITY_OPENS = dt.time(11)
CHARITY_CLOSES = dt.time(16)
CHARITY_FAIR_DESCRIPTION = (
    "Biedrības pārdod savus rokdarbus un gardumus; ieņēmumi paliek biedrību labdarības darbam."
)
CHARITY_LAYOUT_NAME = "Lielā zāle — labdarības tirdziņš"
CHARITY_FEE_REASON = "Labdarības tirdziņš: dalības maksa biedrībām atcelta."
CHARITY_PROGRAMME = (
    (dt.time(11), dt.time(11, 45), "Koncerts: senioru koris „Atvasara”", "Senioru koris „Atvasara”"),
    (dt.time(13), dt.time(13, 30), "Loterija par labu invalīdu biedrībai", "Alūksnes invalīdu biedrība"),
    (dt.time(14, 30), dt.time(15), "Ziemassvētku dziesmas kopā ar Jauniešu klubu", "Jauniešu klubs „Zīle”"),
)

PREMISES_NAME = "Pop-up salons"
PREMISES_ADDRESS = "Pils iela 44, Alūksne, LV-4301"
PREMISES_NOTES = "Bijušais apavu veikals pilsētas centrā: divas darba vietas, kopīga uzgaidāmā telpa."

# ---------------------------------------------------------------------------------------------
# Word lists for the large generator.

PLACES = (
    "Alūksnes", "Apes", "Gulbenes", "Smiltenes", "Valkas", "Balvu", "Madonas", "Cēsu", "Rēzeknes",
    "Jaunannas", "Zeltiņu", "Ilzenes", "Mālupes", "Liepnas", "Veclaicenes", "Annas", "Jaunalūksnes",
    "Pededzes", "Ziemeru", "Mārkalnes", "Kalncempju", "Malienas", "Trapenes", "Virešu", "Ērģemes",
    "Strenču", "Līgatnes", "Rūjienas", "Ļaudonas", "Ogres", "Ķekavas", "Ikšķiles", "Cesvaines",
    "Lubānas", "Viļakas", "Rugāju", "Dagdas", "Krāslavas", "Ludzas", "Kārsavas",
)

ASSOCIATION_NOUNS = (
    "pensionāru biedrība", "invalīdu biedrība", "jauniešu klubs", "sporta klubs", "mednieku kolektīvs",
    "rokdarbnieču kopa", "daiļamatnieku apvienība", "vecāku biedrība", "makšķernieku klubs",
    "dabas draugi", "kultūras biedrība", "sieviešu klubs", "senioru klubs", "deju kopa", "jauktais koris",
    "teātra studija", "novadpētnieku biedrība", "brīvprātīgie ugunsdzēsēji", "lauku attīstības biedrība",
    "biškopju biedrība", "daudzbērnu ģimeņu biedrība", "tūrisma biedrība", "velobraucēju klubs",
    "šaha klubs", "slēpotāju klubs", "folkloras kopa", "dārzkopju biedrība", "kopienas centrs",
    "amatnieku biedrība", "mūzikas draugi", "ģimeņu atbalsta centrs", "kinoklubs", "jātnieku klubs",
    "zemnieku apvienība",
)

POETIC_NAMES = (
    "Zīle", "Ābele", "Ābelīte", "Saulgrieži", "Dzirnaviņas", "Pūpols", "Vārpa", "Rasa", "Atvasara",
    "Ezerzeme", "Ceļš", "Pīlādzis", "Ozols", "Liepa", "Bērzs", "Egle", "Priede", "Vālodze",
    "Lakstīgala", "Dzērve", "Stārķis", "Mežroze", "Rudzupuķe", "Magone", "Saulespuķe", "Avotiņš",
    "Strauts", "Gaisma", "Cerība", "Draudzība", "Pavasaris", "Ziemeļblāzma", "Zvaigzne", "Mēness",
    "Ūdensroze", "Kamene", "Bite", "Tauriņš", "Dzintars", "Ķekatas", "Čiekurs", "Šūpoles", "Žubīte",
    "Jumis", "Ūsiņš", "Auseklis", "Austra", "Zemenīte", "Vizbulīte", "Sniegpulkstenīte", "Kastanis",
    "Kļava", "Vāverīte", "Ezītis", "Dzenis", "Mārīte", "Ģimenes ligzda", "Saules zeme", "Sidrabiņš",
    "Tiltiņš",
)

FOUNDATION_NOUNS = ("kopienas fonds", "attīstības fonds", "izglītības fonds", "kultūras fonds", "bērnu fonds")

BUSINESS_TRADES = (
    "koka rotaļlietas", "keramika", "maiznīca", "dārzi", "amatnieki", "medus", "šūšanas darbnīca",
    "skaistumkopšana", "tūrisms", "grāmatvedība", "kafejnīca", "ziedi", "remontdarbnīca", "kūpinājumi",
    "ādas izstrādājumi", "dizains", "veselības centrs", "sveces", "tekstils", "dārzeņi",
)

MUNICIPAL_BODIES = (
    "novada Sociālais dienests", "kultūras centrs", "bibliotēka", "pagasta pārvalde", "mūzikas skola",
    "Jauniešu centrs",
)

RELIGIOUS_BODIES = (
    "evaņģēliski luteriskā draudze", "Romas katoļu draudze", "baptistu draudze", "pareizticīgo draudze",
)

INFORMAL_GROUPS = ("rokdarbu pulciņš", "adītāju pulciņš", "skriešanas grupa", "lasītāju klubs", "dārza kopa")

FEMALE_FIRST_NAMES = (
    "Ilze", "Līga", "Dace", "Ārija", "Inese", "Anita", "Gunta", "Sarmīte", "Ieva", "Zane", "Kristīne",
    "Baiba", "Ineta", "Agita", "Māra", "Aija", "Ņina", "Žanna", "Ilona", "Vija", "Skaidrīte", "Inguna",
    "Daiga", "Evija", "Elīna", "Laura", "Anete", "Madara", "Lāsma", "Ērika", "Rūta", "Dzintra", "Velta",
    "Biruta",
)

MALE_FIRST_NAMES = (
    "Jānis", "Andris", "Māris", "Juris", "Aivars", "Guntis", "Uldis", "Kārlis", "Pēteris", "Edgars",
    "Mārtiņš", "Kristaps", "Raimonds", "Ēriks", "Artūrs", "Valdis", "Gatis", "Ģirts", "Krišjānis",
    "Oļegs", "Ņikita", "Rihards", "Toms", "Roberts", "Dāvis", "Ričards", "Zigmārs", "Aldis", "Imants",
    "Jurģis", "Aigars", "Nauris",
)

# Latvian surnames have a man's and a woman's form.
SURNAMES = (
    ("Bērziņš", "Bērziņa"), ("Kalniņš", "Kalniņa"), ("Ozoliņš", "Ozoliņa"), ("Jansons", "Jansone"),
    ("Ozols", "Ozola"), ("Liepiņš", "Liepiņa"), ("Krūmiņš", "Krūmiņa"), ("Balodis", "Balode"),
    ("Eglītis", "Eglīte"), ("Zariņš", "Zariņa"), ("Pētersons", "Pētersone"), ("Vītols", "Vītola"),
    ("Kļaviņš", "Kļaviņa"), ("Kārkliņš", "Kārkliņa"), ("Vanags", "Vanaga"), ("Lācis", "Lāce"),
    ("Siliņš", "Siliņa"), ("Šmits", "Šmite"), ("Ķēniņš", "Ķēniņa"), ("Sproģis", "Sproģe"),
    ("Grīnbergs", "Grīnberga"), ("Zālītis", "Zālīte"), ("Dūmiņš", "Dūmiņa"), ("Celmiņš", "Celmiņa"),
    ("Gailis", "Gaile"), ("Kalējs", "Kalēja"), ("Rubenis", "Rubene"), ("Ūdris", "Ūdre"),
    ("Žagars", "Žagare"), ("Čakste", "Čakste"), ("Ņikitins", "Ņikitina"), ("Priede", "Priede"),
    ("Liepa", "Liepa"), ("Mednis", "Medne"), ("Āboliņš", "Āboliņa"), ("Circenis", "Circene"),
    ("Strazdiņš", "Strazdiņa"), ("Freimanis", "Freimane"), ("Ābols", "Ābola"), ("Jēkabsons", "Jēkabsone"),
    ("Mūrnieks", "Mūrniece"),
)

# Roles with a man's and a woman's form.
ROLES = (
    ("valdes priekšsēdētājs", "valdes priekšsēdētāja"),
    ("valdes loceklis", "valdes locekle"),
    ("grāmatvedis", "grāmatvede"),
    ("projektu vadītājs", "projektu vadītāja"),
    ("valdes priekšsēdētāja vietnieks", "valdes priekšsēdētāja vietniece"),
    ("vadītājs", "vadītāja"),
)
OWNER_ROLES = ("īpašnieks", "īpašniece")

STREETS = (
    "Pils iela", "Dārza iela", "Brīvības iela", "Skolas iela", "Rīgas iela", "Lielā iela", "Ezera iela",
    "Meža iela", "Stacijas iela", "Baznīcas iela", "Krasta iela", "Parka iela", "Saules iela",
    "Rūpniecības iela", "Ganību iela", "Jāņa Čakstes iela",
)

LARGE_CENTRE_NAME = "Rīgas NVO nams"
LARGE_SITES = (
    ("Rīgas NVO nams", "Skolas iela 8, Rīga, LV-1010"),
    ("Rīgas NVO nama Pārdaugavas filiāle", "Kalnciema iela 30, Rīga, LV-1046"),
)
# Room kinds for the large generator: (name stem, capacity range, area per person, equipment).
ROOM_KINDS = (
    ("Zāle", (60, 120), 1.6, ("projector", "screen", "sound", "wheelchair")),
    ("Semināru telpa", (20, 40), 2.0, ("projector", "whiteboard", "wifi")),
    ("Sanāksmju telpa", (8, 16), 2.2, ("projector", "whiteboard", "wifi")),
    ("Darbnīca", (10, 16), 3.0, ("whiteboard",)),
    ("Virtuves studija", (10, 14), 3.5, ("kitchen",)),
    ("Kabinets", (4, 8), 3.0, ("wifi",)),
)

BOOKING_TITLES = (
    "Valdes sēde", "Biedru kopsapulce", "Seminārs", "Rokdarbu nodarbība", "Mēģinājums", "Lekcija",
    "Apmācības brīvprātīgajiem", "Projekta tikšanās", "Atbalsta grupa", "Radošā darbnīca",
    "Preses konference", "Koncerta mēģinājums", "Jogas nodarbība", "Šaha turnīrs", "Valodu kursi",
    "Datorprasmes senioriem", "Gatavošanas meistarklase", "Filmu vakars", "Diskusija", "Informatīvā diena",
)

MARKET_DAY_NAMES = (
    "Lieldienu tirdziņš", "Pavasara gadatirgus", "Jāņu tirdziņš", "Amatnieku diena", "Dārzu svētki",
    "Miķeļdienas tirdziņš", "Rudens gadatirgus", "Mārtiņdienas tirdziņš",
)

VENDOR_GOODS = (
    ("Medus un bišu produkti", VendorCategory.FOOD), ("Maize un konditoreja", VendorCategory.FOOD),
    ("Kūpinājumi", VendorCategory.FOOD), ("Keramika", VendorCategory.HANDICRAFT),
    ("Adījumi", VendorCategory.HANDICRAFT), ("Koka izstrādājumi", VendorCategory.HANDICRAFT),
    ("Stādi un ziedi", VendorCategory.PLANTS), ("Lietotas grāmatas", VendorCategory.SECOND_HAND),
    ("Informācija par biedrību", VendorCategory.INFORMATION), ("Sejas apgleznošana", VendorCategory.SERVICES),
)

PREMISES_NAMES = ("Pop-up veikals", "Pop-up salons", "Pop-up darbnīca", "Pop-up kafejnīca", "Pop-up galerija")
TENANT_ACTIVITIES = (
    "Koka rotaļlietu darbnīca", "Skaistumkopšanas salons", "Keramikas studija", "Šūšanas darbnīca",
    "Dizaina veikals", "Kafejnīca", "Ziedu veikals", "Velosipēdu remonts",
)
