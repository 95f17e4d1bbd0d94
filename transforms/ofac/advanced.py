"""OFAC's advanced XML (SDN_ADVANCED.XML, CONS_ADVANCED.XML).

The format (UN "sanctions 1.0" schema, sdn_advanced.xsd) is normalised: almost every
value is an ID into `ReferenceValueSets` at the top of the file (feature types, alias
types, countries, lists, programs, legal bases, ...). After it come `Locations` and
`IDRegDocuments` (referenced from parties by LocationID / IdentityID), then
`DistinctParties` (one per listed party; `FixedRef` is OFAC's entry number, the same
as the CSV's ent_num), then `ProfileRelationships` and `SanctionsEntries` (which say on
which list, since when, under which legal basis and program a profile is listed).

Since the entries follow the parties, the file is read twice, streaming both times:
pass 1 keeps the reference values, locations, ID documents, relationships, entries and
the parties' names (memory grows with those sections, not with the parties' details);
pass 2 builds one record per DistinctParty. Pass 1 reads the whole file first, so a
malformed or truncated file fails before any record is produced.

Elements are matched on local names: the namespace was `http://www.un.org/sanctions/1.0`
until 2023 and is `https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/
exports/ADVANCED_XML` since 2024. Any reference that does not resolve, and any element
this parser does not know, is reported with ctx.warn (once per distinct kind).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from lxml import etree

from transforms.common import child_elements, iterparse, release
from transforms.model import Address, Alias, BanRecord, DateValue, TargetType
from transforms.ofac.common import (
    Builder,
    FileItem,
    Run,
    add_birth_dates,
    apply_token,
    apply_typed,
    local,
    parse_measures,
    range_dates,
    split_programs,
    text_of,
)

# Lists that gather other lists' entries: their entry dates are when OFAC built the
# aggregate (e.g. 10 Oct 2014 for the whole consolidated list), not when the party was
# listed, so listed_on prefers the other entries.
_AGGREGATE_LISTS = {"Consolidated List"}

# Party (sub)type names -> target type; source.yml `lookups.party_types` extends this.
PARTY_TYPES: dict[str, str] = {
    "individual": "person",
    "entity": "organization",
    "vessel": "vessel",
    "aircraft": "aircraft",
}

# Alias types; "Name" is the primary name's type.
_ALIAS_KINDS = {"a.k.a.": "aka", "f.k.a.": "fka", "n.k.a.": "nka", "name": "aka"}

# Features with a field of their own (lower-cased type name -> handler key). All other
# features are read as "<type> <value>" tokens, exactly like the CSV remarks.
_VESSEL_FEATURES = {
    "vessel call sign": "call_sign",
    "vessel type": "vessel_type",
    "vessel tonnage": "vessel_tonnage",
    "vessel gross registered tonnage": "vessel_grt",
    "vessel owner": "vessel_owner",
    "vessel flag": "vessel_flag",
}

_KNOWN_CHILDREN: dict[str, set[str]] = {
    "DistinctParty": {"Comment", "Profile"},
    "Profile": {"Comment", "Identity", "Feature", "SanctionsEntryReference", "ExternalReference"},
    "Identity": {"Comment", "Alias", "NamePartGroups", "IDRegDocumentReference"},
    "Alias": {"Comment", "DatePeriod", "DocumentedName"},
    "DocumentedName": {
        "Comment",
        "DocumentedNamePart",
        "DocumentedNameCountry",
        "IDRegDocumentReference",
    },
    "Feature": {"FeatureVersion", "IdentityReference"},
    "FeatureVersion": {
        "Comment",
        "DatePeriod",
        "VersionDetail",
        "VersionLocation",
        "IDRegDocumentReference",
    },
    "SanctionsEntry": {
        "Comment",
        "LimitationsToListing",
        "EntryEvent",
        "SanctionsMeasure",
        "SupportingInfo",
        "ProfileRelationshipReference",
    },
    "IDRegDocument": {
        "Comment",
        "IDRegistrationNo",
        "IssuingAuthority",
        "DocumentDate",
        "IDRegDocumentMention",
        "FeatureVersionReference",
        "DocumentedNameReference",
        "ProfileRelationshipReference",
    },
    "Location": {
        "Comment",
        "LocationAreaCode",
        "LocationCountry",
        "LocationPart",
        "FeatureVersionReference",
        "IDRegDocumentReference",
    },
}
_SECTIONS = {
    "DateOfIssue",
    "ReferenceValueSets",
    "Locations",
    "IDRegDocuments",
    "DistinctParties",
    "ProfileRelationships",
    "SanctionsEntries",
    "SanctionsEntryLinks",
}
_PASS1_TAGS = tuple(
    f"{{*}}{t}"
    for t in (
        "ReferenceValueSets",
        "Location",
        "IDRegDocument",
        "DistinctParty",
        "ProfileRelationship",
        "SanctionsEntry",
    )
)
_PASS2_TAGS = tuple(f"{{*}}{t}" for t in ("Location", "IDRegDocument", "DistinctParty"))


# ---------------------------------------------------------------------- pass 1 state


@dataclass(frozen=True)
class _Location:
    parts: tuple[tuple[str, str], ...]  # (LocPartType name, value), document order
    country: str | None


@dataclass(frozen=True)
class _Entry:
    entry_id: str
    list_name: str | None
    dates: tuple[tuple[DateValue, str], ...]  # (date, EntryEventType: "Created", ...)
    legal_bases: tuple[str, ...]
    programs: tuple[str, ...]
    sanctions_types: tuple[str, ...]
    notes: tuple[str, ...]  # LimitationsToListing / SupportingInfo / Comment texts


@dataclass
class _State:
    run: Run
    file_name: str
    refs: dict[str, dict[str, tuple[str, dict[str, str]]]] = field(default_factory=dict)
    locations: dict[str, _Location] = field(default_factory=dict)
    documents: dict[str, list[_Document]] = field(default_factory=dict)  # by IdentityID
    relations: dict[str, list[tuple[str, str, bool]]] = field(default_factory=dict)
    entries: dict[str, list[_Entry]] = field(default_factory=dict)  # ProfileID -> entries
    names: dict[str, str] = field(default_factory=dict)  # ProfileID -> primary name
    used_identities: set[str] = field(default_factory=set)
    used_profiles: set[str] = field(default_factory=set)

    def ref(self, kind: str, ref_id: str | None, where: str) -> str | None:
        """The text of reference value `kind` #ref_id; unknown IDs are warned once."""
        if ref_id is None:
            return None
        found = self.refs.get(kind, {}).get(ref_id)
        if found is None:
            self.run.warn_once(
                f"ref:{kind}:{ref_id}",
                f"{self.file_name}: {where} refers to {kind} ID {ref_id}, "
                "which ReferenceValueSets does not define",
            )
            return None
        return found[0]

    def ref_attr(self, kind: str, ref_id: str | None, attr: str) -> str | None:
        found = self.refs.get(kind, {}).get(ref_id or "")
        return found[1].get(attr) if found else None

    def check_children(self, elem: Any, where: str) -> None:
        name = local(elem)
        known = _KNOWN_CHILDREN.get(name, set())
        for child in child_elements(elem):
            tag = local(child)
            if tag not in known:
                self.run.warn_once(
                    f"elem:{name}:{tag}",
                    f"{self.file_name}: unknown element <{tag}> in <{name}> ignored "
                    f"(first at {where})",
                )


# --------------------------------------------------------------------------- helpers


def _child(elem: Any, name: str) -> Any:
    return next((c for c in child_elements(elem) if local(c) == name), None)


def _kids(elem: Any, name: str) -> list[Any]:
    return [c for c in child_elements(elem) if local(c) == name]


def _is_true(value: str | None) -> bool:
    return (value or "").strip().lower() == "true"


def _point(elem: Any) -> date | None:
    """<Date>/<From>/<To> with Year, Month, Day -> a date (None when absent/invalid)."""
    if elem is None:
        return None
    try:
        year = int(text_of(_child(elem, "Year")) or "")
        month = int(text_of(_child(elem, "Month")) or "")
        day = int(text_of(_child(elem, "Day")) or "")
        return date(year, month, day)
    except ValueError:
        return None


def _point_raw(elem: Any) -> str:
    return "-".join(text_of(_child(elem, p)) or "?" for p in ("Year", "Month", "Day"))


_OFAC_MONTHS = [calendar.month_abbr[m] for m in range(13)]


def ofac_spelling(d: DateValue) -> str:
    """A date as OFAC's CSV spells it: "03 Jun 2021", "Jun 2021", "2021"."""
    year = d.value[:4]
    if d.precision == "year":
        return year
    month = _OFAC_MONTHS[int(d.value[5:7])]
    if d.precision == "month":
        return f"{month} {year}"
    return f"{d.value[8:10]} {month} {year}"


def _period_dates(period: Any) -> list[DateValue] | None:
    """A DatePeriod -> dates, with the precision its span implies; None if unreadable.

    OFAC writes "1962" as Start 1962-01-01 .. End 1962-12-31, "Jul 1963" as the whole
    month, an exact date as Start == End; a range's outer bounds are Start/From and
    End/To. `raw` is the OFAC spelling ("1962", "circa 1960", "1963 to 1965").
    """
    start_el, end_el = _child(period, "Start"), _child(period, "End")
    ends: list[list[date]] = []
    for boundary in (start_el, end_el):
        points: list[date] = []
        if boundary is not None:
            for point in (_child(boundary, "From"), _child(boundary, "To")):
                if point is None:
                    continue
                parsed = _point(point)
                if parsed is None:
                    return None
                points.append(parsed)
        ends.append(points)
    start_points, end_points = ends
    if not start_points and not end_points:
        return None
    first = min(start_points or end_points)
    last = max(end_points or start_points)
    if first > last:
        return None
    approximate = any(_is_true(b.get("Approximate")) for b in (start_el, end_el) if b is not None)
    values = range_dates(
        DateValue(value=first.isoformat(), precision="day", raw=""),
        DateValue(value=last.isoformat(), precision="day", raw=""),
        "",
    )
    if len(values) == 1:
        raw = ofac_spelling(values[0])
    else:
        raw = f"{ofac_spelling(values[0])} to {ofac_spelling(values[-1])}"
    if approximate:
        raw = f"circa {raw}"
    return [DateValue(value=v.value, precision=v.precision, raw=raw) for v in values]


def _period_raw(period: Any) -> str:
    points = [
        p for b in child_elements(period) for p in child_elements(b) if local(p) in ("From", "To")
    ]
    return " / ".join(_point_raw(p) for p in points) or "(empty DatePeriod)"


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_") or "feature"


# ------------------------------------------------------------------------------ names


def _name_parts(identity: Any, state: _State, where: str) -> dict[str, str]:
    """NamePartGroupID -> NamePartType name ("Last Name", "First Name", ...)."""
    out: dict[str, str] = {}
    groups = _child(identity, "NamePartGroups")
    if groups is None:
        return out
    for master in _kids(groups, "MasterNamePartGroup"):
        for group in _kids(master, "NamePartGroup"):
            part_type = state.ref("NamePartType", group.get("NamePartTypeID"), where)
            out[group.get("ID", "")] = part_type or ""
    return out


def _documented_name(
    doc: Any, part_types: dict[str, str], state: _State, where: str
) -> tuple[str, str | None]:
    """A DocumentedName -> ("LAST, First Other", script name or None for Latin).

    Like SDN_Name in the CSV, an individual's last name(s) come first, then a comma and
    the other parts in document order; other names are their parts joined by spaces.
    """
    parts: list[tuple[str, str]] = []
    scripts: list[str] = []
    for piece in _kids(doc, "DocumentedNamePart"):
        value_el = _child(piece, "NamePartValue")
        value = text_of(value_el)
        if value is None:
            continue
        group = value_el.get("NamePartGroupID", "")
        if group not in part_types:
            state.run.warn_once(
                f"group:{group}",
                f"{state.file_name}: {where}: name part group {group} is not declared in "
                "the identity's NamePartGroups",
            )
        parts.append((part_types.get(group, ""), value))
        script = state.ref("Script", value_el.get("ScriptID"), where)
        if script and script not in scripts:
            scripts.append(script)
    last = [v for t, v in parts if t == "Last Name"]
    rest = [v for t, v in parts if t != "Last Name"]
    name = f"{' '.join(last)}, {' '.join(rest)}" if last and rest else " ".join(v for _, v in parts)
    non_latin = [s for s in scripts if s.lower() != "latin"]
    return name, (", ".join(non_latin) if non_latin else None)


def _primary_name(
    party: Any, state: _State
) -> tuple[str | None, list[tuple[str, str, str | None]]]:
    """(primary name, [(alias name, kind, script)]) over all identities of all profiles."""
    primary: str | None = None
    aliases: list[tuple[str, str, str | None]] = []
    fixed_ref = party.get("FixedRef", "?")
    for profile in _kids(party, "Profile"):
        for identity in _kids(profile, "Identity"):
            where = f"party {fixed_ref}"
            part_types = _name_parts(identity, state, where)
            for alias in _kids(identity, "Alias"):
                alias_type = state.ref("AliasType", alias.get("AliasTypeID"), where) or ""
                kind = _ALIAS_KINDS.get(alias_type.lower())
                if kind is None:
                    state.run.warn_once(
                        f"alias:{alias_type}",
                        f"{state.file_name}: {where}: unknown alias type {alias_type!r}; "
                        "kept as 'aka'",
                    )
                    kind = "aka"
                if _is_true(alias.get("LowQuality")):
                    kind = "weak"
                names = [
                    _documented_name(d, part_types, state, where)
                    for d in _kids(alias, "DocumentedName")
                ]
                names = [(n, s) for n, s in names if n]
                is_primary = _is_true(alias.get("Primary")) and _is_true(
                    identity.get("Primary", "true")
                )
                if is_primary and primary is None and names:
                    # The Latin spelling is the name; other scripts become aliases.
                    latin = next((n for n in names if n[1] is None), names[0])
                    primary = latin[0]
                    aliases += [(n, "aka", s) for n, s in names if (n, s) != latin]
                else:
                    aliases += [(n, kind, s) for n, s in names]
    return primary, aliases


# -------------------------------------------------------------------------- pass 1


def _read_refs(elem: Any, state: _State) -> None:
    for value_set in child_elements(elem):
        for item in child_elements(value_set):
            kind = local(item)
            text = (item.text or "").strip()
            state.refs.setdefault(kind, {})[item.get("ID", "")] = (text, dict(item.attrib))


def _read_location(elem: Any, state: _State) -> None:
    loc_id = elem.get("ID", "")
    where = f"Location {loc_id}"
    state.check_children(elem, where)
    parts: list[tuple[str, str]] = []
    for part in _kids(elem, "LocationPart"):
        part_type = state.ref("LocPartType", part.get("LocPartTypeID"), where) or ""
        values = _kids(part, "LocationPartValue")
        chosen = next(
            (v for v in values if _is_true(v.get("Primary"))), values[0] if values else None
        )
        value = text_of(_child(chosen, "Value")) if chosen is not None else None
        if value:
            parts.append((part_type, value))
    country = None
    for lc in _kids(elem, "LocationCountry"):
        country = country or state.ref("Country", lc.get("CountryID"), where)
    if country is None:
        for ac in _kids(elem, "LocationAreaCode"):
            state.ref("AreaCode", ac.get("AreaCodeID"), where)  # checked, not used:
            # an area code alone (often "undetermined") names no country.
    state.locations[loc_id] = _Location(tuple(parts), country)


def _read_entry(elem: Any, state: _State) -> None:
    entry_id = elem.get("ID", "?")
    where = f"SanctionsEntry {entry_id}"
    state.check_children(elem, where)
    profile_id = elem.get("ProfileID")
    if not profile_id:
        state.run.ctx.warn(f"{state.file_name}: {where} has no ProfileID; ignored")
        return
    list_name = state.ref("List", elem.get("ListID"), where)
    dates: list[tuple[DateValue, str]] = []
    bases: list[str] = []
    for event in _kids(elem, "EntryEvent"):
        event_type = state.ref("EntryEventType", event.get("EntryEventTypeID"), where) or ""
        date_el = _child(event, "Date")
        when = _point(date_el)
        if when is None:
            raw = _point_raw(date_el) if date_el is not None else "(none)"
            state.run.ctx.warn(f"{state.file_name}: {where}: unreadable entry date {raw!r}")
        else:
            iso = when.isoformat()
            dates.append((DateValue(value=iso, precision="day", raw=iso), event_type))
        basis = state.ref("LegalBasis", event.get("LegalBasisID"), where)
        if basis and basis.lower() != "unknown" and basis not in bases:
            bases.append(basis)
    programs: list[str] = []
    types: list[str] = []
    for measure in _kids(elem, "SanctionsMeasure"):
        type_name = state.ref("SanctionsType", measure.get("SanctionsTypeID"), where)
        comment = text_of(_child(measure, "Comment"))
        if type_name == "Program":  # the measure that carries the program tag
            for tag in split_programs(comment):
                if tag not in programs:
                    programs.append(tag)
        elif type_name and type_name not in types:
            types.append(type_name)
    notes = [
        text
        for name in ("Comment", "LimitationsToListing")
        if (text := text_of(_child(elem, name)))
    ]
    notes += [t for s in _kids(elem, "SupportingInfo") if (t := text_of(_child(s, "Text")))]
    entry = _Entry(
        entry_id, list_name, tuple(dates), tuple(bases), tuple(programs), tuple(types), tuple(notes)
    )
    state.entries.setdefault(profile_id, []).append(entry)


def _read_relation(elem: Any, state: _State) -> None:
    rel_id = elem.get("ID", "?")
    where = f"ProfileRelationship {rel_id}"
    rel_type = state.ref("RelationType", elem.get("RelationTypeID"), where) or "Related to"
    src, dst = elem.get("From-ProfileID", ""), elem.get("To-ProfileID", "")
    state.relations.setdefault(src, []).append((rel_type, dst, _is_true(elem.get("Former"))))


def _pass1(item: FileItem, state: _State) -> None:
    run = state.run
    root: Any = None
    seen_refs = seen_parties = False
    try:
        for _event, elem in iterparse(item.path, tag=_PASS1_TAGS):
            if root is None:
                root = elem.getroottree().getroot()
                if local(root) != "Sanctions":
                    raise run.error(f"{item.name}: XML root is <{local(root)}>, not Sanctions")
                if root.get("DeltaBaseVersion"):
                    raise run.error(
                        f"{item.name}: a delta file (DeltaBaseVersion="
                        f"{root.get('DeltaBaseVersion')}) lists changes only; the full "
                        "advanced XML is needed"
                    )
            name = local(elem)
            if name == "ReferenceValueSets":
                _read_refs(elem, state)
                seen_refs = True
            elif not seen_refs:
                raise run.error(f"{item.name}: <{name}> before <ReferenceValueSets>")
            elif name == "Location":
                _read_location(elem, state)
            elif name == "IDRegDocument":
                identity = elem.get("IdentityID", "")
                state.documents.setdefault(identity, []).append(_document(elem, state))
            elif name == "DistinctParty":
                seen_parties = True
                primary, _aliases = _primary_name(elem, state)
                for profile in _kids(elem, "Profile"):
                    if primary:
                        state.names[profile.get("ID", "")] = primary
            elif name == "ProfileRelationship":
                _read_relation(elem, state)
            elif name == "SanctionsEntry":
                _read_entry(elem, state)
            release(elem)
    except etree.XMLSyntaxError as exc:
        raise run.error(f"{item.name}: malformed XML: {exc}") from exc
    if root is None or not seen_refs:
        raise run.error(f"{item.name}: no <ReferenceValueSets>: not an OFAC advanced XML")
    for section in child_elements(root):
        if local(section) not in _SECTIONS:
            run.ctx.warn(f"{item.name}: unknown element <{local(section)}> under Sanctions ignored")
    if not seen_parties and not any(local(s) == "DistinctParties" for s in child_elements(root)):
        raise run.error(f"{item.name}: no <DistinctParties> section")


# --------------------------------------------------------------------- ID documents


@dataclass(frozen=True)
class _Document:
    doc_id: str
    doc_type: str
    number: str | None
    country: str | None
    raw: str


def _document(elem: Any, state: _State) -> _Document:
    doc_id = elem.get("ID", "?")
    where = f"IDRegDocument {doc_id}"
    state.check_children(elem, where)
    doc_type = state.ref("IDRegDocType", elem.get("IDRegDocTypeID"), where) or "ID document"
    country = state.ref("Country", elem.get("IssuedBy-CountryID"), where)
    number = text_of(_child(elem, "IDRegistrationNo"))
    # Rebuild the CSV remarks spelling ("Passport 123 (Iran) issued 01 Feb 2010") as raw.
    raw = f"{doc_type} {number or ''}".strip()
    if country:
        raw += f" ({country})"
    for doc_date in _kids(elem, "DocumentDate"):
        label = state.ref("IDRegDocDateType", doc_date.get("IDRegDocDateTypeID"), where) or ""
        period = _child(doc_date, "DatePeriod")
        dates = _period_dates(period) if period is not None else None
        text = dates[0].raw if dates else (_period_raw(period) if period is not None else "?")
        verb = {"issue date": "issued", "expiration date": "expires"}.get(label.lower(), label)
        raw += f" {verb} {text}"
    if authority := text_of(_child(elem, "IssuingAuthority")):
        raw += f" issuing authority {authority}"
    validity = state.ref("Validity", elem.get("ValidityID"), where)
    if validity and validity.lower() != "valid":
        raw += f" ({validity.lower()})"
    if comment := text_of(_child(elem, "Comment")):
        raw += f"; {comment}"
    return _Document(doc_id, doc_type, number, country, raw)


# ------------------------------------------------------------------------- features


def _address(loc: _Location, state: _State, where: str) -> Address:
    street: list[str] = []
    region: list[str] = []
    remarks: list[str] = []
    city = postal = None
    for part_type, value in loc.parts:
        kind = part_type.upper()
        if kind in ("ADDRESS1", "ADDRESS2", "ADDRESS3"):
            street.append(value)
        elif kind == "CITY":
            city = value
        elif kind in ("STATE/PROVINCE", "REGION"):
            region.append(value)
        elif kind == "POSTAL CODE":
            postal = value
        else:
            if kind != "UNKNOWN":
                state.run.warn_once(
                    f"locpart:{part_type}",
                    f"{state.file_name}: {where}: location part type {part_type!r} kept "
                    "in the address remarks",
                )
            remarks.append(value)
    return Address(
        street=", ".join(street) or None,
        city=city,
        region=", ".join(region) or None,
        postal_code=postal,
        country=loc.country,
        remarks="; ".join(remarks) or None,
    )


def _location_country(loc: _Location) -> str | None:
    """A country-valued feature's location: its LocationCountry, else its one part."""
    if loc.country:
        return loc.country
    values = [v for _, v in loc.parts]
    return ", ".join(values) or None


@dataclass
class _FeatureValues:
    texts: list[str] = field(default_factory=list)
    dates: list[list[DateValue]] = field(default_factory=list)
    locations: list[_Location] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)


def _feature_values(feature: Any, state: _State, where: str) -> _FeatureValues:
    out = _FeatureValues()
    for version in _kids(feature, "FeatureVersion"):
        state.check_children(version, where)
        state.ref("Reliability", version.get("ReliabilityID"), where)
        for period in _kids(version, "DatePeriod"):
            dates = _period_dates(period)
            if dates is None:
                out.unreadable.append(_period_raw(period))
            else:
                out.dates.append(dates)
        for detail in _kids(version, "VersionDetail"):
            detail_type = state.ref("DetailType", detail.get("DetailTypeID"), where) or ""
            if detail.get("DetailReferenceID"):
                value = state.ref("DetailReference", detail.get("DetailReferenceID"), where)
            else:
                value = text_of(detail)
            if value:
                out.texts.append(value)
            elif detail_type.upper() not in ("DATE", "COUNTRY", "LOCATION"):
                # DATE/COUNTRY/LOCATION details are empty markers for the DatePeriod or
                # VersionLocation beside them; an empty TEXT/LOOKUP carries nothing.
                state.run.warn_once(
                    f"emptydetail:{where}",
                    f"{state.file_name}: {where}: empty {detail_type or '?'} detail",
                )
        for version_loc in _kids(version, "VersionLocation"):
            loc_id = version_loc.get("LocationID", "")
            loc = state.locations.get(loc_id)
            if loc is None:
                state.run.warn_once(
                    f"loc:{loc_id}",
                    f"{state.file_name}: {where} refers to Location {loc_id}, which "
                    "<Locations> does not define",
                )
            else:
                out.locations.append(loc)
    return out


def _apply_feature(b: Builder, feature: Any, state: _State) -> None:
    where = f"party {b.record_id} Feature {feature.get('ID', '?')}"
    state.check_children(feature, where)
    type_id = feature.get("FeatureTypeID")
    type_name = state.ref("FeatureType", type_id, where) or f"FeatureType {type_id}"
    values = _feature_values(feature, state, where)
    ctx = state.run.ctx
    for raw in values.unreadable:
        ctx.warn(f"record {b.record_id}: unreadable {type_name} date {raw!r} kept in properties")
        b.add_property(f"{_slug(type_name)}_unparsed", raw)
    key = type_name.strip().lower()

    if key == "birthdate":
        for dates in values.dates:
            for d in dates:
                b.add_birth_date(d)
        for text in values.texts:  # a date given as text, like the CSV's
            add_birth_dates(b, text, ctx)
        return
    if key == "place of birth":
        for text in values.texts + [
            ", ".join(v for _, v in loc.parts) or (loc.country or "") for loc in values.locations
        ]:
            if text:
                b.add_birth_place(text)
        return
    if key in ("nationality country", "citizenship country"):
        for country in values.texts + [
            c for loc in values.locations if (c := _location_country(loc))
        ]:
            b.add_nationality(country)
        return
    if key == "location":
        for loc in values.locations:
            address = _address(loc, state, where)
            if address != Address():
                b.addresses.append(address)
                b.add_country(address.country)
        return
    if key == "title":
        for text in values.texts:
            b.title = text if b.title is None else f"{b.title}; {text}"
        return
    if key in _VESSEL_FEATURES:
        prop = _VESSEL_FEATURES[key]
        for text in values.texts + [c for loc in values.locations if (c := _location_country(loc))]:
            b.add_property(prop, text)
            if prop == "vessel_flag":
                b.add_country(text)
        return

    # Everything else reads like a CSV remarks token: "SWIFT/BIC CKLBCNBJ",
    # "Gender Male", "Executive Order 13662 Directive Determination - Subject to
    # Directive 1", "Listing Date (CMIC) 03 Jun 2021".
    texts = list(values.texts)
    texts += [dates[0].raw for dates in values.dates]  # "17 Oct 1990", "1963 to 1965"
    texts += [c for loc in values.locations if (c := _location_country(loc))]
    for text in texts:
        token = f"{type_name.strip()} {text}"
        if not apply_token(b, token, ctx):
            state.run.warn_once(
                f"feature:{type_name}",
                f"{state.file_name}: feature type {type_name!r} has no field; kept in "
                f"properties[{_slug(type_name)!r}] (first: record {b.record_id})",
            )
            b.add_property(_slug(type_name), text)


# -------------------------------------------------------------------------- pass 2


def _target_type(profile: Any, state: _State, record_id: str) -> TargetType:
    where = f"party {record_id}"
    sub_id = profile.get("PartySubTypeID")
    sub = state.ref("PartySubType", sub_id, where) or ""
    party = state.ref("PartyType", state.ref_attr("PartySubType", sub_id, "PartyTypeID"), where)
    table = PARTY_TYPES | state.run.profile.lookups().get("party_types", {})
    for name in (sub, party or ""):
        mapped = table.get(name.strip().lower())
        if mapped:
            return TargetType(mapped)
    state.run.warn_once(
        f"partytype:{sub}:{party}",
        f"record {record_id}: party type {party!r} / subtype {sub!r} not in "
        "lookups.party_types; using 'other'",
    )
    return TargetType.OTHER


def _party_record(party: Any, state: _State) -> BanRecord:
    run = state.run
    record_id = (party.get("FixedRef") or "").strip()
    line = party.sourceline
    if not record_id:
        raise run.error(f"{state.file_name}: DistinctParty at line {line} has no FixedRef")
    state.check_children(party, f"party {record_id}")
    profiles = _kids(party, "Profile")
    if not profiles:
        raise run.error(f"{state.file_name}: party {record_id} (line {line}) has no Profile")
    name, aliases = _primary_name(party, state)
    if not name:
        raise run.error(f"{state.file_name}: party {record_id} (line {line}) has no primary name")
    b = Builder(
        record_id=record_id,
        name=name,
        target_type=_target_type(profiles[0], state, record_id),
    )
    for alias_name, kind, script in aliases:
        key = alias_name.casefold()
        if key == b.name.casefold() or any(
            a.name.casefold() == key and a.script == script for a in b.aliases
        ):
            continue
        b.aliases.append(Alias(name=alias_name, kind=kind, script=script))
    comments = [t for c in _kids(party, "Comment") if (t := text_of(c))]

    profile_ids: list[str] = []
    for profile in profiles:
        profile_ids.append(profile.get("ID", ""))
        state.check_children(profile, f"party {record_id}")
        comments += [t for c in _kids(profile, "Comment") if (t := text_of(c))]
        for identity in _kids(profile, "Identity"):
            state.check_children(identity, f"party {record_id}")
            for alias in _kids(identity, "Alias"):
                state.check_children(alias, f"party {record_id}")
                for doc in _kids(alias, "DocumentedName"):
                    state.check_children(doc, f"party {record_id}")
            identity_id = identity.get("ID", "")
            state.used_identities.add(identity_id)
            for document in state.documents.get(identity_id, []):
                if document.number:
                    apply_typed(
                        b, document.doc_type, document.number, document.country, document.raw
                    )
                else:
                    b.add_property("id_without_number", document.raw)
        for feature in _kids(profile, "Feature"):
            _apply_feature(b, feature, state)
        for ext in _kids(profile, "ExternalReference"):
            if value := text_of(_child(ext, "ExRefValue")):
                b.add_property("external_reference", value)
    b.remarks = "; ".join(comments) or None

    _apply_entries(b, profile_ids, state)
    for profile_id in profile_ids:
        for rel_type, target, former in state.relations.get(profile_id, []):
            target_name = state.names.get(target, f"profile {target}")
            b.add_property("linked_to", target_name)
            prefix = "former " if former else ""
            b.add_property("relationships", f"{prefix}{rel_type}: {target_name} ({target})")
    return b.build(run)


def _apply_entries(b: Builder, profile_ids: list[str], state: _State) -> None:
    run = state.run
    entries = [e for p in profile_ids for e in state.entries.get(p, [])]
    state.used_profiles.update(profile_ids)
    if not entries:
        run.ctx.warn(f"record {b.record_id}: no SanctionsEntry refers to this party")
        return
    derive = not run.profile.fixed_measures
    type_measures = run.profile.lookups().get("sanctions_type_measures", {})
    legal: list[str] = []
    created: list[DateValue] = []  # "Created" events outside the aggregate lists
    for entry in entries:
        b.add_property("sanctions_entries", entry.entry_id)
        if entry.list_name:
            b.add_property("lists", entry.list_name)
        for d, event_type in entry.dates:
            note = "" if event_type.lower() == "created" else f" ({event_type or 'event'})"
            b.add_property("list_dates", f"{entry.list_name or '?'}: {d.value}{note}")
            if entry.list_name not in _AGGREGATE_LISTS and not note:
                created.append(d)
        for program in entry.programs:
            if program not in b.programs:
                b.programs.append(program)
        for basis in entry.legal_bases:
            if basis not in legal:
                legal.append(basis)
        for type_name in entry.sanctions_types:
            b.add_property("sanctions_types", type_name)
            if not derive:
                continue
            spec = type_measures.get(type_name)
            if spec is None:
                run.warn_once(
                    f"stype:{type_name}",
                    f"record {b.record_id}: sanctions type {type_name!r} has no entry in "
                    "lookups.sanctions_type_measures; no measure taken from it",
                )
                continue
            found = parse_measures(spec, f"lookups.sanctions_type_measures[{type_name!r}]", run)
            b.extra_measures += [m for m in found if m not in b.extra_measures]
        for note in entry.notes:
            b.add_property("entry_notes", note)
    # listed_on: the first creation on a real list; failing that, the earliest date.
    candidates = created or [d for e in entries for d, _ in e.dates]
    if candidates:
        b.listed_on = min(candidates, key=lambda d: d.value)
    b.legal_basis = legal


def _pass2(item: FileItem, state: _State) -> Iterator[BanRecord]:
    for _event, elem in iterparse(item.path, tag=(*_PASS2_TAGS, "{*}DistinctParties")):
        name = local(elem)
        if name == "DistinctParties":
            break  # the rest was read in pass 1
        if name == "DistinctParty":
            yield _party_record(elem, state)
        release(elem)


def parse_advanced(item: FileItem, run: Run) -> Iterator[BanRecord]:
    """One record per DistinctParty, in file order, with its sanctions entries."""
    state = _State(run, item.name)
    _pass1(item, state)
    yield from _pass2(item, state)
    # References nothing consumed: reported, never silently lost.
    for identity, docs in sorted(state.documents.items()):
        if identity not in state.used_identities:
            ids = ", ".join(d.doc_id for d in docs)
            run.ctx.warn(
                f"{item.name}: IDRegDocument {ids} refer to identity {identity}, which no "
                "party has; ignored"
            )
    for profile_id, entries in sorted(state.entries.items()):
        if profile_id not in state.used_profiles:
            ids = ", ".join(e.entry_id for e in entries)
            run.ctx.warn(
                f"{item.name}: SanctionsEntry {ids} refer to profile {profile_id}, which no "
                "party has; ignored"
            )
