"""Countries, their demonyms and capitals: a country or its capital that speaks is its government.

"Pyongyang claimed" and "North Korea said" are the North Korean government
speaking; when the article names one government body of that country as a
speaker (the North Korean Foreign Ministry) they are the same source.
"""

from __future__ import annotations

from functools import cache, lru_cache

from tui.model.ingest import lazy_re as re

# country : demonym : capital (and other metonyms, separated by "/")
_TABLE = """
Afghanistan:Afghan:Kabul
Albania:Albanian:Tirana
Algeria:Algerian:Algiers
Argentina:Argentine/Argentinian:Buenos Aires
Armenia:Armenian:Yerevan
Australia:Australian:Canberra
Austria:Austrian:Vienna
Azerbaijan:Azerbaijani:Baku
Bangladesh:Bangladeshi:Dhaka
Belarus:Belarusian:Minsk
Belgium:Belgian:Brussels
Bolivia:Bolivian:La Paz
Bosnia:Bosnian:Sarajevo
Brazil:Brazilian:Brasilia/Brasília
Bulgaria:Bulgarian:Sofia
Cambodia:Cambodian:Phnom Penh
Canada:Canadian:Ottawa
Chile:Chilean:Santiago
China:Chinese:Beijing
Colombia:Colombian:Bogota/Bogotá
Croatia:Croatian:Zagreb
Cuba:Cuban:Havana
Cyprus:Cypriot:Nicosia
Czech Republic/Czechia:Czech:Prague
Denmark:Danish:Copenhagen
Egypt:Egyptian:Cairo
Estonia:Estonian:Tallinn
Ethiopia:Ethiopian:Addis Ababa
Finland:Finnish:Helsinki
France:French:Paris/Elysee/Élysée
Georgia:Georgian:Tbilisi
Germany:German:Berlin
Greece:Greek:Athens
Hungary:Hungarian:Budapest
India:Indian:New Delhi
Indonesia:Indonesian:Jakarta
Iran:Iranian:Tehran
Iraq:Iraqi:Baghdad
Ireland:Irish:Dublin
Israel:Israeli:Jerusalem
Italy:Italian:Rome
Japan:Japanese:Tokyo
Jordan:Jordanian:Amman
Kazakhstan:Kazakh:Astana
Kenya:Kenyan:Nairobi
Kosovo:Kosovar:Pristina
Latvia:Latvian:Riga
Lebanon:Lebanese:Beirut
Libya:Libyan:Tripoli
Lithuania:Lithuanian:Vilnius
Malaysia:Malaysian:Kuala Lumpur
Mexico:Mexican:Mexico City
Moldova:Moldovan:Chisinau/Chișinău
Mongolia:Mongolian:Ulaanbaatar
Morocco:Moroccan:Rabat
Myanmar:Myanmar:Naypyidaw
Netherlands:Dutch:The Hague/Amsterdam
New Zealand:New Zealand:Wellington
Nigeria:Nigerian:Abuja
North Korea:North Korean:Pyongyang
Norway:Norwegian:Oslo
Pakistan:Pakistani:Islamabad
Peru:Peruvian:Lima
Philippines:Philippine/Filipino:Manila
Poland:Polish:Warsaw
Portugal:Portuguese:Lisbon
Qatar:Qatari:Doha
Romania:Romanian:Bucharest
Russia:Russian:Moscow/Kremlin/the Kremlin
Saudi Arabia:Saudi:Riyadh
Serbia:Serbian:Belgrade
Singapore:Singaporean:Singapore
Slovakia:Slovak:Bratislava
Slovenia:Slovenian:Ljubljana
South Africa:South African:Pretoria
South Korea:South Korean:Seoul
Spain:Spanish:Madrid
Sudan:Sudanese:Khartoum
Sweden:Swedish:Stockholm
Switzerland:Swiss:Bern
Syria:Syrian:Damascus
Taiwan:Taiwanese:Taipei
Thailand:Thai:Bangkok
Turkey/Türkiye:Turkish:Ankara
Ukraine:Ukrainian:Kyiv/Kiev
United Arab Emirates/UAE:Emirati:Abu Dhabi
United Kingdom/Britain/UK/U.K.:British:London/Downing Street/Whitehall
United States/U.S./US/USA/America/Washington:American/U.S./US:White House
Venezuela:Venezuelan:Caracas
Vietnam:Vietnamese:Hanoi
Yemen:Yemeni:Sanaa
"""


@cache
def _rows() -> tuple[tuple[list[str], list[str], list[str]], ...]:
    """The table as (country names, demonyms, capitals), the canonical country name first."""
    rows = (line.split(":") for line in _TABLE.strip().splitlines())
    return tuple(
        (countries.split("/"), demonyms.split("/"), capitals.split("/"))
        for countries, demonyms, capitals in rows
    )


@cache
def country_names() -> dict[str, str]:
    """Lower-cased country name, demonym or capital -> canonical country name."""
    names: dict[str, str] = {}
    for countries, demonyms, capitals in _rows():
        for name in (*countries, *capitals):
            names[name.lower()] = countries[0]
        for demonym in demonyms:
            names.setdefault(demonym.lower(), countries[0])
    return names


@cache
def _demonyms() -> dict[str, str]:
    """Lower-cased demonym or country name -> canonical country name."""
    return {
        name.lower(): countries[0]
        for countries, demonyms, _capitals in _rows()
        for name in (*demonyms, *countries)
    }


def country_of_metonym(name: str) -> str | None:
    """The country a bare country name or capital stands for ("Pyongyang" -> "North Korea")."""
    lowered = name.lower().removeprefix("the ").strip()
    if lowered in _demonyms() and lowered not in {c.lower() for c in _countries()}:
        return None  # a bare demonym ("Russian") is not a speaker
    return country_names().get(lowered)


@cache
def _countries() -> frozenset[str]:
    return frozenset(name for countries, _demonyms, _capitals in _rows() for name in countries)


@lru_cache(maxsize=4096)
def countries_named_in(text: str) -> frozenset[str]:
    """Countries a longer name belongs to by its country name or demonym ("North Korean Foreign Ministry")."""
    return frozenset(_demonyms()[m.group(1).lower()] for m in _demonym_pattern().finditer(text))


@cache
def _demonym_pattern() -> re.Pattern[str]:
    names = sorted(_demonyms(), key=len, reverse=True)
    alternatives = "|".join(re.escape(n) for n in names)
    return re.compile(rf"(?<![\w.])({alternatives})(?=[’']s\b|\s|$|[,.;:])", re.IGNORECASE)


# States, provinces and nations written after a town ("Austin, Texas"): with the countries, the second
# half of a place name that a comma splits.
_REGIONS = frozenset(
    "Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho "
    "Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota "
    "Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah "
    "Vermont Virginia Washington Wisconsin Wyoming England Scotland Wales Ontario Quebec Alberta Manitoba "
    "Saskatchewan Queensland Victoria Tasmania".split()
) | frozenset(
    "New Hampshire/New Jersey/New Mexico/New York/North Carolina/North Dakota/Rhode Island/South Carolina/"
    "South Dakota/West Virginia/Northern Ireland/British Columbia/Nova Scotia/New Brunswick/New South Wales/"
    "Western Australia/South Australia/D.C.".split("/")
)


def is_region(name: str) -> bool:
    """A state, province, nation or country that can follow a town after a comma ("Leeds, England")."""
    return name in _REGIONS or name in _countries()
